package fr.pes21.dla.engineering;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/dla/engineerings/{id}/participants}: {@code joinedOn}, the day
 * the structure took part from, is optional (the engineering's start). {@code date}, its
 * former name, is still read.
 */
record NewParticipant(@NotBlank @Size(max = 100) String structureId, @JsonAlias("date") LocalDate joinedOn) {

}
