package fr.pes21.platform.problem;

import java.io.IOException;

import fr.pes21.base.web.RequestSizeLimit;

/**
 * A request body over the configured limit ({@code pes21.max-request-size}): answered
 * {@code 413}.
 */
public class PayloadTooLarge extends IOException {

	public PayloadTooLarge(long limit) {
		super(RequestSizeLimit.detail(limit));
	}

}
