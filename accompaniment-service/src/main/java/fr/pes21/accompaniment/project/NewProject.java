package fr.pes21.accompaniment.project;

import java.time.LocalDate;
import java.util.List;

import fr.pes21.contracts.accompaniment.Programme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/accompaniment/projects}: the welcome of a project and its
 * holders.
 */
record NewProject(@NotBlank @Size(max = 200) String name, @NotNull Programme programme, @NotNull LocalDate welcomedOn,
		@NotBlank @Size(max = 100) String commune, @Size(max = 100) String sector,
		@NotEmpty @Size(max = 20) List<@NotNull @Valid NewHolder> holders) {

	/** A holder as given at the welcome. */
	record NewHolder(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
			@Email @Size(max = 254) String email,
			@Size(max = 30) @Pattern(regexp = "[0-9+().\\s-]*", message = "must be a phone number") String phone) {

		Holder toHolder() {
			return new Holder(this.firstName.strip(), this.lastName.strip(), blankToNull(this.email),
					blankToNull(this.phone));
		}

		private static String blankToNull(String text) {
			return (text == null || text.isBlank()) ? null : text.strip();
		}

	}

}
