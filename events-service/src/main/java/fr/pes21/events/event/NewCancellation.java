package fr.pes21.events.event;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/events/{id}/cancellation}; the reason is optional. */
record NewCancellation(@Schema(example = "Salle indisponible") @Size(max = 500) String reason) {

}
