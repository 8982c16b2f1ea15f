package fr.pes21.localstack.demo;

import tools.jackson.databind.JsonNode;

/**
 * Loads one context's dataset through the gateway. Each implementation states that
 * context's rules (what comes before what, what is withdrawn when) in one place.
 */
interface ContextLoader {

	/** The dataset file of this context, under {@code demo-data}. */
	String file();

	/**
	 * Records the dataset through the gateway.
	 * @return the summary line of this context, as printed
	 */
	String load(JsonNode dataset);

}
