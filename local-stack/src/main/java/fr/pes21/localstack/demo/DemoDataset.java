package fr.pes21.localstack.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every context loader does with its dataset entries: read the file, copy an entry's
 * fields into a request body, and derive the {@code Idempotency-Key} of an action on an
 * entry. The key must stay byte for byte what it was, or a database loaded by an earlier
 * run would be loaded twice.
 */
final class DemoDataset {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DemoDataset() {
	}

	/** The dataset {@code file} of {@code directory}, or a one-line failure. */
	static JsonNode read(Path directory, String file) {
		Path path = directory.resolve(file);
		try {
			return JSON.readTree(Files.readString(path));
		}
		catch (NoSuchFileException ex) {
			throw new DemoFailed("No demo data at " + path + " (run ./pes21 demo from the repository).", 2);
		}
		catch (IOException | JacksonException ex) {
			throw new DemoFailed("Cannot read " + path + ": " + ex.getMessage(), 2);
		}
	}

	/** The entry's fields named, in that order, leaving out those it does not have. */
	static Map<String, Object> fields(JsonNode entry, String... names) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (String name : names) {
			if (entry.hasNonNull(name)) {
				body.put(name, entry.get(name));
			}
		}
		return body;
	}

	/** The {@code id} of what an API answer describes. */
	static String id(JsonNode answer) {
		return answer.path("id").asString();
	}

	/**
	 * The Idempotency-Key of an action on a dataset entry:
	 * {@code pes21-demo/<dataset>/<segment>/...}, the same on every run, so a second run
	 * replays the first answers.
	 */
	static String key(String dataset, Object... path) {
		StringBuilder key = new StringBuilder("pes21-demo/").append(dataset);
		for (Object segment : path) {
			key.append('/').append(segment);
		}
		return key.toString();
	}

}
