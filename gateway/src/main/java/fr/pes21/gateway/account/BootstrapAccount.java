package fr.pes21.gateway.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import fr.pes21.base.security.Role;
import fr.pes21.base.startup.StartupRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Keeps the bootstrap account {@code admin} as the configuration says, at every start:
 * role ADMIN, enabled, its password {@code PES21_ADMIN_PASSWORD} (which has no default).
 * Waits for MongoDB up to {@value #WAIT_SECONDS} s, as a pod started before its database
 * must, then refuses to start.
 */
@Component
class BootstrapAccount implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAccount.class);

	static final long WAIT_SECONDS = 120;

	private final AccountRepository repository;

	private final AccountPasswords passwords;

	private final Clock clock;

	private final String password;

	BootstrapAccount(AccountRepository repository, AccountPasswords passwords, Clock clock,
			@Value("${pes21.admin-password:}") String password) {
		if (password == null || password.isBlank()) {
			throw new StartupRefusal(
					"PES21_ADMIN_PASSWORD is not set: the gateway has no default password for the bootstrap account "
							+ "'admin' and refuses to start.",
					"Set the environment variable PES21_ADMIN_PASSWORD (or the property pes21.admin-password).");
		}
		passwords.refusal(Account.BOOTSTRAP, password)
			.ifPresent((refusal) -> log.warn("PES21_ADMIN_PASSWORD {}: the accounts' password rule refuses it. "
					+ "Choose a longer, less common one before going live.", refusal));
		this.repository = repository;
		this.passwords = passwords;
		this.clock = clock;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			keep().block(Duration.ofSeconds(WAIT_SECONDS + 10));
		}
		catch (RuntimeException ex) {
			throw new StartupRefusal(
					"The gateway could not keep its bootstrap account 'admin' in MongoDB within " + WAIT_SECONDS
							+ " s (" + ex.getMessage() + "); it refuses to start.",
					"Check that MongoDB answers at MONGODB_URI, with the gateway's user and password.");
		}
	}

	Mono<Account> keep() {
		return this.repository.findById(Account.BOOTSTRAP).publishOn(Schedulers.boundedElastic()).flatMap((stored) -> {
			boolean same = stored.enabled() && stored.isBootstrap() && stored.passwordHash() != null
					&& this.passwords.matches(this.password, stored.passwordHash())
					&& stored.roles().equals(List.of(Role.ADMIN));
			if (same) {
				return Mono.just(stored);
			}
			stored.resetFromConfiguration(this.passwords.hash(this.password), this.clock.instant());
			return this.repository.save(stored);
		})
			.switchIfEmpty(Mono.defer(() -> this.repository
				.insert(Account.bootstrap(this.passwords.hash(this.password), this.clock.instant()))
				// Another instance of the gateway made it meanwhile: keep theirs, the
				// same.
				.onErrorResume(DuplicateKeyException.class, (ex) -> this.repository.findById(Account.BOOTSTRAP))))
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500))
				.maxBackoff(Duration.ofSeconds(5))
				.filter(DataAccessResourceFailureException.class::isInstance))
			.timeout(Duration.ofSeconds(WAIT_SECONDS));
	}

}
