package fr.pes21.events.event;

import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/events/{id}/cancellation}; the reason is optional. */
record NewCancellation(@Size(max = 500) String reason) {

}
