package fr.pes21.gateway.auth;

import fr.pes21.gateway.account.AccountHolder;
import fr.pes21.gateway.account.Credentials;
import fr.pes21.gateway.account.Usernames;
import fr.pes21.gateway.limit.LoginLimits;
import fr.pes21.gateway.problem.ProblemException;
import fr.pes21.gateway.session.RefreshTokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Logging in, refreshing, logging out. A login is refused with the same answer whether
 * the account does not exist, is disabled or the password is wrong, after the same bcrypt
 * work; within the limits of {@link LoginLimits}. Every login is counted in
 * {@value #METRIC} by outcome ({@code succeeded}, {@code failed}, {@code limited}).
 */
@Component
class Login {

	static final String METRIC = "pes21.logins";

	private final Credentials credentials;

	private final LoginLimits limits;

	private final RefreshTokens sessions;

	private final TokenIssuer issuer;

	private final Counter succeeded;

	private final Counter failed;

	private final Counter limited;

	Login(Credentials credentials, LoginLimits limits, RefreshTokens sessions, TokenIssuer issuer,
			MeterRegistry meters) {
		this.credentials = credentials;
		this.limits = limits;
		this.sessions = sessions;
		this.issuer = issuer;
		this.succeeded = counter(meters, "succeeded");
		this.failed = counter(meters, "failed");
		this.limited = counter(meters, "limited");
	}

	Mono<TokenResponse> logIn(TokenRequest request, String address) {
		String username = Usernames.normalize(request.username());
		return this.limits.attempt(username, address)
			.doOnError(ProblemException.class, (ex) -> this.limited.increment())
			.flatMap((attempt) -> this.credentials.verify(username, request.password()).doOnNext((holder) -> {
				attempt.succeeded();
				this.succeeded.increment();
			}).switchIfEmpty(Mono.defer(() -> {
				attempt.failed();
				this.failed.increment();
				return Mono.error(ProblemException.unauthenticated("Unknown user or wrong password."));
			})))
			.flatMap((holder) -> this.sessions.open(holder.username())
				.map((session) -> this.issuer.issue(holder, session)));
	}

	/**
	 * The next token answer of a session; its refresh token is used up. Refused when the
	 * refresh token is not usable, or its account is gone or disabled (then its session
	 * ends).
	 */
	Mono<TokenResponse> refresh(String refreshToken) {
		return this.sessions.rotate(refreshToken)
			.switchIfEmpty(Mono.error(() -> ProblemException
				.unauthenticated("The refresh token is unknown, expired, or used already; log in again.")))
			.flatMap((session) -> this.credentials.enabled(session.username())
				.map((AccountHolder holder) -> this.issuer.issue(holder, session))
				.switchIfEmpty(Mono.defer(() -> this.sessions.closeSession(session.id())
					.then(Mono.error(ProblemException.unauthenticated("This account is disabled."))))));
	}

	Mono<Void> logOut(String refreshToken) {
		return this.sessions.close(refreshToken);
	}

	private static Counter counter(MeterRegistry meters, String outcome) {
		return Counter.builder(METRIC)
			.description("Logins at POST /auth/token by outcome: succeeded, failed (unknown user, disabled account "
					+ "or wrong password), limited (refused by the login limits, 429)")
			.tag("outcome", outcome)
			.register(meters);
	}

}
