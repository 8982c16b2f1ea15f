package fr.pes21.contracts.accompaniment;

import fr.pes21.contracts.Fact;

/**
 * A fact of the creation-support programmes; every one names its project and programme.
 */
public interface AccompanimentFact extends Fact {

	String projectId();

	Programme programme();

	@Override
	default String subject() {
		return projectId();
	}

}
