package fr.pes21.reporting.facts;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** How the fact consumers behave when a batch cannot be stored. */
@Configuration(proxyBeanMethods = false)
class FactConsumerConfiguration {

	/**
	 * Unreadable records never reach this handler ({@link FactBatch} sets them aside for
	 * the {@link DeadLetters}); what does is a read model that cannot be written (MongoDB
	 * down) or a dead letter that could not be published. The batch is then retried,
	 * backing off up to a minute, for as long as it takes: skipping it would lose facts,
	 * and every write is an idempotent upsert, so retrying is safe. Named by
	 * {@code spring.cloud.stream.kafka.bindings.<binding>.consumer.common-error-handler-bean-name}.
	 */
	@Bean
	CommonErrorHandler factConsumerErrorHandler() {
		ExponentialBackOff backOff = new ExponentialBackOff(Duration.ofMillis(500).toMillis(), 2.0);
		backOff.setMaxInterval(Duration.ofMinutes(1).toMillis());
		return new DefaultErrorHandler(backOff);
	}

}
