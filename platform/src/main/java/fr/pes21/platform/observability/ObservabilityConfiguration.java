package fr.pes21.platform.observability;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/**
 * Health indicators that readiness relies on (see {@link PlatformDefaults}), and the
 * tracing of Kafka batch consumers.
 */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

	@Bean
	MongoPingHealthIndicator mongoPing(MongoTemplate mongo) {
		return new MongoPingHealthIndicator(mongo);
	}

	@Bean
	KafkaHealthIndicator kafka(@Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers) {
		return new KafkaHealthIndicator(bootstrapServers);
	}

	/**
	 * Every consumer of the suite is a batch consumer, and Spring for Apache Kafka
	 * observes a batch as a whole only if told to observe each record: then each record
	 * read continues the trace its traceparent header names, so that a trace reaches the
	 * consumer. The binder applies it after its own settings ({@code enable-observation},
	 * see {@link PlatformDefaults}). A service that needs its own customizer replaces
	 * this one and keeps the setting.
	 */
	@Bean
	ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> recordObservationsInBatches() {
		return (container, destination, group) -> container.getContainerProperties().setRecordObservationsInBatch(true);
	}

}
