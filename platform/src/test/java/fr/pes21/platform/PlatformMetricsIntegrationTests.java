package fr.pes21.platform;

import java.time.Duration;

import fr.pes21.platform.sample.Note;
import fr.pes21.platform.sample.NoteRepository;
import fr.pes21.platform.sample.SampleApplication;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The metrics every service gets from the platform, as Prometheus scrapes them from
 * {@code /actuator/prometheus}.
 */
@WithRealInfrastructure
@SpringBootTest(classes = SampleApplication.class)
@AutoConfigureMockMvc
class PlatformMetricsIntegrationTests {

	static final String STAFF = TestTokens.bearer("sam", "STAFF");

	static final String MEETING_HELD = "type=\"AccompanimentMeetingHeld\"";

	@Autowired
	MockMvc mvc;

	@Autowired
	NoteRepository notes;

	@Test
	void servesTheMetricsToPrometheusScrapeTokenOnlyAndHealthToAnyone() throws Exception {
		for (String metrics : new String[] { "/actuator/prometheus", "/actuator/metrics",
				"/actuator/metrics/jvm.memory.used" }) {
			this.mvc.perform(get(metrics))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"metrics\""))
				.andExpect(jsonPath("$.type").value("urn:pes21:problem:unauthenticated"));
			this.mvc.perform(get(metrics).header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("ada", "ADMIN")))
				.andExpect(status().isUnauthorized());
			this.mvc.perform(get(metrics).header(HttpHeaders.AUTHORIZATION, "Bearer not-the-scrape-token"))
				.andExpect(status().isUnauthorized());
			this.mvc.perform(get(metrics).header(HttpHeaders.AUTHORIZATION, TestTokens.METRICS_SCRAPE))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		this.mvc.perform(get("/livez")).andExpect(status().isOk());
		this.mvc.perform(get("/readyz")).andExpect(status().isOk());
	}

	@Test
	void countsEachRecordedFactOnceByType() throws Exception {
		double before = value(scrape(), "pes21_facts_recorded_total", MEETING_HELD);

		String id = create("counted");
		this.mvc
			.perform(post("/api/notes/" + id + "/meetings").header(HttpHeaders.AUTHORIZATION, STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\":\"2024-05-02\"}"))
			.andExpect(status().isCreated());
		// Saved again with nothing new: its facts, maybe still in the outbox, were
		// counted when they were recorded.
		Note again = this.notes.findById(id).orElseThrow();
		this.notes.save(again);

		assertThat(value(scrape(), "pes21_facts_recorded_total", MEETING_HELD)).isEqualTo(before + 2);
	}

	@Test
	void exposesTheOutboxAndKafkaProducerMetricsTaggedWithTheService() throws Exception {
		double published = value(scrape(), "pes21_facts_published_total", MEETING_HELD);

		create("published");

		await().atMost(Duration.ofSeconds(60))
			.until(() -> value(scrape(), "pes21_facts_published_total", MEETING_HELD) > published);
		String scrape = scrape();
		assertThat(scrape).contains("pes21_outbox_backlog{application=\"sample\",service=\"sample\"}")
			.contains("pes21_outbox_oldest_age_seconds{application=\"sample\",service=\"sample\"}")
			.contains("http_server_requests_seconds_bucket{application=\"sample\"");
		// The Kafka client's own metrics, registered by the binder for its producer.
		assertThat(value(scrape, "kafka_producer_record_send_total", "service=\"sample\"")).isPositive();
	}

	private String create(String title) throws Exception {
		String location = this.mvc
			.perform(post("/api/notes").header(HttpHeaders.AUTHORIZATION, STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"" + title + "\",\"firstMeeting\":\"2024-03-04\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private String scrape() throws Exception {
		return this.mvc
			.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, TestTokens.METRICS_SCRAPE))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * The sum of the samples of {@code metric} with {@code tag}; 0 when there is none.
	 */
	static double value(String scrape, String metric, String tag) {
		return scrape.lines()
			.filter((line) -> line.startsWith(metric + "{") && line.contains(tag))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}
