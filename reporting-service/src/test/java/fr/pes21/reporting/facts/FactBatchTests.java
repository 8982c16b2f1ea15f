package fr.pes21.reporting.facts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.MalformedFact;
import fr.pes21.contracts.Topics;
import fr.pes21.contracts.accompaniment.AccompanimentFact;
import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.contracts.dla.DlaFact;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FactBatchTests {

	private final List<Object> values = new ArrayList<>();

	private final List<Object> headers = new ArrayList<>();

	private final List<Object> keys = new ArrayList<>();

	@Test
	void setsAsideWhatIsNotAFactWithAReasonThatNeverQuotesTheData() {
		FactEnvelope good = envelope("p-1");
		add("p-1", good.data(), good.binaryHeaders());
		add("k-garbage", utf8("{\"name\": \"Jeanne Martin\""), good.binaryHeaders());
		Map<String, byte[]> unknown = new HashMap<>(good.binaryHeaders());
		unknown.put("ce_type", utf8("fr.pes21.accompaniment.ProjectTeleported.v1"));
		add("k-unknown", good.data(), unknown);
		add("k-bare", utf8("no CloudEvents headers"), Map.of());

		FactBatch<AccompanimentFact> batch = FactBatch.read(batch(), AccompanimentFact.class, (fact) -> {
		});

		assertThat(batch.facts()).singleElement()
			.satisfies((received) -> assertThat(received.fact().subject()).isEqualTo("p-1"));
		assertThat(batch.rejected()).extracting(DeadLetter::key, DeadLetter::offset, DeadLetter::reason)
			.containsExactly(tuple(utf8("k-garbage"), 101L, "unreadable data for its fact type"),
					tuple(utf8("k-unknown"), 102L, "unknown fact type"),
					tuple(utf8("k-bare"), 103L, "not a CloudEvent: missing or unreadable ce_ headers, or empty data"));
		assertThat(batch.rejected()).allSatisfy((letter) -> {
			assertThat(letter.topic()).isEqualTo(Topics.ACCOMPANIMENT);
			assertThat(letter.partition()).isEqualTo(2);
			assertThat(letter.reason()).doesNotContain("Jeanne");
		});
		assertThat(batch.rejected().get(1).headers()).containsKey("ce_type");
	}

	@Test
	void setsAsideAFactOfAnotherTopicAndAFactTheReadModelRefuses() {
		FactEnvelope welcomed = envelope("p-2");
		add("p-2", welcomed.data(), welcomed.binaryHeaders());

		assertThat(FactBatch.read(batch(), DlaFact.class, (fact) -> {
		}).rejected()).extracting(DeadLetter::reason).containsExactly("a fact of another topic: not a DlaFact");
		assertThat(FactBatch.read(batch(), AccompanimentFact.class, (fact) -> {
			throw new MalformedFact("no programme");
		}).rejected()).extracting(DeadLetter::reason)
			.containsExactly("incomplete fact: lacks what the read model needs");
	}

	private void add(String key, byte[] value, Map<String, byte[]> recordHeaders) {
		this.keys.add(utf8(key));
		this.values.add(value);
		this.headers.add(recordHeaders);
	}

	private Message<List<Object>> batch() {
		int size = this.values.size();
		List<Object> offsets = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			offsets.add(100L + i);
		}
		return MessageBuilder.withPayload(this.values)
			.setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, this.headers)
			.setHeader(KafkaHeaders.RECEIVED_KEY, this.keys)
			.setHeader(KafkaHeaders.RECEIVED_TOPIC, Collections.nCopies(size, Topics.ACCOMPANIMENT))
			.setHeader(KafkaHeaders.RECEIVED_PARTITION, Collections.nCopies(size, 2))
			.setHeader(KafkaHeaders.OFFSET, offsets)
			.build();
	}

	private static FactEnvelope envelope(String project) {
		return FactEnvelope.wrap(
				new ProjectWelcomed(project, project, Programme.CRDVA, LocalDate.of(2024, 3, 1), "Dijon", null),
				"accompaniment-service", Instant.parse("2024-03-01T10:00:00Z"));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
