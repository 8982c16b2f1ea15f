package fr.pes21.contracts;

/**
 * One kind of fact in the catalog: its name, its Java record, its bounded context and its
 * schema version. Each version of a fact has its own record and schema; a consumer reads
 * every version still on the topics (docs/decisions/0010).
 *
 * @param name the fact's name in the past tense, e.g. {@code ProjectWelcomed}, the same
 * for every version
 * @param javaType the record that carries the data of this version
 * @param context the producing context, as in the topic {@code pes21.<context>.events}
 * @param version the schema version, the {@code vN} suffix of the CloudEvents type
 */
public record FactType(String name, Class<? extends Fact> javaType, String context, int version) {

	/** A fact whose name is its record's, e.g. {@code ProjectWelcomed}. */
	public FactType(Class<? extends Fact> javaType, String context, int version) {
		this(javaType.getSimpleName(), javaType, context, version);
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
