package fr.pes21.events.event;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/events/{id}/registrations}. Personal data: kept out of
 * {@link #toString()}, which frameworks may log.
 */
record NewRegistration(@Schema(example = "Camille Durand") @NotBlank @Size(max = 200) String name,
		@Schema(example = "camille.durand@example.org") @NotBlank @Email @Size(max = 254) String email) {

	@Override
	public String toString() {
		return "NewRegistration[personal data not shown]";
	}

}
