package fr.pes21.reporting.facts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.reporting.FactPublisher;
import fr.pes21.reporting.Reports;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A fact's record continues, in the consumer, the trace its {@code traceparent} header
 * names (the trace of the request that recorded it), and the binder measures the consumer
 * lag per group and topic. Spans are kept in memory here: no export, as in every test.
 * The year 2087 belongs to this test. Its application context is its own (the span
 * exporter), and so is its consumer group: otherwise it would take partitions from the
 * context the other test classes share.
 */
@WithRealInfrastructure
@SpringBootTest(properties = "spring.cloud.stream.default.group=" + ConsumerTracingIntegrationTests.GROUP)
@AutoConfigureMockMvc
class ConsumerTracingIntegrationTests {

	static final String GROUP = "reporting-consumer-tracing-tests";

	static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	static final String PRODUCER_SPAN_ID = "00f067aa0ba902b7";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private KeptSpans spans;

	private final FactPublisher publisher = new FactPublisher();

	@AfterEach
	void closePublisher() {
		this.publisher.close();
	}

	@Test
	void consumesARecordInTheTraceOfTheRequestThatRecordedItsFact() {
		long before = welcomed();
		String project = UUID.randomUUID().toString();
		ProducerRecord<String, byte[]> record = FactPublisher.record(
				new ProjectWelcomed(project, project, Programme.OTHER, LocalDate.of(2087, 1, 2), "Dijon", null),
				"accompaniment-service", Instant.now());
		record.headers()
			.add("traceparent", ("00-" + TRACE_ID + "-" + PRODUCER_SPAN_ID + "-01").getBytes(StandardCharsets.UTF_8));

		this.publisher.publish(record);

		await().atMost(Duration.ofSeconds(60)).until(() -> welcomed() == before + 1);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(this.spans.kept).anySatisfy((span) -> {
			assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
			assertThat(span.getTraceId()).isEqualTo(TRACE_ID);
			assertThat(span.getParentSpanId()).isEqualTo(PRODUCER_SPAN_ID);
		}));
	}

	@Test
	void measuresTheConsumerLagOfEachTopicForItsGroup() {
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(prometheus())
				.containsPattern("spring_cloud_stream_binder_kafka_offset\\{[^}]*group=\"" + GROUP
						+ "\"[^}]*topic=\"pes21.accompaniment.events\"[^}]*\\} \\d")
				.containsPattern("spring_cloud_stream_binder_kafka_offset\\{[^}]*group=\"" + GROUP
						+ "\"[^}]*topic=\"pes21.events.events\"[^}]*\\} \\d"));
	}

	private String prometheus() {
		MvcTestResult result = this.mvc.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.METRICS_SCRAPE)
			.exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private long welcomed() {
		return Reports.indicators(this.mvc, 2087).get("accompaniment.projectsWelcomed.OTHER");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class InMemorySpans {

		@Bean
		KeptSpans keptSpans() {
			return new KeptSpans();
		}

	}

	/** The spans the service finished, kept in memory instead of exported. */
	static final class KeptSpans implements SpanExporter {

		final List<SpanData> kept = new CopyOnWriteArrayList<>();

		@Override
		public CompletableResultCode export(Collection<SpanData> spans) {
			this.kept.addAll(spans);
			return CompletableResultCode.ofSuccess();
		}

		@Override
		public CompletableResultCode flush() {
			return CompletableResultCode.ofSuccess();
		}

		@Override
		public CompletableResultCode shutdown() {
			return CompletableResultCode.ofSuccess();
		}

	}

}
