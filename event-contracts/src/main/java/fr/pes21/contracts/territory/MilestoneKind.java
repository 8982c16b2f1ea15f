package fr.pes21.contracts.territory;

/**
 * Milestones of an initiative (founding general assembly, statutes, ESUS approval,
 * premises, funding, first hire, opening, inauguration...).
 */
public enum MilestoneKind {

	FOUNDING_ASSEMBLY, STATUTES, APPROVAL, PREMISES, FUNDING, FIRST_HIRE, OPENING, INAUGURATION, OTHER

}
