package fr.pes21.platform.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.pes21.contracts.accompaniment.AccompanimentMeetingHeld;
import fr.pes21.contracts.accompaniment.MeetingKind;
import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.platform.outbox.OutboxAggregate;
import fr.pes21.platform.problem.RuleViolation;

import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A test aggregate: each meeting it records raises an {@link AccompanimentMeetingHeld}.
 */
@Document("notes")
public class Note extends OutboxAggregate {

	private String title;

	private int meetings;

	Note() {
	}

	public Note(String title) {
		this.id = UUID.randomUUID().toString();
		this.title = title;
	}

	public String meetingHeld(LocalDate on, Instant now) {
		if (on.getYear() < 2000) {
			throw new RuleViolation("A meeting cannot be dated before 2000");
		}
		String meetingId = UUID.randomUUID().toString();
		this.meetings++;
		raise(new AccompanimentMeetingHeld(meetingId, this.id, Programme.CRDVA, on, MeetingKind.FOLLOW_UP), now);
		return meetingId;
	}

	public String title() {
		return this.title;
	}

	public int meetings() {
		return this.meetings;
	}

}
