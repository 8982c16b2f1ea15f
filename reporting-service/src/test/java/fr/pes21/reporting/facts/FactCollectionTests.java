package fr.pes21.reporting.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.dla.StructureWelcomeWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomed;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

class FactCollectionTests {

	private static final Instant RECORDED_IN_JANUARY = Instant.parse("2025-01-06T08:30:00Z");

	private enum Kind {

		WELCOME

	}

	@Test
	void writesAFactOnlyOnItsFirstArrival() {
		var welcome = new StructureWelcomed("w1", "s1", LocalDate.parse("2024-12-18"));

		Document update = FactCollection.update(welcome, describing(welcome), envelope(welcome)).getUpdateObject();

		assertThat(update.keySet()).containsOnly("$setOnInsert", "$max");
		assertThat(update.get("$setOnInsert", Document.class)).containsEntry("kind", "WELCOME")
			.containsEntry("occurredOn", "2024-12-18")
			.containsEntry("year", 2024)
			.containsEntry("eventTime", Date.from(RECORDED_IN_JANUARY));
		assertThat(update.get("$max", Document.class)).containsEntry("lastEventTime", Date.from(RECORDED_IN_JANUARY));
	}

	@Test
	void marksTheWithdrawnFactAndCreatesItAsATombstoneWhenItHasNotArrived() {
		var withdrawal = new StructureWelcomeWithdrawn("w1", "s1", LocalDate.parse("2024-12-18"));

		Document update = FactCollection.update(withdrawal, describing(withdrawal), envelope(withdrawal))
			.getUpdateObject();

		assertThat(update.get("$set", Document.class)).containsEntry("withdrawn", true).containsKey("withdrawal");
		assertThat(update.get("$setOnInsert", Document.class)).containsEntry("kind", "WELCOME")
			.containsEntry("year", 2024)
			.doesNotContainKey("eventId");
	}

	private static Update describing(Fact fact) {
		return FactCollection.describing(Kind.WELCOME, fact.occurredOn(), fact.occurredOn().getYear());
	}

	private static FactEnvelope envelope(Fact fact) {
		return FactEnvelope.wrap(fact, "dla-service", RECORDED_IN_JANUARY);
	}

}
