package fr.pes21.gateway.account;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class AccountPasswordsTests {

	private final List<String> checkedHashes = new ArrayList<>();

	private final AccountPasswords passwords = new AccountPasswords(new RecordingEncoder());

	/** bcrypt, noting each hash it checks a password against. */
	private final class RecordingEncoder implements PasswordEncoder {

		private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

		@Override
		public String encode(CharSequence rawPassword) {
			return this.bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			AccountPasswordsTests.this.checkedHashes.add(encodedPassword);
			return this.bcrypt.matches(rawPassword, encodedPassword);
		}

	}

	@Test
	void checksADecoyHashOfTheSameCostWhenThereIsNoAccountToCheck() {
		String hash = this.passwords.hash("trois-pommes-sur-le-buffet");

		boolean matches = this.passwords.matches("trois-pommes-sur-le-buffet", null);

		assertThat(matches).isFalse();
		assertThat(this.checkedHashes).singleElement()
			.satisfies((decoy) -> assertThat(decoy).startsWith(hash.substring(0, 7)).isNotEqualTo(hash));
	}

	@Test
	void checksAPasswordTooLongForBcryptAsLongAndRefusesIt() {
		String hash = this.passwords.hash("trois-pommes-sur-le-buffet");

		assertThat(this.passwords.matches("x".repeat(73), hash)).isFalse();
		assertThat(this.checkedHashes).hasSize(1);
	}

	@Test
	void acceptsAPasswordOf12CharactersOrMoreThatIsNeitherCommonNorTheUsername() {
		assertThat(this.passwords.refusal("marie", "trois-pommes-sur-le-buffet")).isEmpty();
		assertThat(this.passwords.refusal("marie", "court-11car")).contains("must have at least 12 characters");
		assertThat(this.passwords.refusal("marie", "é".repeat(37))).contains("must have at most 72 bytes");
		assertThat(this.passwords.refusal("marie", "Marie-du-21-Dijon")).contains("must not contain the username");
	}

	@Test
	void refusesTheCommonPasswordsOfItsListWhateverTheirCase() {
		assertThat(this.passwords.refusal("marie", "qwerty123456")).isPresent();
		assertThat(this.passwords.refusal("marie", "QWERTY123456")).isPresent();
		assertThat(this.passwords.refusal("marie", "1q2w3e4r5t6y")).isPresent();
	}

}
