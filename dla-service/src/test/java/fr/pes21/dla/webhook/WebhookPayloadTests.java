package fr.pes21.dla.webhook;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.pes21.contracts.FactCatalog;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.FactType;
import fr.pes21.contracts.dla.CollectiveEngineeringStarted;
import fr.pes21.contracts.dla.DiagnosticCompleted;
import fr.pes21.contracts.dla.DlaFact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookPayloadTests {

	/**
	 * What DLA facts may carry to the regional network (docs/domain.md): opaque ids,
	 * dates, counts. A new field must be added here on purpose, after checking it is not
	 * personal data.
	 */
	private static final Set<String> SHAREABLE_FIELDS = Set.of("factId", "structureId", "structureIds", "engineeringId",
			"diagnosticId", "occurredOn", "engineeringStartedOn", "days");

	@Test
	void isTheCloudEventInJsonStructuredMode() {
		CollectiveEngineeringStarted fact = new CollectiveEngineeringStarted("e-1", "e-1", List.of("s-1", "s-2"),
				LocalDate.parse("2024-06-24"), 4.5);
		FactEnvelope envelope = FactEnvelope.wrap(fact, "dla-service", Instant.parse("2024-06-24T14:03:11.250Z"));

		Map<String, Object> event = WebhookApi.read(WebhookPayload.of(envelope, fact));

		assertThat(event).containsOnlyKeys("specversion", "id", "type", "source", "subject", "time", "datacontenttype",
				"data");
		assertThat(event).containsEntry("specversion", "1.0")
			.containsEntry("id", envelope.id())
			.containsEntry("type", "fr.pes21.dla.CollectiveEngineeringStarted.v1")
			.containsEntry("source", "/pes21/dla-service")
			.containsEntry("subject", "e-1")
			.containsEntry("datacontenttype", "application/json")
			.containsEntry("data", Map.of("factId", "e-1", "engineeringId", "e-1", "structureIds",
					List.of("s-1", "s-2"), "occurredOn", "2024-06-24", "days", 4.5));
		assertThat(Instant.parse((String) event.get("time"))).isEqualTo(envelope.time());
		assertThat(WebhookPayload.CONTENT_TYPE).startsWith("application/cloudevents+json");
	}

	@Test
	void carriesTheVersionOfTheFactInItsTypeAndOnlyTheFieldsOfThatVersion() {
		DiagnosticCompleted fact = new DiagnosticCompleted("c-1", "d-1", "s-1", LocalDate.parse("2024-03-12"));
		FactEnvelope envelope = FactEnvelope.wrap(fact, "dla-service", Instant.parse("2024-03-12T17:00:00Z"));

		Map<String, Object> event = WebhookApi.read(WebhookPayload.of(envelope, fact));

		assertThat(event).containsEntry("type", "fr.pes21.dla.DiagnosticCompleted.v2")
			.containsEntry("data",
					Map.of("factId", "c-1", "diagnosticId", "d-1", "structureId", "s-1", "occurredOn", "2024-03-12"));
	}

	@Test
	void dlaFactsCarryNoPersonalData() {
		List<FactType> dlaFacts = FactCatalog.all()
			.stream()
			.filter((type) -> DlaFact.class.isAssignableFrom(type.javaType()))
			.toList();

		assertThat(dlaFacts).hasSizeGreaterThanOrEqualTo(15).allSatisfy((type) -> {
			RecordComponent[] components = type.javaType().getRecordComponents();
			assertThat(Arrays.stream(components).map(RecordComponent::getName)).as(type.name())
				.isSubsetOf(SHAREABLE_FIELDS);
		});
	}

}
