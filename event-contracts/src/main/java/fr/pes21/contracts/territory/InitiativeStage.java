package fr.pes21.contracts.territory;

/** The stages of an initiative, in order; STOPPED ends it at any stage. */
public enum InitiativeStage {

	EMERGENCE, FEASIBILITY, CREATION, LAUNCHED, STOPPED

}
