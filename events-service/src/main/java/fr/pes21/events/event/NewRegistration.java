package fr.pes21.events.event;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/events/{id}/registrations}. Personal data: kept out of
 * {@link #toString()}, which frameworks may log.
 */
record NewRegistration(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email) {

	@Override
	public String toString() {
		return "NewRegistration[personal data not shown]";
	}

}
