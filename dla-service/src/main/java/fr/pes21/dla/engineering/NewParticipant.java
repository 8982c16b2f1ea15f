package fr.pes21.dla.engineering;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/dla/engineerings/{id}/participants}; {@code date}, the day the
 * structure joined, is optional (the day it is recorded, or the engineering's start if
 * that is later).
 */
record NewParticipant(@NotBlank @Size(max = 100) String structureId, LocalDate date) {

}
