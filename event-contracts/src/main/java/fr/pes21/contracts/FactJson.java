package fr.pes21.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of fact data, shared by producers and consumers: ISO dates, enum
 * names, absent optional values left out, unknown properties ignored (a consumer keeps
 * reading a newer schema version).
 */
public final class FactJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private FactJson() {
	}

	public static byte[] write(Fact fact) {
		return MAPPER.writeValueAsBytes(fact);
	}

	public static <T extends Fact> T read(byte[] data, Class<T> type) {
		return MAPPER.readValue(data, type);
	}

}
