package fr.pes21.platform.observability;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Health indicators that readiness relies on (see {@link PlatformDefaults}). */
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

}
