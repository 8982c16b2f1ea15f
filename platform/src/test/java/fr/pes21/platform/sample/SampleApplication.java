package fr.pes21.platform.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal service built on the platform, for the platform's own tests; its main runs it
 * in a process of its own, for the tests that kill a service.
 */
@SpringBootApplication
public class SampleApplication {

	/** Header making {@code POST /api/notes} stop for good once the note is saved. */
	public static final String PAUSE_AFTER_SAVE = "X-Sample-Pause-After-Save";

	/** Title prefix making {@code POST /api/notes} fail once the note is saved. */
	public static final String FAIL_AFTER_SAVE = "fail-after-save";

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
