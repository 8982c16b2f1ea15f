package fr.pes21.deployment.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import fr.pes21.deployment.Suite;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What {@code kubectl kustomize} builds from a kustomization, the resources a
 * {@code kubectl apply -k} would send. kubectl is found, in this order, at
 * {@code $PES21_KUBECTL}, at {@code .local/tools/bin/kubectl} (where
 * {@code ops/install-check-tools} puts it) and on the {@code PATH}; without it the check
 * fails, saying how to install it, and never passes by skipping.
 */
final class Kustomize {

	/** What to run where kubectl is missing (or its kustomize too old for k8s/). */
	static final String INSTALL = "ops/install-check-tools (installs kubectl with kustomize 5 into .local/tools/bin)";

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	/** Each kustomization is built once per test run: kubectl takes a second or so. */
	private static final Map<Path, List<ObjectNode>> BUILT = new ConcurrentHashMap<>();

	private Kustomize() {
	}

	/**
	 * The resources the kustomization in {@code directory} builds, as fresh copies a test
	 * may change.
	 */
	static List<ObjectNode> build(Path directory) {
		Path normalized = directory.toAbsolutePath().normalize();
		return BUILT.computeIfAbsent(normalized, (key) -> build(key, kubectl()))
			.stream()
			.map(ObjectNode::deepCopy)
			.toList();
	}

	/**
	 * The resources {@code kubectl} builds from the kustomization in {@code directory}.
	 */
	static List<ObjectNode> build(Path directory, Path kubectl) {
		return readDocuments(run(kubectl, directory)).stream().map(ObjectNode.class::cast).toList();
	}

	/** The kubectl to run: see the class comment. */
	static Path kubectl() {
		Optional<Path> configured = Optional.ofNullable(System.getenv("PES21_KUBECTL")).map(Path::of);
		Path installed = Suite.root().resolve(".local/tools/bin/kubectl");
		Optional<Path> onPath = Optional.ofNullable(System.getenv("PATH"))
			.stream()
			.flatMap((path) -> List.of(path.split(java.io.File.pathSeparator)).stream())
			.filter((entry) -> !entry.isBlank())
			.map((entry) -> Path.of(entry, "kubectl"))
			.filter(Files::isExecutable)
			.findFirst();
		return configured.or(() -> Optional.of(installed).filter(Files::isExecutable))
			.or(() -> onPath)
			.orElseThrow(() -> new AssertionError("kubectl is needed to build k8s/ (kubectl kustomize) and was found"
					+ " neither at $PES21_KUBECTL, nor at " + installed + ", nor on the PATH: run " + INSTALL));
	}

	private static String run(Path kubectl, Path directory) {
		Path errors = null;
		try {
			errors = Files.createTempFile("kubectl", ".err");
			Process process;
			try {
				process = new ProcessBuilder(kubectl.toString(), "kustomize", directory.toString())
					.redirectError(errors.toFile())
					.start();
			}
			catch (IOException ex) {
				throw new AssertionError("cannot run " + kubectl + " (" + ex.getMessage() + "): run " + INSTALL, ex);
			}
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(kubectl + " kustomize " + directory + " did not end within 120 s");
			}
			if (process.exitValue() != 0) {
				throw new AssertionError(
						kubectl + " kustomize " + directory + " failed: " + Files.readString(errors).strip()
								+ " (a kubectl whose kustomize is older than 5? run " + INSTALL + ")");
			}
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			if (errors != null) {
				errors.toFile().delete();
			}
		}
	}

	/** The non-empty YAML documents of a file. */
	static List<JsonNode> readDocuments(Path file) {
		try {
			return readDocuments(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The non-empty documents of YAML text. */
	static List<JsonNode> readDocuments(String yaml) {
		List<JsonNode> documents = new ArrayList<>();
		try (MappingIterator<JsonNode> iterator = YAML.readerFor(JsonNode.class).readValues(yaml)) {
			while (iterator.hasNext()) {
				JsonNode document = iterator.next();
				if (document != null && document.isObject() && !document.isEmpty()) {
					documents.add(document);
				}
			}
		}
		return documents;
	}

}
