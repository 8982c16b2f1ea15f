package fr.pes21.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import fr.pes21.platform.sample.SampleApplication;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a request leaves in the logs, with the web layer and our own code at DEBUG (as an
 * operator investigating would set them): never the personal data it carried, and on each
 * of its lines its correlation id and trace id, in text and in JSON.
 */
@WithRealInfrastructure
@SpringBootTest(classes = SampleApplication.class)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class RequestLogsIntegrationTests {

	static final String NAME = "Jeanne Martin";

	static final String EMAIL = "jeanne.martin@example.org";

	static final List<String> VERBOSE = List.of("org.springframework.web", "fr.pes21");

	@Autowired
	MockMvc mvc;

	@Autowired
	LoggingSystem logging;

	@BeforeEach
	void logEverythingAnOperatorCouldTurnOn() {
		VERBOSE.forEach((logger) -> this.logging.setLogLevel(logger, LogLevel.DEBUG));
	}

	@AfterEach
	void quietAgain() {
		VERBOSE.forEach((logger) -> this.logging.setLogLevel(logger, null));
	}

	@Test
	void aRecordedContactLeavesNoPersonalDataInTheLogs(CapturedOutput output) throws Exception {
		String logs = during(output, () -> send(contact(EMAIL, "2024-03-04"), "pd-1").andExpect(status().isCreated()));

		assertThat(logs).contains("pd-1").doesNotContain(EMAIL).doesNotContain(NAME);
	}

	@Test
	void aContactRefusedForItsMalformedAddressLeavesNoPersonalDataInTheLogs(CapturedOutput output) throws Exception {
		String malformed = "jeanne.martin@example@org";

		String logs = during(output,
				() -> send(contact(malformed, "2024-03-04"), "pd-2").andExpect(status().isBadRequest()));

		assertThat(logs).contains("pd-2").doesNotContain(malformed).doesNotContain(NAME);
	}

	@Test
	void anAddressTypedInADateFieldLeavesNoTraceInTheLogs(CapturedOutput output) throws Exception {
		String logs = during(output, () -> send(contact(EMAIL, EMAIL), "pd-3").andExpect(status().isBadRequest()));

		assertThat(logs).contains("pd-3").doesNotContain(EMAIL).doesNotContain(NAME);
	}

	@Test
	void everyLogLineOfARequestCarriesItsCorrelationIdAndTraceId(CapturedOutput output) throws Exception {
		String correlationId = "logs-" + UUID.randomUUID();

		String logs = during(output,
				() -> send(contact(EMAIL, "2024-03-04"), correlationId).andExpect(status().isCreated()));

		// The lines written on the request's thread while it ran (the web layer's DEBUG
		// line and the controller's own).
		String thread = "[%15.15s]".formatted(Thread.currentThread().getName());
		List<String> lines = logs.lines().filter((line) -> line.contains(thread)).toList();
		assertThat(lines).hasSizeGreaterThanOrEqualTo(2)
			.allMatch((line) -> line.matches(".*\\[" + correlationId + ",[0-9a-f]{32},[0-9a-f]{16}\\] .*"));
		assertThat(lines).anyMatch((line) -> line.contains("Contact") && line.contains("recorded"));
	}

	@Test
	void structuredLogLinesCarryTheCorrelationIdAndTraceIdAsFields() throws Exception {
		String correlationId = "json-" + UUID.randomUUID();
		ByteArrayOutputStream json = new ByteArrayOutputStream();

		inEcsJson(json, () -> send(contact(EMAIL, "2024-03-04"), correlationId).andExpect(status().isCreated()));

		JsonMapper mapper = JsonMapper.builder().build();
		List<JsonNode> lines = json.toString(StandardCharsets.UTF_8)
			.lines()
			.map(mapper::readTree)
			.filter((line) -> correlationId.equals(line.path("correlationId").asString(null)))
			.toList();
		assertThat(lines).hasSizeGreaterThanOrEqualTo(2).allSatisfy((line) -> {
			assertThat(line.path("traceId").asString()).matches("[0-9a-f]{32}");
			assertThat(line.path("spanId").asString()).matches("[0-9a-f]{16}");
			assertThat(line.path("service").path("name").asString()).isEqualTo("sample");
			assertThat(line.path("log").path("level").asString()).isNotEmpty();
			assertThat(line.has("message")).isTrue();
		});
		assertThat(lines).map((line) -> line.path("traceId").asString())
			.as("one trace for the request")
			.containsOnly(lines.getFirst().path("traceId").asString());
	}

	private ResultActions send(String body, String correlationId) throws Exception {
		return this.mvc
			.perform(post("/api/contacts").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("sam", "STAFF"))
				.header("X-Correlation-Id", correlationId)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
	}

	/**
	 * What was written while {@code request} ran (the capture holds the whole class's
	 * output).
	 */
	private static String during(CapturedOutput output, Request request) throws Exception {
		int before = output.getAll().length();
		request.run();
		return output.getAll().substring(before);
	}

	private static String contact(String email, String since) {
		return "{\"name\":\"" + NAME + "\",\"email\":\"" + email + "\",\"since\":\"" + since + "\"}";
	}

	/**
	 * Runs {@code request} with every log event also written by the encoder Boot uses for
	 * {@code logging.structured.format.console=ecs} (the services' default outside the
	 * local profile; tests log text).
	 */
	private static void inEcsJson(ByteArrayOutputStream json, Request request) throws Exception {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(context);
		encoder.setFormat("ecs");
		encoder.start();
		OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
		appender.setContext(context);
		appender.setEncoder(encoder);
		appender.setOutputStream(json);
		appender.start();
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.addAppender(appender);
		try {
			request.run();
		}
		finally {
			root.detachAppender(appender);
			appender.stop();
		}
	}

	private interface Request {

		void run() throws Exception;

	}

}
