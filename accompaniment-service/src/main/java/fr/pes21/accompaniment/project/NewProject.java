package fr.pes21.accompaniment.project;

import java.time.LocalDate;
import java.util.List;

import fr.pes21.contracts.accompaniment.Programme;
import io.swagger.v3.oas.annotations.media.Schema;
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
record NewProject(@Schema(example = "Épicerie solidaire de Sombernon") @NotBlank @Size(max = 200) String name,
		@Schema(example = "BENEFICE_CREA") @NotNull Programme programme,
		@Schema(description = "The day of the intake (accueil)", example = "2024-02-06") @NotNull LocalDate welcomedOn,
		@Schema(example = "Sombernon") @NotBlank @Size(max = 100) String commune,
		@Schema(example = "Alimentation") @Size(max = 100) String sector,
		@Schema(description = "The project holders (personal data, kept in this service)") @NotEmpty @Size(
				max = 20) List<@NotNull @Valid NewHolder> holders) {

	/** A holder as given at the welcome. */
	@Schema(name = "NewHolder")
	record NewHolder(@Schema(example = "Camille") @NotBlank @Size(max = 100) String firstName,
			@Schema(example = "Durand") @NotBlank @Size(max = 100) String lastName,
			@Schema(example = "camille.durand@example.org") @Email @Size(max = 254) String email,
			@Schema(example = "03 80 00 00 00") @Size(max = 30) @Pattern(regexp = "[0-9+().\\s-]*",
					message = "must be a phone number") String phone) {

		Holder toHolder() {
			return new Holder(this.firstName.strip(), this.lastName.strip(), blankToNull(this.email),
					blankToNull(this.phone));
		}

		private static String blankToNull(String text) {
			return (text == null || text.isBlank()) ? null : text.strip();
		}

	}

}
