package fr.pes21.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import fr.pes21.contracts.Topics;
import fr.pes21.platform.sample.SampleApplication;
import fr.pes21.testsupport.FactsOnTopic;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One trace from the request that records a fact to the Kafka record that carries it,
 * although the relay publishes later, from its own thread. Spans are made and propagated
 * with export off, as in every test.
 */
@WithRealInfrastructure
@SpringBootTest(classes = SampleApplication.class)
@AutoConfigureMockMvc
class FactTracingIntegrationTests {

	// What the gateway would send: the trace it started for the caller's request.
	static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	static final String GATEWAY_SPAN_ID = "00f067aa0ba902b7";

	@Autowired
	MockMvc mvc;

	@Test
	void aFactIsPublishedWithTheTraceOfTheRequestThatRecordedIt() throws Exception {
		String location = this.mvc
			.perform(post("/api/notes").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("sam", "STAFF"))
				.header("traceparent", "00-" + TRACE_ID + "-" + GATEWAY_SPAN_ID + "-01")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"traced\",\"firstMeeting\":\"2024-03-04\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);
		String noteId = location.substring(location.lastIndexOf('/') + 1);

		String traceparent;
		try (FactsOnTopic topic = FactsOnTopic.onRealInfrastructure(Topics.ACCOMPANIMENT, List.of(noteId))) {
			traceparent = await().atMost(Duration.ofSeconds(60))
				.until(() -> topic.poll().stream().findFirst().flatMap(FactTracingIntegrationTests::traceparent),
						Optional::isPresent)
				.orElseThrow();
		}

		// version - trace id - parent span id - flags: the same trace, a span of ours in
		// it, sampled
		String[] parts = traceparent.split("-");
		assertThat(parts).hasSize(4);
		assertThat(parts[1]).isEqualTo(TRACE_ID);
		assertThat(parts[2]).matches("[0-9a-f]{16}").isNotEqualTo(GATEWAY_SPAN_ID);
		assertThat(parts[3]).isEqualTo("01");
	}

	private static Optional<String> traceparent(ConsumerRecord<byte[], byte[]> record) {
		Header header = record.headers().lastHeader("traceparent");
		return Optional.ofNullable(header).map((found) -> new String(found.value(), StandardCharsets.UTF_8));
	}

}
