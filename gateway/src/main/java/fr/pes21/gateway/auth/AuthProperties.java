package fr.pes21.gateway.auth;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import fr.pes21.base.startup.StartupRefusal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tokens are signed and how long they last.
 *
 * @param jwt signing secret and lifetimes
 * @param users no longer read: accounts live in the gateway's database; the gateway
 * refuses to start while some are still configured, so that none is silently lost
 */
@ConfigurationProperties("pes21")
record AuthProperties(@DefaultValue Jwt jwt, List<Map<String, Object>> users) {

	AuthProperties {
		if (users != null && !users.isEmpty()) {
			throw new StartupRefusal(
					"pes21.users (PES21_USERS_<n>_...) is no longer read: accounts live in the gateway's database, and "
							+ "configured passwords ({noop} or {bcrypt}) are not accepted; the gateway refuses to start "
							+ "so that no configured user is silently lost.",
					"Remove pes21.users and the PES21_USERS_* variables, start the gateway, then open each account "
							+ "as admin with POST /api/accounts (docs/operations.md, \"Accounts\").");
		}
	}

	/**
	 * @param secret HS256 key shared with every service, at least 32 bytes (UTF-8)
	 * @param ttl lifetime of an access token
	 * @param refreshTtl lifetime of a refresh token, each refresh giving a new one
	 */
	record Jwt(String secret, @DefaultValue("PT30M") Duration ttl, @DefaultValue("PT12H") Duration refreshTtl) {
	}

}
