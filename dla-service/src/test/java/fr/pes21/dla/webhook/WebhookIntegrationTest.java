package fr.pes21.dla.webhook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.pes21.dla.TestWebhookKey;
import fr.pes21.testsupport.WithRealInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole service on a real Kafka broker and MongoDB wire server, with the webhook's
 * settings shrunk for tests: a retry schedule of seconds, a short poll interval, plain
 * http, and the loopback address of the test receivers on the allow-list (every other
 * internal address stays refused, so the SSRF guard is exercised as in production). The
 * test classes that use it share one application context. Its consumer group is its own:
 * contexts of other test classes, still cached, never take its partitions.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WithRealInfrastructure
@SpringBootTest(properties = { "pes21.webhooks.retry-schedule=0s,100ms,200ms,400ms,800ms,1s,2s,2s,3s,5s",
		"pes21.webhooks.poll-interval=100ms", "pes21.webhooks.timeout=5s", "pes21.webhooks.require-https=false",
		"pes21.webhooks.allow-private-targets=false", "pes21.webhooks.allowed-hosts=127.0.0.1",
		"pes21.webhooks.secret-key=" + WebhookIntegrationTest.SECRET_KEY,
		"spring.cloud.stream.bindings.dlaWebhooks-in-0.group=dla-webhooks-integration-tests" })
@AutoConfigureMockMvc
@interface WebhookIntegrationTest {

	/**
	 * Base64 of the tests' 32-byte key that seals signing secrets; never used elsewhere.
	 */
	String SECRET_KEY = TestWebhookKey.KEY;

}
