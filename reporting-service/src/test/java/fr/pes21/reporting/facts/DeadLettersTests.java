package fr.pes21.reporting.facts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import fr.pes21.contracts.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DeadLettersTests {

	private final DeadLetter letter = new DeadLetter(Topics.DLA, 1, 42L, utf8("key"), utf8("garbage"),
			Map.of("ce_id", utf8("e-1"), "ce_type", "fr.pes21.dla.Nothing.v1"), "unknown fact type");

	@Test
	void keepsTheRecordAsReadAndSaysWhyAndWhereFrom() {
		ProducerRecord<byte[], byte[]> record = DeadLetters.record(this.letter);

		assertThat(record.topic()).isEqualTo("pes21.dla.events.dlq");
		assertThat(record.key()).isEqualTo(utf8("key"));
		assertThat(record.value()).isEqualTo(utf8("garbage"));
		assertThat(header(record, "ce_id")).isEqualTo("e-1");
		assertThat(header(record, "ce_type")).isEqualTo("fr.pes21.dla.Nothing.v1");
		assertThat(header(record, DeadLetters.REASON)).isEqualTo("unknown fact type");
		assertThat(header(record, DeadLetters.TOPIC)).isEqualTo(Topics.DLA);
		assertThat(header(record, DeadLetters.PARTITION)).isEqualTo("1");
		assertThat(header(record, DeadLetters.OFFSET)).isEqualTo("42");
	}

	@Test
	void throwsSoThatTheBatchIsRetriedWhenTheDeadLettersCannotBePublished() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		// No broker listens there: the send fails once max.block.ms is over.
		DeadLetters deadLetters = new DeadLetters("localhost:1", meters);
		try {
			assertThatIllegalStateException().isThrownBy(() -> deadLetters.publish(List.of(this.letter)))
				.withMessageContaining("will be retried");
			assertThat(meters.get(DeadLetters.METRIC).tag("topic", Topics.DLA).counter().count()).isZero();
		}
		finally {
			deadLetters.destroy();
		}
	}

	private static String header(ProducerRecord<byte[], byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
