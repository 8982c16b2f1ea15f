package fr.pes21.gateway.auth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import fr.pes21.base.security.Role;
import fr.pes21.base.startup.StartupRefusal;

import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users allowed to ask for a token: {@code admin}, whose password comes from the
 * environment and is never defaulted, plus those of {@code pes21.users}.
 */
final class ConfiguredUsers {

	static final String ADMIN = "admin";

	private static final Pattern ENCODED = Pattern.compile("\\{[A-Za-z0-9_-]+}.+");

	private ConfiguredUsers() {
	}

	static MapReactiveUserDetailsService from(AuthProperties properties, PasswordEncoder encoder) {
		if (properties.adminPassword() == null || properties.adminPassword().isBlank()) {
			throw new StartupRefusal(
					"PES21_ADMIN_PASSWORD is not set: the gateway has no default password for the user 'admin' and refuses to start.",
					"Set the environment variable PES21_ADMIN_PASSWORD (or the property pes21.admin-password).");
		}
		List<UserDetails> users = new ArrayList<>();
		users.add(User.withUsername(ADMIN)
			.password(encoder.encode(properties.adminPassword()))
			.roles(Role.ADMIN.name())
			.build());
		for (AuthProperties.ConfiguredUser user : properties.users()) {
			users.add(toUserDetails(user));
		}
		return new MapReactiveUserDetailsService(users);
	}

	private static UserDetails toUserDetails(AuthProperties.ConfiguredUser user) {
		String name = user.username();
		if (name == null || name.isBlank()) {
			throw invalidUser("a user of pes21.users has no username.");
		}
		if (ADMIN.equalsIgnoreCase(name)) {
			throw invalidUser("pes21.users must not define 'admin': its password comes from PES21_ADMIN_PASSWORD.");
		}
		if (user.password() == null || !ENCODED.matcher(user.password()).matches()) {
			throw invalidUser("the password of pes21.users '" + name + "' must be a {bcrypt}... or {noop}... string.");
		}
		List<String> roles = (user.roles() != null) ? user.roles() : List.of();
		for (String role : roles) {
			if (Arrays.stream(Role.values()).noneMatch((known) -> known.name().equals(role))) {
				throw invalidUser("user '" + name + "' has the unknown role '" + role + "' (known: "
						+ Arrays.toString(Role.values()) + ").");
			}
		}
		return User.withUsername(name).password(user.password()).roles(roles.toArray(String[]::new)).build();
	}

	private static StartupRefusal invalidUser(String message) {
		return new StartupRefusal("Invalid pes21.users: " + message, "Fix the users configured under pes21.users.");
	}

}
