package fr.pes21.base.security;

import java.util.Arrays;
import java.util.List;

/**
 * The roles of the suite, from the widest to the narrowest. A token carries their names
 * without prefix in its {@value SuiteTokens#ROLES_CLAIM} claim; Spring Security sees them
 * as {@code ROLE_<name>} authorities.
 */
public enum Role {

	/** Everything, the accounts and the webhook subscriptions included. */
	ADMIN,

	/** Records and withdraws; sees personal data. */
	STAFF,

	/** Records and withdraws; never sees personal data. */
	VOLUNTEER,

	/** Reads. */
	READER;

	/** Every role's name, from the widest to the narrowest. */
	public static List<String> names() {
		return Arrays.stream(values()).map(Role::name).toList();
	}

	/** The roles that may record or withdraw: every one but {@link #READER}. */
	public static List<String> recordingNames() {
		return Arrays.stream(values()).filter((role) -> role != READER).map(Role::name).toList();
	}

}
