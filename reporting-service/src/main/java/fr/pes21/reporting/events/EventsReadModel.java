package fr.pes21.reporting.events;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import fr.pes21.contracts.events.EventFact;
import fr.pes21.reporting.facts.FactProjections;
import fr.pes21.reporting.facts.ReadModel;
import fr.pes21.reporting.report.Figures;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The events read model, {@code events_facts}: one {@link EventsRow} per fact of
 * {@code pes21.events.events} (the topic keeps the name of the rule
 * {@code pes21.<context>.events}, decision 8), read by the consumer {@code eventsFacts}
 * (binding {@code eventsFacts-in-0}), each polled batch one bulk write. The events
 * indicators of a year: the year's rows name the events held in it, then every row of
 * those events is read, whatever its year (a cancellation, a withdrawal or an attendance
 * decides for the event it is about, even when its business date falls in another year),
 * and {@link EventsCounting} applies the rules; hence the index on the event. A fact the
 * read model cannot store (no event, an event held without its kind) goes to the dead
 * letters as malformed.
 */
@Configuration(proxyBeanMethods = false)
class EventsReadModel extends ReadModel<EventFact, EventsRow> {

	EventsReadModel() {
		super("events", EventFact.class, EventsRow::of, EventsRow::from, EventsRow.FIELDS, EventsRow.EVENT_ID);
	}

	@Bean
	Consumer<Message<List<byte[]>>> eventsFacts(FactProjections projections) {
		return projections.of(this);
	}

	/**
	 * The year of the fact and the year before: an attendance recorded in January can
	 * count for an event held the previous December.
	 */
	@Override
	public Set<Integer> years(EventsRow row) {
		return Set.of(row.year(), row.year() - 1);
	}

	@Override
	protected void count(int year, Rows<EventsRow> rows, Figures figures) {
		Set<String> heldInYear = rows.ofYear(year)
			.stream()
			.filter((row) -> row.kind() == EventsRow.Kind.HOLDING)
			.map(EventsRow::eventId)
			.collect(Collectors.toSet());
		EventsCounting.count(year, rows.withAnyOf(EventsRow.EVENT_ID, heldInYear), figures);
	}

}
