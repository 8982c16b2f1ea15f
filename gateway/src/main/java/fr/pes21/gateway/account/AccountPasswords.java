package fr.pes21.gateway.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The accounts' passwords: the rule a new one must follow, and their bcrypt hashes. A
 * password has at least {@value #MINIMUM_LENGTH} characters, at most
 * {@value #MAXIMUM_BYTES} bytes (all bcrypt reads), does not contain its username, and is
 * not one of the common passwords of {@code accounts/common-passwords.txt} (its sources
 * are named there).
 */
@Component
class AccountPasswords {

	static final int MINIMUM_LENGTH = 12;

	static final int MAXIMUM_BYTES = 72;

	static final String COMMON_PASSWORDS = "accounts/common-passwords.txt";

	private final PasswordEncoder encoder;

	private final Set<String> common = load();

	/**
	 * The hash of a password nobody has: checked in place of a hash when no usable
	 * account has the name given, so that a login takes as long whether the account
	 * exists or not.
	 */
	private final String decoy;

	@Autowired
	AccountPasswords() {
		this(new BCryptPasswordEncoder());
	}

	AccountPasswords(PasswordEncoder encoder) {
		this.encoder = encoder;
		this.decoy = encoder.encode("decoy-" + UUID.randomUUID());
	}

	/** Why a password is refused for an account, if it is. */
	Optional<String> refusal(String username, String password) {
		if (password.length() < MINIMUM_LENGTH) {
			return Optional.of("must have at least " + MINIMUM_LENGTH + " characters");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
			return Optional.of("must have at most " + MAXIMUM_BYTES + " bytes");
		}
		String lowerCase = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lowerCase.strip())) {
			return Optional.of("is one of the most common passwords; choose another");
		}
		if (lowerCase.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("must not contain the username");
		}
		return Optional.empty();
	}

	String hash(String password) {
		return this.encoder.encode(password);
	}

	/**
	 * Whether {@code password} is the one of {@code hash}; with a {@code null} hash,
	 * checks a decoy as long and answers {@code false}.
	 */
	boolean matches(String password, String hash) {
		if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
			// bcrypt refuses it outright: spend the same time anyway.
			this.encoder.matches("too-long", this.decoy);
			return false;
		}
		if (hash == null) {
			this.encoder.matches(password, this.decoy);
			return false;
		}
		return this.encoder.matches(password, hash);
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(passwords::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, ex);
		}
		return Set.copyOf(passwords);
	}

}
