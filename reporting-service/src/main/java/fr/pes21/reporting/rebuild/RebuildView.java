package fr.pes21.reporting.rebuild;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A rebuild's progress: {@code {"status", "processed", "total", "skipped", "startedAt",
 * "finishedAt", "error"}}, {@code finishedAt} once it is over, {@code error} when it
 * failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RebuildView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Rebuild.Status status, long processed, long total,
		long skipped, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant startedAt,
		@Schema(description = "Once it is over") Instant finishedAt,
		@Schema(description = "When it failed") String error) {

	static RebuildView of(Rebuild rebuild) {
		return new RebuildView(rebuild.id(), rebuild.status(), rebuild.processed(), rebuild.total(), rebuild.skipped(),
				rebuild.startedAt(), rebuild.finishedAt(), rebuild.error());
	}

}
