package fr.pes21.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A fact as a CloudEvent 1.0 in Kafka binary content mode: the attributes travel as
 * {@code ce_} headers and the JSON {@code data} is the record value. The record key is
 * the {@link #subject()}, so the facts of one aggregate stay in order on one partition.
 *
 * @param id unique per fact occurrence, stable across retries
 * @param type {@code fr.pes21.<context>.<FactName>.v<N>}
 * @param source {@code /pes21/<service>}
 * @param subject the aggregate id
 * @param time when the fact was recorded (not its business date, which is
 * {@code data.occurredOn})
 * @param data the fact's JSON
 */
public record FactEnvelope(String id, String type, String source, String subject, Instant time, byte[] data) {

	public static final String SPEC_VERSION = "1.0";

	public static final String CONTENT_TYPE = "application/json";

	/** Wraps a new fact recorded now by the given service. */
	public static FactEnvelope wrap(Fact fact, String service, Instant recordedAt) {
		return new FactEnvelope(UUID.randomUUID().toString(), FactCatalog.of(fact).cloudEventType(),
				"/pes21/" + service, fact.subject(), recordedAt, FactJson.write(fact));
	}

	/** The fact this envelope carries, read with the catalog's record for its type. */
	public Fact fact() {
		FactType factType = FactCatalog.byCloudEventType(this.type)
			.orElseThrow(() -> new MalformedFact("unknown fact type '" + this.type + "'"));
		try {
			return FactJson.read(this.data, factType.javaType());
		}
		catch (RuntimeException ex) {
			throw new MalformedFact("unreadable data for " + this.type + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The Kafka headers of binary content mode, raw UTF-8 values as the CloudEvents Kafka
	 * binding requires.
	 */
	public Map<String, byte[]> binaryHeaders() {
		Map<String, byte[]> headers = new LinkedHashMap<>();
		headers.put("ce_specversion", utf8(SPEC_VERSION));
		headers.put("ce_id", utf8(this.id));
		headers.put("ce_type", utf8(this.type));
		headers.put("ce_source", utf8(this.source));
		headers.put("ce_subject", utf8(this.subject));
		headers.put("ce_time", utf8(this.time.toString()));
		headers.put("content-type", utf8(CONTENT_TYPE));
		return headers;
	}

	/**
	 * Reads an envelope back from message headers (values as {@code byte[]} or
	 * {@code String}, as message frameworks hand them over) and the record value.
	 * @throws MalformedFact when a required attribute is missing or unreadable
	 */
	public static FactEnvelope fromBinaryHeaders(Map<String, ?> headers, byte[] data) {
		String specVersion = header(headers, "ce_specversion");
		if (!SPEC_VERSION.equals(specVersion)) {
			throw new MalformedFact("unsupported CloudEvents specversion '" + specVersion + "'");
		}
		if (data == null || data.length == 0) {
			throw new MalformedFact("empty data");
		}
		try {
			return new FactEnvelope(header(headers, "ce_id"), header(headers, "ce_type"), header(headers, "ce_source"),
					header(headers, "ce_subject"), Instant.parse(header(headers, "ce_time")), data);
		}
		catch (DateTimeParseException ex) {
			throw new MalformedFact("unreadable ce_time", ex);
		}
	}

	private static String header(Map<String, ?> headers, String name) {
		Object value = headers.get(name);
		String text = switch (value) {
			case byte[] bytes -> new String(bytes, StandardCharsets.UTF_8);
			case String string -> string;
			case null -> null;
			default -> value.toString();
		};
		if (text == null || text.isBlank()) {
			throw new MalformedFact("missing CloudEvents attribute " + name);
		}
		return text;
	}

	private static byte[] utf8(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
