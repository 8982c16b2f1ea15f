package fr.pes21.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts (once per JVM) the shared real Kafka broker and MongoDB wire server and hands
 * their addresses to Spring Boot through system properties, read when the test's
 * application context starts: each test class gets its own MongoDB database, named after
 * the class, so classes do not see each other's documents.
 */
public class RealInfrastructureExtension implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		RealInfrastructure.Endpoints endpoints = RealInfrastructure.shared();
		System.setProperty("spring.kafka.bootstrap-servers", endpoints.kafkaBootstrapServers());
		System.setProperty("spring.mongodb.uri", endpoints.mongoUri(databaseFor(context)));
		System.setProperty("pes21.jwt.secret", TestTokens.SECRET);
		System.setProperty("pes21.metrics.token", TestTokens.METRICS_SCRAPE_TOKEN);
	}

	private static String databaseFor(ExtensionContext context) {
		return context.getRequiredTestClass().getSimpleName().toLowerCase();
	}

}
