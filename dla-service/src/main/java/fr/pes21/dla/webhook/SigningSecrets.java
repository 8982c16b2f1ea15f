package fr.pes21.dla.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import fr.pes21.base.startup.StartupRefusal;

/**
 * The subscriptions' signing secrets: {@code whsec_} followed by the base64 of 32 random
 * bytes, as Standard Webhooks defines them. The API shows a secret once, when its
 * subscription is created; the database keeps it sealed with AES-GCM under
 * {@code pes21.webhooks.secret-key} (bound to its subscription's id, so a sealed secret
 * copied onto another subscription does not open). Signing needs the secret itself, so it
 * cannot be kept as a one-way hash. Without a key the service refuses to start, and a
 * secret stored unsealed (by a version that allowed running without a key, marked
 * {@code plain:}) is never read: its subscription must be created again.
 */
final class SigningSecrets {

	static final String PREFIX = "whsec_";

	private static final int SECRET_BYTES = 32;

	private static final String SEALED = "aes-gcm:";

	private static final String PLAIN = "plain:";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final String ACTION = "Set PES21_WEBHOOK_SECRET_KEY (pes21.webhooks.secret-key) to the base64 of a "
			+ "32-byte key, e.g. openssl rand -base64 32, and keep it with the MongoDB backups: the stored secrets "
			+ "open with that key only.";

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec key;

	/**
	 * @param base64Key base64 of a 16, 24 or 32-byte AES key
	 * ({@code PES21_WEBHOOK_SECRET_KEY})
	 */
	SigningSecrets(String base64Key) {
		if (base64Key == null || base64Key.isBlank()) {
			throw new StartupRefusal(
					"PES21_WEBHOOK_SECRET_KEY is not set: dla-service seals the webhook subscriptions' signing secrets "
							+ "with it and refuses to start without it.",
					ACTION);
		}
		this.key = aesKey(base64Key.strip());
	}

	/** A new secret, {@code whsec_<base64>}. */
	String generate() {
		byte[] bytes = new byte[SECRET_BYTES];
		this.random.nextBytes(bytes);
		return PREFIX + Base64.getEncoder().encodeToString(bytes);
	}

	/** The form in which the subscription's document keeps the secret. */
	String seal(String secret, String subscriptionId) {
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
			throw new IllegalStateException("The signing secret of webhook subscription " + subscriptionId
					+ " is stored unsealed (made without PES21_WEBHOOK_SECRET_KEY) and is not read: create the "
					+ "subscription again and delete this one");
		}
		if (!stored.startsWith(SEALED)) {
			throw new IllegalStateException("Unknown form of stored webhook secret");
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
			throw new StartupRefusal("PES21_WEBHOOK_SECRET_KEY is not base64: dla-service refuses to start.", ACTION);
		}
		if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
			throw new StartupRefusal("PES21_WEBHOOK_SECRET_KEY is the base64 of " + bytes.length
					+ " bytes, not of an AES key (16, 24 or 32 bytes): dla-service refuses to start.", ACTION);
		}
		return new SecretKeySpec(bytes, "AES");
	}

}
