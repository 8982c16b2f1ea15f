package fr.pes21.platform.outbox;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
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
	OutboxTracing outboxTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		Tracer available = tracer.getIfUnique();
		return (available != null && available != Tracer.NOOP && propagator.getIfUnique() != null)
				? new OutboxTracing(available, propagator.getIfUnique()) : OutboxTracing.none();
	}

	@Bean
	OutboxRelay outboxRelay(MongoTemplate mongo, MongoMappingContext mappingContext, StreamBridge streamBridge,
			@Value("${spring.application.name}") String service, Clock clock, MeterRegistry meters,
			OutboxTracing tracing) {
		return new OutboxRelay(mongo, mappingContext, streamBridge, service, clock, meters, tracing);
	}

	@Bean
	OutboxSaveListener outboxSaveListener(OutboxRelay relay, OutboxTracing tracing, MeterRegistry meters) {
		return new OutboxSaveListener(relay, tracing, meters);
	}

}
