package fr.pes21.events.event;

import fr.pes21.platform.problem.RuleViolation;

/**
 * A registration for an e-mail address already registered for the event (and not
 * cancelled): a {@code 422} for who reads the registrations; the controller answers the
 * others as if they had registered, so that they cannot learn who is registered
 * (docs/decisions/0020).
 */
class AlreadyRegistered extends RuleViolation {

	private final transient Registration existing;

	AlreadyRegistered(Registration existing) {
		// The detail goes back to the caller only, and names no one.
		super("This e-mail address is already registered for this event; cancel that registration first to "
				+ "register it again.");
		this.existing = existing;
	}

	/** The registration already there. */
	Registration existing() {
		return this.existing;
	}

}
