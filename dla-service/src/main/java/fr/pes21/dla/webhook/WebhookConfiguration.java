package fr.pes21.dla.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.messaging.Message;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The webhook to the regional DLA network: the consumer of {@code pes21.dla.events}
 * (binding {@code dlaWebhooks-in-0}, its own consumer group) that queues deliveries, and
 * the dispatcher that sends them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
class WebhookConfiguration {

	@Bean
	Consumer<Message<List<byte[]>>> dlaWebhooks(WebhookFanOut fanOut) {
		return (batch) -> fanOut.accept(DlaFactsConsumer.read(batch));
	}

	/**
	 * Unreadable records never reach this handler (they are skipped); what does is a
	 * batch whose deliveries cannot be queued (MongoDB down). The batch is retried,
	 * backing off up to a minute, for as long as it takes: queuing is idempotent. Named
	 * by
	 * {@code spring.cloud.stream.kafka.bindings.dlaWebhooks-in-0.consumer.common-error-handler-bean-name}.
	 */
	@Bean
	CommonErrorHandler webhookConsumerErrorHandler() {
		ExponentialBackOff backOff = new ExponentialBackOff(Duration.ofMillis(500).toMillis(), 2.0);
		backOff.setMaxInterval(Duration.ofMinutes(1).toMillis());
		return new DefaultErrorHandler(backOff);
	}

	@Bean
	WebhookTargets webhookTargets(WebhookSettings settings) {
		return WebhookTargets.of(settings);
	}

	@Bean
	SigningSecrets signingSecrets(WebhookSettings settings) {
		return new SigningSecrets(settings.secretKey());
	}

	@Bean
	RetrySchedule webhookRetrySchedule(WebhookSettings settings) {
		return new RetrySchedule(settings.retrySchedule(), settings.maxRetryAfter());
	}

	@Bean
	DeliveryQueue webhookDeliveryQueue(MongoTemplate mongo) {
		return new DeliveryQueue(mongo);
	}

	@Bean
	PendingDeliveries pendingWebhookDeliveries(DeliveryQueue queue, MeterRegistry meters) {
		return new PendingDeliveries(queue, meters);
	}

	@Bean
	WebhookSubscriptions webhookSubscriptions(WebhookSubscriptionRepository repository, DeliveryQueue queue,
			SigningSecrets secrets, Clock clock) {
		return new WebhookSubscriptions(repository, queue, secrets, clock);
	}

	@Bean
	WebhookSender webhookSender(WebhookSettings settings, WebhookTargets targets, Clock clock) {
		return new WebhookSender(settings.timeout(), targets, clock);
	}

	@Bean
	WebhookDispatcher webhookDispatcher(DeliveryQueue queue, WebhookSubscriptionRepository repository,
			WebhookSubscriptions subscriptions, WebhookSender sender, RetrySchedule schedule, WebhookSettings settings,
			Clock clock, MeterRegistry meters) {
		return new WebhookDispatcher(queue, repository, subscriptions, sender, schedule, settings, clock, meters);
	}

	@Bean
	WebhookFanOut webhookFanOut(WebhookSubscriptionRepository repository, DeliveryQueue queue, RetrySchedule schedule,
			WebhookDispatcher dispatcher, Clock clock) {
		return new WebhookFanOut(repository, queue, schedule, dispatcher, clock);
	}

}
