package fr.pes21.reporting.rebuild;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A rebuild's progress: {@code {"status", "processed", "total", "skipped", "startedAt",
 * "finishedAt", "error"}}, {@code finishedAt} once it is over, {@code error} when it
 * failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RebuildView(String id, Rebuild.Status status, long processed, long total, long skipped, Instant startedAt,
		Instant finishedAt, String error) {

	static RebuildView of(Rebuild rebuild) {
		return new RebuildView(rebuild.id(), rebuild.status(), rebuild.processed(), rebuild.total(), rebuild.skipped(),
				rebuild.startedAt(), rebuild.finishedAt(), rebuild.error());
	}

}
