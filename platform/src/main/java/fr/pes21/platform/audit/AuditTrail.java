package fr.pes21.platform.audit;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Every fact recorded on an aggregate, withdrawn ones included, in the order they were
 * recorded, with who recorded and withdrew each and when: {@code GET .../{id}/audit}, for
 * STAFF and ADMIN, also once the aggregate itself was withdrawn (docs/decisions/0019).
 *
 * @param id the aggregate's id
 * @param entries its facts, the earliest recorded first
 */
@Schema(description = "The audit trail of an aggregate: every fact recorded on it, withdrawn ones included")
public record AuditTrail(String id, List<AuditEntry> entries) {

	public static AuditTrail of(String id, List<AuditEntry> entries) {
		return new AuditTrail(id,
				entries.stream()
					.sorted(Comparator.comparing((AuditEntry entry) -> entry.audit().recordedAt(),
							Comparator.nullsFirst(Comparator.<Instant>naturalOrder())))
					.toList());
	}

}
