package fr.pes21.deployment.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.pes21.deployment.Suite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository explains itself to whoever clones it: no file points at documents
 * outside it (the design inputs it was written from, a path on the machine it was written
 * on). The project's own documents are in docs/ (domain.md, api.md, architecture.md).
 */
class SelfContainedRepositoryTests {

	/**
	 * Build output, dependencies and the local stack's data: not the repository's text.
	 */
	private static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules", ".local", ".idea", ".vscode");

	/**
	 * What leaves the repository: the design folder beside it, a path of the machine it
	 * was written on, the design documents by name (the project's own are lower case, in
	 * docs/). Links to public web pages (specifications) are fine.
	 */
	private static final List<Pattern> OUTSIDE = List.of(Pattern.compile("\\.\\./" + "shared\\b"),
			Pattern.compile("/work" + "/(shared|wt|main)\\b"),
			Pattern.compile("(?<![\\w/.-])(DOMAIN|API|ARCHITECTURE|STYLE)\\.md\\b"));

	/** A Markdown link's target: {@code [text](target)}. */
	private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s#]+)");

	@Test
	void linksToNothingOutsideTheRepository() {
		assertThat(outsideReferences(Suite.root())).isEmpty();
	}

	@Test
	void reportsALinkToTheDesignFolderADesignDocumentAndAPathAboveTheRoot(@TempDir Path root) throws IOException {
		Files.createDirectories(root.resolve("docs"));
		Files.writeString(root.resolve("README.md"),
				"See [the domain](docs/domain.md) and [it](../" + "shared/x.md).\n");
		Files.writeString(root.resolve("docs/notes.md"), "As DOMAIN" + ".md says; [up](../../elsewhere.md).\n");
		Files.writeString(root.resolve("Counting.java"), "// (docs/domain.md, \"DLA\")\n");

		assertThat(outsideReferences(root)).containsExactly("README.md:1: ../" + "shared",
				"README.md:1: ../" + "shared/x.md (outside the repository)", "docs/notes.md:1: DOMAIN" + ".md",
				"docs/notes.md:1: ../../elsewhere.md (outside the repository)");
	}

	/** Every reference that leaves {@code root}, as {@code file:line: what}. */
	private static List<String> outsideReferences(Path root) {
		List<String> found = new ArrayList<>();
		for (Path file : textFiles(root)) {
			List<String> lines = lines(file);
			String name = root.relativize(file).toString().replace('\\', '/');
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				for (Pattern outside : OUTSIDE) {
					Matcher matcher = outside.matcher(line);
					while (matcher.find()) {
						found.add(name + ":" + (i + 1) + ": " + matcher.group());
					}
				}
				if (name.endsWith(".md")) {
					Matcher link = MARKDOWN_LINK.matcher(line);
					while (link.find()) {
						String target = link.group(1);
						boolean relative = !target.contains(":") && !target.startsWith("/");
						if (target.startsWith("/")
								|| (relative && !file.getParent().resolve(target).normalize().startsWith(root))) {
							found.add(name + ":" + (i + 1) + ": " + target + " (outside the repository)");
						}
					}
				}
			}
		}
		return found;
	}

	private static List<Path> textFiles(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> root.relativize(file)
					.toString()
					.replace('\\', '/')
					.lines()
					.flatMap((path) -> Stream.of(path.split("/")))
					.noneMatch(SKIPPED::contains))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file's lines, none for a binary file (one holding a NUL byte). */
	private static List<String> lines(Path file) {
		try {
			byte[] bytes = Files.readAllBytes(file);
			for (byte b : bytes) {
				if (b == 0) {
					return List.of();
				}
			}
			return new String(bytes, StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
