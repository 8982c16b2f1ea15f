package fr.pes21.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The secrets the processes get: the JWT secret every service checks tokens with, the key
 * dla-service seals the webhook subscriptions' signing secrets with, and the token
 * Prometheus scrapes the metrics with. The first two are taken from the environment
 * ({@code PES21_JWT_SECRET}, {@code PES21_WEBHOOK_SECRET_KEY}) or generated on the first
 * start into {@code .local/} (readable by its owner only) and kept there, so tokens and
 * sealed data stay valid across restarts (and backups carry them); the scrape token is
 * always {@code .local/metrics-token}, the file the local Prometheus reads it from.
 *
 * @param jwtSecret the JWT secret
 * @param webhookSecretKey the webhook sealing key, or null to let dla-service read its
 * own environment
 * @param metricsToken Prometheus' scrape token (docs/decisions/0018)
 */
record Secrets(String jwtSecret, String webhookSecretKey, String metricsToken) {

	static final String JWT_SECRET_VARIABLE = "PES21_JWT_SECRET";

	/** The key that seals the DLA webhook subscriptions' signing secrets in MongoDB. */
	static final String WEBHOOK_SECRET_KEY_VARIABLE = "PES21_WEBHOOK_SECRET_KEY";

	/** The token the metrics of the gateway and every service answer. */
	static final String METRICS_TOKEN_VARIABLE = "PES21_METRICS_TOKEN";

	static final int MINIMUM_SECRET_BYTES = 32;

	/** For what only names or probes the processes (status, down): no secret at all. */
	static final Secrets NONE = new Secrets("", null, "");

	/** The secrets of a start: read, or generated once into {@code .local/}. */
	static Secrets of(StackConfig config, Map<String, String> environment) {
		String jwt = (config.jwtSecret() != null && !config.jwtSecret().isBlank()) ? config.jwtSecret()
				: generated(config.jwtSecretFile(), 48);
		String webhook = (environment.get(WEBHOOK_SECRET_KEY_VARIABLE) == null)
				? generated(config.webhookSecretKeyFile(), 32) : null;
		return new Secrets(jwt, webhook, generated(config.metricsTokenFile(), 32));
	}

	/**
	 * The base64 of {@code bytes} random bytes, generated on the first start and kept in
	 * {@code file} (readable by its owner only) so data sealed with it stays readable.
	 */
	static String generated(Path file, int bytes) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file).strip();
			}
			Files.createDirectories(file.getParent());
			byte[] random = new byte[bytes];
			new SecureRandom().nextBytes(random);
			String secret = Base64.getEncoder().encodeToString(random);
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, secret + "\n");
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
