package fr.pes21.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the datasets of {@code demo-data/} (on the test class path at
 * {@code /datasets/}): the calls of docs/api.md a person would make, which each context's
 * dataset record turns into the facts its service would publish.
 */
public final class Datasets {

	private static final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private Datasets() {
	}

	/** The dataset at {@code location} on the test class path. */
	public static <T> T read(String location, Class<T> type) {
		try (InputStream in = Datasets.class.getResourceAsStream(location)) {
			if (in == null) {
				throw new IllegalArgumentException("No dataset at " + location);
			}
			return json.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The id of an item, derived from its path of refs (a name-based UUID), so reading a
	 * dataset twice gives the same facts: publishing them again is a replay, not new
	 * work.
	 */
	public static String id(String dataset, String path) {
		return UUID.nameUUIDFromBytes(("pes21-" + dataset + "-dataset/" + path).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	/** The list, or an empty one for an item the dataset leaves out. */
	public static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
