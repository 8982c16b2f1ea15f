package fr.pes21.contracts;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import fr.pes21.contracts.accompaniment.AccompanimentMeetingHeld;
import fr.pes21.contracts.accompaniment.MeetingKind;
import fr.pes21.contracts.accompaniment.Programme;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactEnvelopeTests {

	private final AccompanimentMeetingHeld meeting = new AccompanimentMeetingHeld("m1", "p1", Programme.CRDVA,
			LocalDate.of(2024, 12, 18), MeetingKind.FOLLOW_UP);

	private final FactEnvelope envelope = FactEnvelope.wrap(this.meeting, "accompaniment-service",
			Instant.parse("2025-01-07T09:15:00Z"));

	@Test
	void namesTheFactAfterItsContextNameAndVersion() {
		assertThat(this.envelope.type()).isEqualTo("fr.pes21.accompaniment.AccompanimentMeetingHeld.v1");
		assertThat(this.envelope.source()).isEqualTo("/pes21/accompaniment-service");
		assertThat(this.envelope.subject()).isEqualTo("p1");
		assertThat(FactCatalog.of(this.meeting).topic()).isEqualTo("pes21.accompaniment.events");
	}

	@Test
	void binaryHeadersAreReadByTheCloudEventsKafkaBinding() {
		RecordHeaders headers = new RecordHeaders();
		this.envelope.binaryHeaders().forEach(headers::add);

		CloudEvent event = KafkaMessageFactory.createReader(headers, this.envelope.data()).toEvent();

		assertThat(event.getId()).isEqualTo(this.envelope.id());
		assertThat(event.getType()).isEqualTo(this.envelope.type());
		assertThat(event.getSource()).isEqualTo(URI.create("/pes21/accompaniment-service"));
		assertThat(event.getSubject()).isEqualTo("p1");
		assertThat(event.getTime().toInstant()).isEqualTo(this.envelope.time());
		assertThat(event.getDataContentType()).isEqualTo("application/json");
		assertThat(event.getData().toBytes()).isEqualTo(this.envelope.data());
	}

	@Test
	void readsBackTheSameFactFromHeadersGivenAsBytesOrStrings() {
		Map<String, Object> asStrings = new HashMap<>();
		this.envelope.binaryHeaders().forEach((name, value) -> asStrings.put(name, new String(value)));

		assertThat(FactEnvelope.fromBinaryHeaders(this.envelope.binaryHeaders(), this.envelope.data()).fact())
			.isEqualTo(this.meeting);
		assertThat(FactEnvelope.fromBinaryHeaders(asStrings, this.envelope.data()).fact()).isEqualTo(this.meeting);
	}

	@Test
	void writesTheBusinessDateAsAnIsoDate() {
		assertThat(new String(this.envelope.data())).contains("\"occurredOn\":\"2024-12-18\"");
	}

	@Test
	void refusesARecordWithoutCloudEventsAttributesOrWithAnUnknownType() {
		Map<String, byte[]> missingId = new HashMap<>(this.envelope.binaryHeaders());
		missingId.remove("ce_id");
		Map<String, byte[]> unknownType = new HashMap<>(this.envelope.binaryHeaders());
		unknownType.put("ce_type", "fr.pes21.accompaniment.Nonsense.v1".getBytes());

		assertThatThrownBy(() -> FactEnvelope.fromBinaryHeaders(missingId, this.envelope.data()))
			.isInstanceOf(MalformedFact.class)
			.hasMessageContaining("ce_id");
		assertThatThrownBy(() -> FactEnvelope.fromBinaryHeaders(unknownType, this.envelope.data()).fact())
			.isInstanceOf(MalformedFact.class)
			.hasMessageContaining("unknown fact type");
		assertThatThrownBy(
				() -> FactEnvelope.fromBinaryHeaders(this.envelope.binaryHeaders(), "{oops".getBytes()).fact())
			.isInstanceOf(MalformedFact.class);
	}

}
