package fr.pes21.gateway.account;

import java.util.List;

/**
 * Whom a token names: an enabled account, as the tokens carry it ({@code sub},
 * {@code name}, {@code roles}).
 *
 * @param username the account's name
 * @param displayName the name people know
 * @param roles its roles' names, from the widest
 */
public record AccountHolder(String username, String displayName, List<String> roles) {

	static AccountHolder of(Account account) {
		return new AccountHolder(account.username(), account.displayName(),
				account.roles().stream().map(Enum::name).toList());
	}

}
