package fr.pes21.gateway.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import fr.pes21.base.security.Role;
import fr.pes21.gateway.problem.ProblemException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Someone who may log in: a staff member or a volunteer of the association, or the
 * bootstrap account {@value #BOOTSTRAP} whose password comes from
 * {@code PES21_ADMIN_PASSWORD}. Keeps its password only as a bcrypt hash.
 */
@Document("accounts")
class Account {

	/**
	 * The account the gateway keeps from its configuration: role ADMIN, always enabled.
	 */
	static final String BOOTSTRAP = "admin";

	static final String LAST_LOGIN_AT = "lastLoginAt";

	static final String VERSION = "version";

	@Id
	private final String username;

	private String displayName;

	private List<Role> roles;

	private String passwordHash;

	private boolean enabled;

	private final Instant createdAt;

	private Instant lastLoginAt;

	private Instant passwordChangedAt;

	@Version
	private Long version;

	@PersistenceCreator
	Account(String username, String displayName, List<Role> roles, String passwordHash, boolean enabled,
			Instant createdAt, Instant lastLoginAt, Instant passwordChangedAt, Long version) {
		this.username = username;
		this.displayName = displayName;
		this.roles = List.copyOf(roles);
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.lastLoginAt = lastLoginAt;
		this.passwordChangedAt = passwordChangedAt;
		this.version = version;
	}

	static Account open(String username, String displayName, Set<Role> roles, String passwordHash, Instant now) {
		return new Account(username, displayName, ordered(roles), passwordHash, true, now, null, now, null);
	}

	/** The bootstrap account, as its configuration makes it. */
	static Account bootstrap(String passwordHash, Instant now) {
		return new Account(BOOTSTRAP, "Administrateur", List.of(Role.ADMIN), passwordHash, true, now, null, now, null);
	}

	void rename(String displayName) {
		this.displayName = displayName;
	}

	void changeRoles(Set<Role> roles) {
		if (isBootstrap() && !roles.equals(Set.of(Role.ADMIN))) {
			throw ProblemException.ruleViolation("The account 'admin' keeps the role ADMIN: it is the bootstrap "
					+ "account, from PES21_ADMIN_PASSWORD. Give other accounts the roles they need.");
		}
		this.roles = ordered(roles);
	}

	void enable() {
		this.enabled = true;
	}

	void disable() {
		if (isBootstrap()) {
			throw ProblemException.ruleViolation("The account 'admin' cannot be disabled: it is the bootstrap "
					+ "account. Unset its password (PES21_ADMIN_PASSWORD) only to replace it with another.");
		}
		this.enabled = false;
	}

	/**
	 * Replaces the password (an ADMIN resetting it, or its user changing it). The
	 * bootstrap account's comes from its configuration only.
	 */
	void changePassword(String passwordHash, Instant now) {
		if (isBootstrap()) {
			throw ProblemException.ruleViolation(
					"The password of 'admin' is PES21_ADMIN_PASSWORD: change it there " + "and restart the gateway.");
		}
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
	}

	/** The bootstrap account takes the password its configuration now gives. */
	void resetFromConfiguration(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
		this.roles = List.of(Role.ADMIN);
		this.enabled = true;
	}

	boolean isBootstrap() {
		return BOOTSTRAP.equals(this.username);
	}

	String username() {
		return this.username;
	}

	String displayName() {
		return this.displayName;
	}

	List<Role> roles() {
		return this.roles;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	boolean enabled() {
		return this.enabled;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant lastLoginAt() {
		return this.lastLoginAt;
	}

	private static List<Role> ordered(Set<Role> roles) {
		return roles.stream().sorted().toList();
	}

}
