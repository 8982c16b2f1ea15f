package fr.pes21.gateway.account;

import java.time.Clock;
import java.util.Optional;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What the login and the refresh ask of the accounts: whether a password is an enabled
 * account's, and whether an account may still have tokens.
 */
@Component
public class Credentials {

	private final AccountRepository accounts;

	private final AccountPasswords passwords;

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	Credentials(AccountRepository accounts, AccountPasswords passwords, ReactiveMongoTemplate mongo, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * The enabled account that {@code password} is the password of, its last login noted;
	 * empty otherwise. A bcrypt check is made in every case, against a decoy when there
	 * is no such enabled account, so the answer takes as long either way.
	 */
	public Mono<AccountHolder> verify(String username, String password) {
		return this.accounts.findById(Usernames.normalize(username))
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			// bcrypt takes a tenth of a second of CPU: off the event loop.
			.publishOn(Schedulers.boundedElastic())
			.flatMap((found) -> {
				boolean usable = found.isPresent() && found.get().enabled();
				boolean matches = this.passwords.matches(password, usable ? found.get().passwordHash() : null);
				return (usable && matches) ? noteLogin(found.get()) : Mono.<AccountHolder>empty();
			});
	}

	/** The account, if it is still enabled. */
	public Mono<AccountHolder> enabled(String username) {
		return this.accounts.findById(username).filter(Account::enabled).map(AccountHolder::of);
	}

	private Mono<AccountHolder> noteLogin(Account account) {
		// The version moves too, so that a change of the account read before this login
		// fails instead of writing back the earlier time.
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(account.username())),
					Update.update(Account.LAST_LOGIN_AT, this.clock.instant()).inc(Account.VERSION, 1), Account.class)
			.thenReturn(AccountHolder.of(account));
	}

}
