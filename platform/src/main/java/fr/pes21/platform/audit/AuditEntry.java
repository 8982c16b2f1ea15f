package fr.pes21.platform.audit;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One fact of an aggregate's audit trail, active or withdrawn.
 *
 * @param fact the name of the fact (as published, e.g. {@code AccompanimentMeetingHeld})
 * @param id the fact's id
 * @param path the fact's URL ({@code 404} once withdrawn)
 * @param audit who recorded it and when, who withdrew it and when
 */
public record AuditEntry(@Schema(example = "AccompanimentMeetingHeld") String fact, String id, String path,
		@JsonUnwrapped AuditFields audit) {

	public static AuditEntry of(String fact, String path, Recorded recorded) {
		return new AuditEntry(fact, recorded.id(), path, AuditFields.of(recorded, true));
	}

}
