package fr.pes21.platform.outbox;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox relay of every service that records facts. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class OutboxConfiguration {

	@Bean
	OutboxRelay outboxRelay(MongoTemplate mongo, MongoMappingContext mappingContext, StreamBridge streamBridge,
			@Value("${spring.application.name}") String service, Clock clock, MeterRegistry meters) {
		return new OutboxRelay(mongo, mappingContext, streamBridge, service, clock, meters);
	}

	@Bean
	OutboxSaveListener outboxSaveListener(OutboxRelay relay) {
		return new OutboxSaveListener(relay);
	}

}
