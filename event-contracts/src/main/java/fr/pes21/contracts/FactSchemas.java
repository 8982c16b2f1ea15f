package fr.pes21.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks fact data against the JSON Schema of its type (draft 2020-12, formats asserted).
 */
public final class FactSchemas {

	private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

	private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
		.formatAssertionsEnabled(true)
		.build();

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

	private FactSchemas() {
	}

	/** The schema violations of an envelope's data; empty when it conforms. */
	public static List<String> violations(FactEnvelope envelope) {
		FactType type = FactCatalog.byCloudEventType(envelope.type())
			.orElseThrow(() -> new MalformedFact("unknown fact type '" + envelope.type() + "'"));
		return violations(type, envelope.data());
	}

	public static List<String> violations(FactType type, byte[] data) {
		JsonSchema schema = SCHEMAS.computeIfAbsent(type.schemaLocation(), FactSchemas::load);
		try {
			return schema.validate(JSON.readTree(data)).stream().map(ValidationMessage::getMessage).toList();
		}
		catch (IOException ex) {
			return List.of("data is not JSON: " + ex.getMessage());
		}
	}

	private static JsonSchema load(String location) {
		try (InputStream in = FactSchemas.class.getResourceAsStream(location)) {
			if (in == null) {
				throw new IllegalStateException("no schema at " + location);
			}
			return FACTORY.getSchema(in, CONFIG);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
