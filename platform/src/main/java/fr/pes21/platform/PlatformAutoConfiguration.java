package fr.pes21.platform;

import java.time.Clock;
import java.time.ZoneId;

import fr.pes21.platform.apidocs.ApiDocumentation;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.idempotency.IdempotencyConfiguration;
import fr.pes21.platform.observability.ObservabilityConfiguration;
import fr.pes21.platform.outbox.OutboxConfiguration;
import fr.pes21.platform.problem.ProblemDetailsAdvice;
import fr.pes21.platform.security.SecurityConfiguration;
import fr.pes21.platform.web.CorrelationIdFilter;
import fr.pes21.platform.web.RequestSizeLimitFilter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * What every PES 21 service gets by depending on {@code platform}: the outbox relay,
 * problem details, JWT security, Idempotency-Key handling, correlation ids, request size
 * limit, health and metrics defaults, the shared parts of the API document.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@Import({ OutboxConfiguration.class, IdempotencyConfiguration.class, SecurityConfiguration.class,
		ObservabilityConfiguration.class, ProblemDetailsAdvice.class, ApiDocumentation.class })
public class PlatformAutoConfiguration {

	/**
	 * Business dates are days in Europe/Paris (docs/domain.md):
	 * {@link Stamp#BUSINESS_ZONE}.
	 */
	public static final ZoneId BUSINESS_ZONE = Stamp.BUSINESS_ZONE;

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(BUSINESS_ZONE);
	}

	@Bean
	FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
		FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(
				new CorrelationIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
			@Value("${pes21.max-request-size}") DataSize limit) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(limit.toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
