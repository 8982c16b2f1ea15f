package fr.pes21.dla;

/**
 * The webhook sealing key of the test contexts that do not test webhooks: dla-service
 * refuses to start without one. The same key as the webhook tests', never used elsewhere.
 */
public final class TestWebhookKey {

	/** Base64 of a 32-byte AES key. */
	public static final String KEY = "dGVzdC1vbmx5LWtleS1mb3Itd2ViaG9vay1zZWNyZXQ=";

	/** The property that gives it to a test context. */
	public static final String PROPERTY = "pes21.webhooks.secret-key=" + KEY;

	private TestWebhookKey() {
	}

}
