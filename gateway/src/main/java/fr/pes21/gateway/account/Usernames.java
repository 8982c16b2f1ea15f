package fr.pes21.gateway.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Account names: lower case, from 2 to 64 letters, digits, dots, dashes and underscores,
 * starting with a letter or digit. A name is compared in lower case, so {@code Marie}
 * logs in as {@code marie}.
 */
public final class Usernames {

	static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	/** {@code /api/accounts/me} is the caller's own account: no account has that name. */
	static final String RESERVED = "me";

	private Usernames() {
	}

	/** The form an account's name is stored and looked up in. */
	public static String normalize(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

}
