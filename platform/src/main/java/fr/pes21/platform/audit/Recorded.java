package fr.pes21.platform.audit;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A fact recorded on an aggregate (a welcome, a meeting, a stage change...; the
 * aggregate's own creation too): its id, when and by whom it was recorded, and when and
 * by whom it was withdrawn. A withdrawn fact stays in its aggregate's document, inactive,
 * so that the audit trail keeps who did what (docs/decisions/0019).
 * <p>
 * An aggregate keeps it {@link Unwrapped unwrapped}: {@code @Unwrapped.Nullable Recorded
 * recorded} stores {@code _id}, {@code recordedAt}, {@code recordedBy},
 * {@code withdrawnAt} and {@code withdrawnBy} as fields of the fact's own sub-document
 * (or of the aggregate's document), the names documents had before this type, so
 * documents stored earlier read as they are (their {@code recordedBy} and
 * {@code withdrawnBy} are absent: {@code null}).
 *
 * @param id the fact's id (for an aggregate's creation, the aggregate's id)
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it (the subject of the request's token)
 * @param withdrawnAt when it was withdrawn, {@code null} while it is active
 * @param withdrawnBy who withdrew it
 */
public record Recorded(String id, Instant recordedAt, String recordedBy, Instant withdrawnAt, String withdrawnBy) {

	/** A fact recorded now, with a new id. */
	public static Recorded now(Stamp stamp) {
		return as(newId(), stamp);
	}

	/**
	 * A fact recorded now, with the id given (an aggregate's creation has the
	 * aggregate's).
	 */
	public static Recorded as(String id, Stamp stamp) {
		return new Recorded(id, stamp.at(), stamp.by(), null, null);
	}

	/**
	 * A new id for a fact or an aggregate: a random UUID (docs/api.md, "Conventions").
	 */
	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/** Whether the fact still stands (it was not withdrawn). */
	public boolean isActive() {
		return this.withdrawnAt == null;
	}

	/** The fact, withdrawn now. */
	public Recorded withdrawn(Stamp stamp) {
		return new Recorded(this.id, this.recordedAt, this.recordedBy, stamp.at(), stamp.by());
	}

}
