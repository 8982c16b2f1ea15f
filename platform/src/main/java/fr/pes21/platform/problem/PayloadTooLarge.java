package fr.pes21.platform.problem;

import java.io.IOException;

/**
 * A request body over the configured limit ({@code pes21.max-request-size}): answered
 * {@code 413}.
 */
public class PayloadTooLarge extends IOException {

	public PayloadTooLarge(long limit) {
		super("The request body is larger than the limit of " + limit + " bytes");
	}

}
