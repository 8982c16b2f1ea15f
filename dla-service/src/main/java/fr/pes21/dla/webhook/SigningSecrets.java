package fr.pes21.dla.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The subscriptions' signing secrets: {@code whsec_} followed by the base64 of 32 random
 * bytes, as Standard Webhooks defines them. The API shows a secret once, when its
 * subscription is created; the database keeps it sealed with AES-GCM under
 * {@code pes21.webhooks.secret-key} (bound to its subscription's id, so a sealed secret
 * copied onto another subscription does not open), or as it is when no key is configured.
 * Signing needs the secret itself, so it cannot be kept as a one-way hash.
 */
final class SigningSecrets {

	static final String PREFIX = "whsec_";

	private static final int SECRET_BYTES = 32;

	private static final String SEALED = "aes-gcm:";

	private static final String PLAIN = "plain:";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec key;

	/**
	 * @param base64Key base64 of a 16, 24 or 32-byte AES key; {@code null} or blank to
	 * store secrets unsealed
	 */
	SigningSecrets(String base64Key) {
		this.key = (base64Key == null || base64Key.isBlank()) ? null : aesKey(base64Key.strip());
	}

	boolean seals() {
		return this.key != null;
	}

	/** A new secret, {@code whsec_<base64>}. */
	String generate() {
		byte[] bytes = new byte[SECRET_BYTES];
		this.random.nextBytes(bytes);
		return PREFIX + Base64.getEncoder().encodeToString(bytes);
	}

	/** The form in which the subscription's document keeps the secret. */
	String seal(String secret, String subscriptionId) {
		if (this.key == null) {
			return PLAIN + secret;
		}
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, subscriptionId, secret.getBytes(StandardCharsets.UTF_8));
		byte[] ivAndSealed = new byte[IV_BYTES + sealed.length];
		System.arraycopy(iv, 0, ivAndSealed, 0, IV_BYTES);
		System.arraycopy(sealed, 0, ivAndSealed, IV_BYTES, sealed.length);
		return SEALED + Base64.getEncoder().encodeToString(ivAndSealed);
	}

	/** The secret a document keeps, as {@link #seal} stored it. */
	String open(String stored, String subscriptionId) {
		if (stored.startsWith(PLAIN)) {
			return stored.substring(PLAIN.length());
		}
		if (!stored.startsWith(SEALED)) {
			throw new IllegalStateException("Unknown form of stored webhook secret");
		}
		if (this.key == null) {
			throw new IllegalStateException(
					"A webhook secret is sealed but pes21.webhooks.secret-key (PES21_WEBHOOK_SECRET_KEY) is not set");
		}
		byte[] ivAndSealed = Base64.getDecoder().decode(stored.substring(SEALED.length()));
		byte[] iv = new byte[IV_BYTES];
		System.arraycopy(ivAndSealed, 0, iv, 0, IV_BYTES);
		byte[] sealed = new byte[ivAndSealed.length - IV_BYTES];
		System.arraycopy(ivAndSealed, IV_BYTES, sealed, 0, sealed.length);
		return new String(crypt(Cipher.DECRYPT_MODE, iv, subscriptionId, sealed), StandardCharsets.UTF_8);
	}

	private byte[] crypt(int mode, byte[] iv, String subscriptionId, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(subscriptionId.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			// says nothing of the secret
			throw new IllegalStateException("Cannot seal or open a webhook secret (wrong key?)", ex);
		}
	}

	private static SecretKeySpec aesKey(String base64Key) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64Key);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("pes21.webhooks.secret-key must be base64");
		}
		if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
			throw new IllegalArgumentException("pes21.webhooks.secret-key must be the base64 of 16, 24 or 32 bytes");
		}
		return new SecretKeySpec(bytes, "AES");
	}

}
