package fr.pes21.contracts.events;

/**
 * Where a registration stands when it is received: within capacity, or on the waiting
 * list.
 */
public enum RegistrationStatus {

	CONFIRMED, WAITLISTED

}
