package fr.pes21.contracts.accompaniment;

/** The creation-support programme a project is accompanied in. */
public enum Programme {

	/** "Bénéfice Créa", funded by the Region. */
	BENEFICE_CREA,
	/** CRDVA: support to associations. */
	CRDVA,
	/** "Émergence": collective support. */
	EMERGENCE,
	/** Intake outside any programme. */
	OTHER

}
