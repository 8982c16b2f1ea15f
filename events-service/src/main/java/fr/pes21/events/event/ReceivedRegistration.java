package fr.pes21.events.event;

import fr.pes21.events.event.Registration.Status;

/**
 * The answer to {@code POST /api/events/{id}/registrations}: the registration's id and
 * whether it has a place ({@code CONFIRMED}) or is on the waiting list
 * ({@code WAITLISTED}).
 */
record ReceivedRegistration(String id, Status status) {

}
