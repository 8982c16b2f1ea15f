package fr.pes21.events.event;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.List;

import fr.pes21.platform.audit.Stamp;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Registrants' names and e-mail addresses are kept for a period after their event
 * ({@code pes21.events.registration-retention}, 13 months by default), then erased by a
 * nightly sweep, the registrations staying (docs/decisions/0020, docs/personal-data.md).
 */
@Component
class RegistrationRetention {

	private static final Logger logger = LoggerFactory.getLogger(RegistrationRetention.class);

	private final MongoTemplate mongo;

	private final EventCommands commands;

	private final Clock clock;

	private final Period retention;

	RegistrationRetention(MongoTemplate mongo, EventCommands commands, Clock clock,
			@Value("${pes21.events.registration-retention:P13M}") Period retention) {
		this.mongo = mongo;
		this.commands = commands;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(cron = "${pes21.events.retention-sweep:0 30 3 * * *}", zone = "Europe/Paris")
	void sweep() {
		sweep(this.clock.instant());
	}

	/**
	 * Erases the registrants' personal data of every event that started more than the
	 * retention period before {@code now}; answers how many events it changed.
	 */
	int sweep(Instant now) {
		Instant startedBefore = now.atZone(Stamp.BUSINESS_ZONE).minus(this.retention).toInstant();
		Query due = Query.query(Criteria.where("startsAt")
			.lt(startedBefore)
			.orOperator(Criteria.where("registrations").elemMatch(Criteria.where("name").ne(null)),
					Criteria.where("registrations").elemMatch(Criteria.where("email").ne(null))));
		due.fields().include("_id");
		List<String> ids = this.mongo.find(due, Document.class, "events")
			.stream()
			.map((event) -> event.getString("_id"))
			.toList();
		Stamp stamp = Stamp.bySystem(this.clock, "registration-retention");
		int erased = 0;
		for (String id : ids) {
			try {
				if (this.commands.runOnAny(id, (Event event) -> event.eraseRegistrantsPersonalData(stamp))) {
					erased++;
				}
			}
			catch (RuntimeException ex) {
				// the next sweep tries again; the others are not held up by this one
				logger.warn("Retention: the registrants of event {} could not be erased: {}", id, ex.toString());
			}
		}
		if (erased > 0) {
			logger.info("Registrants' personal data erased from {} event(s) started before {}", erased, startedBefore);
		}
		return erased;
	}

}
