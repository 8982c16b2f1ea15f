package fr.pes21.platform.audit;

import java.time.Instant;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who recorded a fact and when, and who withdrew it and when, as STAFF and ADMIN read
 * them in a fact's answer: a view puts it {@code @JsonUnwrapped}, so the four fields sit
 * beside the fact's own, and are absent for the other roles (the view holds {@code null})
 * and where empty (docs/decisions/0019).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditFields(@Schema(description = "STAFF and ADMIN only: when it was recorded") Instant recordedAt,
		@Schema(description = "STAFF and ADMIN only: who recorded it (user name); absent for what was recorded before the audit trail") String recordedBy,
		@Schema(description = "STAFF and ADMIN only: when it was withdrawn; absent while it stands") Instant withdrawnAt,
		@Schema(description = "STAFF and ADMIN only: who withdrew it (user name)") String withdrawnBy) {

	/** The roles that read the audit trail: those that read personal data. */
	private static final Set<String> READERS = Set.of("ROLE_STAFF", "ROLE_ADMIN");

	/** Whether this reader sees who recorded and withdrew facts: STAFF and ADMIN. */
	public static boolean shownTo(Authentication reader) {
		return reader != null
				&& reader.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(READERS::contains);
	}

	/**
	 * The fields of this fact, or {@code null} (nothing shown) for a reader who may not
	 * see them.
	 */
	public static AuditFields of(Recorded recorded, boolean shown) {
		return (shown && recorded != null) ? new AuditFields(recorded.recordedAt(), recorded.recordedBy(),
				recorded.withdrawnAt(), recorded.withdrawnBy()) : null;
	}

}
