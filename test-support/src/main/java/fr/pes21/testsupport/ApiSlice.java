package fr.pes21.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A web slice of a service: its controllers named in {@link #value()}, Spring MVC, Bean
 * Validation, the platform's problem details and token checks (platform adds them to
 * every {@code @WebMvcTest}), and a {@link Clock} fixed at {@link #NOW}; no MongoDB, no
 * Kafka, no outbox. The test gives the controllers what they use ({@code @MockitoBean}
 * repositories, {@code @Import} of the feature's components) and signs its requests with
 * {@link TestTokens}. For what a request does to the input (400, 404, 422, the roles):
 * what needs the real infrastructure stays in the {@code *IntegrationTests}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(properties = "pes21.jwt.secret=" + TestTokens.SECRET)
@Import(ApiSlice.FixedClock.class)
public @interface ApiSlice {

	/** The instant the slice's clock shows, in Europe/Paris (the business zone). */
	String NOW = "2025-06-02T08:00:00Z";

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

	/** The clock of the slice. */
	@TestConfiguration(proxyBeanMethods = false)
	class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse(NOW), ZoneId.of("Europe/Paris"));
		}

	}

}
