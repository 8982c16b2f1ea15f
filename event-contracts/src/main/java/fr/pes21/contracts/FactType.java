package fr.pes21.contracts;

/**
 * One kind of fact in the catalog: its Java record, its bounded context and its schema
 * version.
 *
 * @param javaType the record that carries the data
 * @param context the producing context, as in the topic {@code pes21.<context>.events}
 * @param version the schema version, the {@code vN} suffix of the CloudEvents type
 */
public record FactType(Class<? extends Fact> javaType, String context, int version) {

	/** The fact's name in the past tense, e.g. {@code ProjectWelcomed}. */
	public String name() {
		return this.javaType.getSimpleName();
	}

	/**
	 * The CloudEvents {@code type}, e.g.
	 * {@code fr.pes21.accompaniment.ProjectWelcomed.v1}.
	 */
	public String cloudEventType() {
		return "fr.pes21." + this.context + "." + name() + ".v" + this.version;
	}

	/** Classpath location of the JSON Schema of this fact's {@code data}. */
	public String schemaLocation() {
		return "/schemas/" + this.context + "/" + name() + ".v" + this.version + ".json";
	}

	/** The topic this fact is published on. */
	public String topic() {
		return Topics.of(this.context);
	}

}
