package fr.pes21.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.opentest4j.AssertionFailedError;

/**
 * The API documents committed under {@code docs/api/} (what clients generate code from),
 * and the check that a running service's document is exactly its committed one, so that a
 * change of the contract is always a visible change in review.
 * <p>
 * After an intended change of an API, rewrite the committed documents instead of checking
 * them with the system property {@value #WRITE_PROPERTY} (docs/decisions/0011):
 * {@code ./mvnw -B verify -Dtest=ApiDocumentIntegrationTests -Dsurefire.failIfNoSpecifiedTests=false -Dpes21.api-docs.write=true}.
 */
public final class CommittedApiDocument {

	/** When {@code true}, the check writes the running document instead. */
	public static final String WRITE_PROPERTY = "pes21.api-docs.write";

	private CommittedApiDocument() {
	}

	/** {@code docs/api/} of the working tree (found from the module's directory up). */
	public static Path directory() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
				return dir.resolve("docs").resolve("api");
			}
		}
		throw new IllegalStateException("No docs/ beside mvnw above " + Path.of("").toAbsolutePath());
	}

	/**
	 * Fails unless {@code running} is the committed {@code docs/api/<name>.json}, or
	 * writes it there when {@value #WRITE_PROPERTY} is {@code true}.
	 */
	public static void check(String name, String running) {
		Path file = directory().resolve(name + ".json");
		String document = running.replace("\r\n", "\n").strip() + "\n";
		try {
			if (Boolean.getBoolean(WRITE_PROPERTY)) {
				Files.createDirectories(file.getParent());
				Files.writeString(file, document, StandardCharsets.UTF_8);
				return;
			}
			if (!Files.isRegularFile(file)) {
				throw new AssertionFailedError("docs/api/" + name + ".json is missing; " + howToRewrite());
			}
			String committed = Files.readString(file, StandardCharsets.UTF_8);
			if (!committed.equals(document)) {
				throw new AssertionFailedError("The API of " + name + " differs from docs/api/" + name + ".json ("
						+ firstDifference(committed, document) + "). If the change is intended, " + howToRewrite(),
						committed, document);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String howToRewrite() {
		return "rewrite the committed documents with -D" + WRITE_PROPERTY + "=true (see docs/decisions/0011) and "
				+ "commit them with the change.";
	}

	private static String firstDifference(String committed, String running) {
		List<String> before = committed.lines().toList();
		List<String> after = running.lines().toList();
		for (int line = 0; line < Math.max(before.size(), after.size()); line++) {
			String was = (line < before.size()) ? before.get(line) : "<end>";
			String is = (line < after.size()) ? after.get(line) : "<end>";
			if (!was.equals(is)) {
				return "first at line " + (line + 1) + ": committed '" + was.strip() + "', running '" + is.strip()
						+ "'";
			}
		}
		return "line endings";
	}

}
