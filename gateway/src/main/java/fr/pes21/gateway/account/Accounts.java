package fr.pes21.gateway.account;

import java.time.Clock;

import fr.pes21.gateway.limit.LoginLimits;
import fr.pes21.gateway.problem.ProblemException;
import fr.pes21.gateway.session.RefreshTokens;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * What ADMINs and users do with accounts: open, list, read, change, disable, reset a
 * password, change one's own. Each refusal is a problem detail and changes nothing.
 */
@Component
class Accounts {

	private final AccountRepository repository;

	private final AccountPasswords passwords;

	private final RefreshTokens sessions;

	private final LoginLimits limits;

	private final Clock clock;

	Accounts(AccountRepository repository, AccountPasswords passwords, RefreshTokens sessions, LoginLimits limits,
			Clock clock) {
		this.repository = repository;
		this.passwords = passwords;
		this.sessions = sessions;
		this.limits = limits;
		this.clock = clock;
	}

	Mono<Account> open(NewAccount request) {
		String username = Usernames.normalize(request.username());
		if (Usernames.RESERVED.equals(username)) {
			return Mono.error(ProblemException.invalidField("username", "'me' names the caller's own account"));
		}
		return acceptedHash(username, request.password(), "password")
			.map((hash) -> Account.open(username, request.displayName().strip(), request.roles(), hash,
					this.clock.instant()))
			.flatMap(this.repository::insert)
			.onErrorMap(DuplicateKeyException.class,
					(ex) -> ProblemException.duplicate("An account named '" + username + "' exists already."));
	}

	Mono<AccountPage> list(Paging paging) {
		var page = paging.toPageRequest(Sort.by("_id"));
		return this.repository.findAllBy(page)
			.map(AccountView::of)
			.collectList()
			.zipWith(this.repository.count())
			.map((found) -> new AccountPage(found.getT1(), page.getPageNumber(), page.getPageSize(), found.getT2()));
	}

	Mono<Account> get(String username) {
		return this.repository.findById(Usernames.normalize(username))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("No account named '" + username + "'.")));
	}

	/**
	 * Applies an ADMIN's change; disabling an account or resetting its password ends its
	 * sessions (its access tokens run out within their lifetime).
	 */
	Mono<Account> change(String username, AccountChange change) {
		return get(username).flatMap((account) -> {
			Mono<String> newHash = (change.password() != null)
					? acceptedHash(account.username(), change.password(), "password") : Mono.just("");
			return newHash.map((hash) -> {
				if (change.displayName() != null) {
					account.rename(change.displayName().strip());
				}
				if (change.roles() != null) {
					account.changeRoles(change.roles());
				}
				if (Boolean.FALSE.equals(change.enabled())) {
					account.disable();
				}
				else if (Boolean.TRUE.equals(change.enabled())) {
					account.enable();
				}
				if (!hash.isEmpty()) {
					account.changePassword(hash, this.clock.instant());
				}
				return account;
			});
		})
			.flatMap(this.repository::save)
			.flatMap((saved) -> endsSessions(change) ? this.sessions.closeAll(saved.username()).thenReturn(saved)
					: Mono.just(saved));
	}

	/**
	 * A user changes their own password, giving the current one (checked within the
	 * login's limits); their other sessions end, the one they are in goes on.
	 */
	Mono<Void> changeOwnPassword(String username, String session, String address, PasswordChange change) {
		return this.limits.attempt(username, address)
			.flatMap((attempt) -> get(username).publishOn(Schedulers.boundedElastic()).flatMap((account) -> {
				if (!this.passwords.matches(change.currentPassword(), account.passwordHash())) {
					attempt.failed();
					return Mono.error(ProblemException.invalidField("currentPassword", "is not your current password"));
				}
				attempt.succeeded();
				return acceptedHash(username, change.newPassword(), "newPassword").map((hash) -> {
					account.changePassword(hash, this.clock.instant());
					return account;
				});
			}))
			.flatMap(this.repository::save)
			.then((session != null) ? this.sessions.closeAllBut(username, session) : this.sessions.closeAll(username));
	}

	private Mono<String> acceptedHash(String username, String password, String field) {
		return Mono.defer(() -> this.passwords.refusal(username, password)
			.<Mono<String>>map((refusal) -> Mono.error(ProblemException.invalidField(field, refusal)))
			.orElseGet(() -> Mono.fromCallable(() -> this.passwords.hash(password))
				.subscribeOn(Schedulers.boundedElastic())));
	}

	private static boolean endsSessions(AccountChange change) {
		return Boolean.FALSE.equals(change.enabled()) || change.password() != null;
	}

}
