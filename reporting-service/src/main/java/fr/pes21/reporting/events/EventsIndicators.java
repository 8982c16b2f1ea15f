package fr.pes21.reporting.events;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.pes21.reporting.facts.FactIndicators;
import fr.pes21.reporting.report.Figures;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the events indicators of a year from the stored facts: the year's documents name
 * the events held in it, then every fact of those events is read, whatever its year (a
 * cancellation, a withdrawal or an attendance decides for the event it is about, even
 * when its business date falls in another year), and {@link EventsCounting} applies the
 * rules.
 */
@Component
class EventsIndicators extends FactIndicators {

	EventsIndicators(MongoTemplate mongo) {
		super(mongo, StoredFact.COLLECTION, StoredFact.EVENT_ID);
	}

	@Override
	public void count(int year, Figures figures) {
		Set<String> heldInYear = ofYear(year, StoredFact.COUNTED_FIELDS, StoredFact::from).stream()
			.filter((fact) -> fact.kind() == EventsFactKind.HOLDING)
			.map(StoredFact::eventId)
			.collect(Collectors.toSet());
		List<StoredFact> facts = withAnyOf(StoredFact.EVENT_ID, heldInYear, StoredFact.COUNTED_FIELDS,
				StoredFact::from);
		EventsCounting.count(year, facts, figures);
	}

}
