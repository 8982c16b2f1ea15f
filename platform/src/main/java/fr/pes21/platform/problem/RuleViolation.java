package fr.pes21.platform.problem;

/**
 * A well-formed request that a domain rule refuses (a completion before its start, a
 * creation recorded twice...): answered {@code 422} with the rule in the detail, and
 * nothing changes.
 */
public class RuleViolation extends RuntimeException {

	public RuleViolation(String rule) {
		super(rule);
	}

}
