package fr.pes21.gateway.session;

import java.time.Duration;

/**
 * What a login or a refresh opens or continues: the account's name, the session every
 * refresh token of that login belongs to (the {@code sid} of its access tokens), and the
 * new refresh token, to be shown once.
 *
 * @param username the account
 * @param id the session's id
 * @param refreshToken the new refresh token (opaque, 256 random bits)
 * @param refreshTtl how long it can be used
 */
public record Session(String username, String id, String refreshToken, Duration refreshTtl) {

	@Override
	public String toString() {
		return "Session[username=" + this.username + ", id=" + this.id + ", refreshToken=****]";
	}

}
