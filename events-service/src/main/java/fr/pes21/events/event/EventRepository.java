package fr.pes21.events.event;

import java.time.Instant;

import fr.pes21.platform.problem.UnknownResource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Range;
import org.springframework.data.mongodb.repository.MongoRepository;

interface EventRepository extends MongoRepository<Event, String> {

	Page<Event> findByRecordedWithdrawnAtIsNull(Pageable pageable);

	/** Events not withdrawn that start within {@code starts}. */
	Page<Event> findByStartsAtBetweenAndRecordedWithdrawnAtIsNull(Range<Instant> starts, Pageable pageable);

	/** The event with this id, unless it does not exist or was withdrawn. */
	default Event active(String id) {
		return findById(id).filter((event) -> !event.isWithdrawn()).orElseThrow(() -> new UnknownResource("event", id));
	}

}
