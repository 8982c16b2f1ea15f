package fr.pes21.dla.structure;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/dla/structures}. */
record NewStructure(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String legalForm,
		@NotBlank @Size(max = 100) String commune, @Siret String siret,
		@PositiveOrZero @DecimalMax("100000") Double employeesFte) {

}
