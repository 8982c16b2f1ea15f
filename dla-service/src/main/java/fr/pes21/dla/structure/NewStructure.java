package fr.pes21.dla.structure;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/dla/structures}. */
record NewStructure(@Schema(example = "Le Cri de la Plume") @NotBlank @Size(max = 200) String name,
		@Schema(example = "Association loi 1901") @NotBlank @Size(max = 100) String legalForm,
		@Schema(example = "Dijon") @NotBlank @Size(max = 100) String commune,
		@Schema(description = "14 digits, unique among the structures", example = "44379696500013") @Siret String siret,
		@Schema(description = "Employees in full-time equivalents",
				example = "2.5") @PositiveOrZero @DecimalMax("100000") Double employeesFte) {

}
