package fr.pes21.platform.idempotency;

import java.time.Clock;
import java.time.Duration;

import fr.pes21.platform.outbox.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.unit.DataSize;

/**
 * Idempotency-Key handling of every service: the filter, the records of the keys, the
 * aggregates' pending requests and their sweeper.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class IdempotencyConfiguration {

	@Bean
	IdempotencySettings idempotencySettings(
			@Value("${pes21.idempotency.in-progress-limit:PT30S}") Duration inProgressLimit,
			@Value("${pes21.idempotency.retention:P30D}") Duration retention) {
		return new IdempotencySettings(inProgressLimit, retention);
	}

	@Bean
	IdempotencyRecords idempotencyRecords(MongoTemplate mongo, Clock clock, IdempotencySettings settings) {
		return new IdempotencyRecords(mongo, clock, settings);
	}

	@Bean
	PendingRequests pendingRequests(MongoTemplate mongo, MongoMappingContext mappingContext, IdempotencyRecords records,
			OutboxRelay relay) {
		return new PendingRequests(mongo, mappingContext, records, relay);
	}

	@Bean
	PendingRequestListener pendingRequestListener(PendingRequests pending) {
		return new PendingRequestListener(pending);
	}

	@Bean
	PendingRequestSweeper pendingRequestSweeper(PendingRequests pending) {
		return new PendingRequestSweeper(pending);
	}

	/**
	 * Runs after Spring Security (order -100): keys are scoped to the authenticated user.
	 */
	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyRecords records, PendingRequests pending,
			@Value("${pes21.max-request-size}") DataSize limit) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(records, pending, limit.toBytes()));
		registration.setOrder(0);
		return registration;
	}

	/** Settles or rolls back, now and then, what requests that died left pending. */
	static class PendingRequestSweeper {

		private static final Logger log = LoggerFactory.getLogger(PendingRequestSweeper.class);

		private final PendingRequests pending;

		PendingRequestSweeper(PendingRequests pending) {
			this.pending = pending;
		}

		@Scheduled(fixedDelayString = "${pes21.idempotency.sweep-interval:PT5S}", initialDelay = 0)
		void sweep() {
			try {
				this.pending.sweep();
			}
			catch (RuntimeException ex) {
				log.warn("Idempotency: sweeping pending requests failed, will retry: {}", ex.toString());
			}
		}

	}

}
