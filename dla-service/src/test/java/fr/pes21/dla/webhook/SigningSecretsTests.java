package fr.pes21.dla.webhook;

import java.util.Base64;

import fr.pes21.base.startup.StartupRefusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SigningSecretsTests {

	private final SigningSecrets secrets = new SigningSecrets(WebhookIntegrationTest.SECRET_KEY);

	@Test
	void generatesStandardWebhooksSecretsOf32RandomBytes() {
		String secret = this.secrets.generate();

		assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=").isNotEqualTo(this.secrets.generate());
		assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
	}

	@Test
	void keepsASecretSealedSoThatItsStoredFormRevealsNothing() {
		String secret = this.secrets.generate();

		String stored = this.secrets.seal(secret, "subscription-1");

		assertThat(stored).startsWith("aes-gcm:").doesNotContain(secret.substring("whsec_".length()));
		assertThat(this.secrets.open(stored, "subscription-1")).isEqualTo(secret);
		assertThat(this.secrets.seal(secret, "subscription-1")).isNotEqualTo(stored);
	}

	@Test
	void aSealedSecretOpensOnlyForItsOwnSubscription() {
		String stored = this.secrets.seal(this.secrets.generate(), "subscription-1");

		assertThatIllegalStateException().isThrownBy(() -> this.secrets.open(stored, "subscription-2"));
	}

	@Test
	void aSealedSecretOpensOnlyWithItsKey() {
		String stored = this.secrets.seal(this.secrets.generate(), "subscription-1");
		SigningSecrets otherKey = new SigningSecrets(Base64.getEncoder().encodeToString(new byte[32]));

		assertThatIllegalStateException().isThrownBy(() -> otherKey.open(stored, "subscription-1"));
	}

	@Test
	void refusesToStartWithoutAKeySayingWhatToSet() {
		for (String missing : new String[] { null, "", "  " }) {
			assertThatExceptionOfType(StartupRefusal.class).isThrownBy(() -> new SigningSecrets(missing))
				.withMessageStartingWith("PES21_WEBHOOK_SECRET_KEY is not set")
				.satisfies((refusal) -> assertThat(refusal.action()).contains("openssl rand -base64 32"));
		}
	}

	@Test
	void neverReadsASecretStoredUnsealed() {
		String unsealed = "plain:" + this.secrets.generate();

		assertThatIllegalStateException().isThrownBy(() -> this.secrets.open(unsealed, "subscription-1"))
			.withMessageContaining("stored unsealed")
			.withMessageNotContaining("whsec_");
	}

	@Test
	void refusesToStartWithAKeyThatIsNotAnAesKey() {
		assertThatExceptionOfType(StartupRefusal.class).isThrownBy(() -> new SigningSecrets("not base64!"))
			.withMessageContaining("not base64");
		assertThatExceptionOfType(StartupRefusal.class)
			.isThrownBy(() -> new SigningSecrets(Base64.getEncoder().encodeToString(new byte[20])))
			.withMessageContaining("20 bytes");
	}

}
