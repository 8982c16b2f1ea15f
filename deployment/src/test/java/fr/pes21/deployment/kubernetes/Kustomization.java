package fr.pes21.deployment.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What {@code kustomize build} makes of a directory, for the part of kustomize that
 * {@code k8s/} and {@code ops/grafana} use, with no kustomize binary.
 * <p>
 * Emulated: {@code resources} (files, several documents each, and directories, built
 * recursively), {@code namespace}, {@code images} ({@code newName}, {@code newTag},
 * {@code digest}, on the containers of pod templates), {@code configMapGenerator}
 * ({@code files}, {@code envs}, {@code literals}) with {@code generatorOptions}
 * ({@code labels}, {@code annotations}) and {@code patches} holding JSON 6902 operations
 * ({@code add}, {@code replace}, {@code remove}; {@code replace} and {@code remove} fail
 * on a missing path, as kustomize does) with a {@code target} by {@code group},
 * {@code version}, {@code kind} and {@code name} (a regular expression matching the whole
 * name). Like kustomize, it reads no file outside a kustomization's directory (a
 * directory outside is another kustomization, and allowed).
 * <p>
 * Not emulated: the hash kustomize appends to a generated ConfigMap's name (names stay as
 * written, and kustomize rewrites every reference to the hashed name the same way),
 * strategic merge patches, labels and name transformers, replicas, secret generators,
 * components, remote resources. A kustomization using any field this class does not know
 * fails, so a check never passes on a feature it ignores. Where {@code kubectl} is
 * installed, {@code KustomizationTests} compares this with {@code kubectl kustomize}.
 */
final class Kustomization {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "namespace", "images",
			"patches", "configMapGenerator", "generatorOptions");

	private static final Set<String> TARGET_FIELDS = Set.of("group", "version", "kind", "name");

	private static final Set<String> GENERATOR_FIELDS = Set.of("name", "files", "envs", "literals");

	private static final Set<String> GENERATOR_OPTIONS = Set.of("labels", "annotations", "disableNameSuffixHash");

	private static final Set<String> IMAGE_FIELDS = Set.of("name", "newName", "newTag", "digest");

	private Kustomization() {
	}

	/** Every resource the kustomization in {@code directory} builds, in order. */
	static List<ObjectNode> build(Path kustomizationDirectory) {
		Path directory = kustomizationDirectory.toAbsolutePath().normalize();
		Path file = directory.resolve("kustomization.yaml");
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("no kustomization.yaml in " + directory);
		}
		ObjectNode kustomization = (ObjectNode) readDocuments(file).getFirst();
		for (String field : kustomization.propertyNames()) {
			if (!FIELDS.contains(field)) {
				throw unsupported(file, field);
			}
		}
		List<ObjectNode> resources = new ArrayList<>();
		for (JsonNode entry : kustomization.path("resources")) {
			Path resource = directory.resolve(entry.asString()).normalize();
			if (Files.isDirectory(resource)) {
				resources.addAll(build(resource));
			}
			else {
				readDocuments(inside(directory, resource)).forEach((document) -> resources.add((ObjectNode) document));
			}
		}
		resources.addAll(configMaps(directory, kustomization));
		requireUniqueIds(resources, file);
		for (JsonNode patch : kustomization.path("patches")) {
			patch(resources, patch, file);
		}
		if (kustomization.has("namespace")) {
			String namespace = kustomization.get("namespace").asString();
			resources.forEach((resource) -> metadata(resource).put("namespace", namespace));
		}
		for (JsonNode image : kustomization.path("images")) {
			requireOnly(image, IMAGE_FIELDS, file, "images");
			resources.forEach((resource) -> setImages(resource, image));
		}
		return resources;
	}

	private static List<ObjectNode> configMaps(Path directory, ObjectNode kustomization) {
		JsonNode options = kustomization.path("generatorOptions");
		requireOnly(options, GENERATOR_OPTIONS, directory, "generatorOptions");
		List<ObjectNode> configMaps = new ArrayList<>();
		for (JsonNode generator : kustomization.path("configMapGenerator")) {
			requireOnly(generator, GENERATOR_FIELDS, directory, "configMapGenerator");
			ObjectNode data = JsonNodeFactory.instance.objectNode();
			for (JsonNode entry : generator.path("files")) {
				String[] keyAndPath = entry.asString().split("=", 2);
				Path source = inside(directory, directory.resolve(keyAndPath[keyAndPath.length - 1]).normalize());
				String key = (keyAndPath.length == 2) ? keyAndPath[0] : source.getFileName().toString();
				data.put(key, read(source));
			}
			for (JsonNode entry : generator.path("envs")) {
				envLines(read(inside(directory, directory.resolve(entry.asString()).normalize()))).forEach(data::put);
			}
			for (JsonNode entry : generator.path("literals")) {
				String[] pair = entry.asString().split("=", 2);
				data.put(pair[0], pair[1]);
			}
			ObjectNode configMap = JsonNodeFactory.instance.objectNode();
			configMap.put("apiVersion", "v1");
			configMap.put("kind", "ConfigMap");
			ObjectNode metadata = configMap.putObject("metadata");
			metadata.put("name", generator.path("name").asString());
			if (options.has("labels")) {
				metadata.set("labels", options.get("labels").deepCopy());
			}
			if (options.has("annotations")) {
				metadata.set("annotations", options.get("annotations").deepCopy());
			}
			configMap.set("data", data);
			configMaps.add(configMap);
		}
		return configMaps;
	}

	/** The lines {@code KEY=value} of an env file, as kustomize reads them. */
	private static Map<String, String> envLines(String content) {
		Map<String, String> variables = new LinkedHashMap<>();
		for (String line : content.split("\n", -1)) {
			String trimmed = line.strip();
			if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
				String[] pair = trimmed.split("=", 2);
				variables.put(pair[0], (pair.length == 2) ? pair[1] : "");
			}
		}
		return variables;
	}

	private static void patch(List<ObjectNode> resources, JsonNode patch, Path file) {
		requireOnly(patch, Set.of("target", "patch"), file, "patches");
		JsonNode target = patch.path("target");
		requireOnly(target, TARGET_FIELDS, file, "patches.target");
		JsonNode operations = YAML.readTree(patch.path("patch").asString());
		if (!operations.isArray()) {
			throw new IllegalStateException(file + ": only JSON 6902 patches (a list of operations) are emulated");
		}
		List<ObjectNode> targets = resources.stream().filter((resource) -> matches(target, resource)).toList();
		if (targets.isEmpty()) {
			throw new IllegalStateException(file + ": no resource matches the patch target " + target);
		}
		for (ObjectNode resource : targets) {
			for (JsonNode operation : operations) {
				JsonPatch.apply(resource, operation);
			}
		}
	}

	private static boolean matches(JsonNode target, ObjectNode resource) {
		String[] apiVersion = resource.path("apiVersion").asString().split("/", 2);
		String group = (apiVersion.length == 2) ? apiVersion[0] : "";
		String version = apiVersion[apiVersion.length - 1];
		return matches(target.path("group"), group) && matches(target.path("version"), version)
				&& matches(target.path("kind"), resource.path("kind").asString())
				&& matches(target.path("name"), resource.path("metadata").path("name").asString());
	}

	private static boolean matches(JsonNode pattern, String value) {
		return pattern.isMissingNode() || Pattern.matches(pattern.asString(), value);
	}

	private static void setImages(ObjectNode resource, JsonNode image) {
		JsonNode pod = resource.path("spec").path("template").path("spec");
		for (String field : List.of("containers", "initContainers")) {
			for (JsonNode container : pod.path(field)) {
				String current = container.path("image").asString();
				String name = image.get("name").asString();
				String rest = current.startsWith(name) ? current.substring(name.length()) : null;
				if (rest != null && (rest.isEmpty() || rest.startsWith(":") || rest.startsWith("@"))) {
					String tag = rest;
					if (image.has("newTag")) {
						tag = ":" + image.get("newTag").asString();
					}
					if (image.has("digest")) {
						tag = "@" + image.get("digest").asString();
					}
					String newName = image.has("newName") ? image.get("newName").asString() : name;
					((ObjectNode) container).put("image", newName + tag);
				}
			}
		}
	}

	/**
	 * A file a kustomization reads: kustomize refuses one outside the kustomization's
	 * directory (a directory outside is another kustomization, and allowed).
	 */
	private static Path inside(Path directory, Path file) {
		if (!file.startsWith(directory.normalize())) {
			throw new IllegalStateException(file + " is outside " + directory
					+ ": kustomize reads no file outside a kustomization's directory");
		}
		return file;
	}

	private static void requireUniqueIds(List<ObjectNode> resources, Path file) {
		Set<String> ids = new HashSet<>();
		for (ObjectNode resource : resources) {
			String id = resource.path("apiVersion").asString() + " " + resource.path("kind").asString() + " "
					+ resource.path("metadata").path("name").asString();
			if (!ids.add(id)) {
				throw new IllegalStateException(file + ": " + id + " is defined twice");
			}
		}
	}

	private static void requireOnly(JsonNode node, Set<String> fields, Path file, String where) {
		if (node.isObject()) {
			for (String field : node.propertyNames()) {
				if (!fields.contains(field)) {
					throw unsupported(file, where + "." + field);
				}
			}
		}
	}

	private static IllegalStateException unsupported(Path file, String field) {
		return new IllegalStateException(
				file + ": '" + field + "' is not emulated by " + Kustomization.class.getSimpleName()
						+ "; emulate it there (and compare with kubectl kustomize) before using it");
	}

	private static ObjectNode metadata(ObjectNode resource) {
		return (resource.get("metadata") instanceof ObjectNode metadata) ? metadata : resource.putObject("metadata");
	}

	/** The non-empty YAML documents of a file. */
	static List<JsonNode> readDocuments(Path file) {
		return readDocuments(read(file));
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

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** JSON 6902 operations on a resource, paths as JSON pointers. */
	static final class JsonPatch {

		private JsonPatch() {
		}

		static void apply(ObjectNode resource, JsonNode operation) {
			String op = operation.path("op").asString();
			List<String> path = pointer(operation.path("path").asString());
			JsonNode parent = resource;
			for (String token : path.subList(0, path.size() - 1)) {
				parent = child(parent, token);
				if (parent == null) {
					throw new IllegalStateException(op + " " + operation.path("path").asString() + ": no such path in "
							+ resource.path("kind").asString() + " "
							+ resource.path("metadata").path("name").asString());
				}
			}
			String last = path.getLast();
			boolean exists = child(parent, last) != null;
			if (!exists && !"add".equals(op)) {
				throw new IllegalStateException(op + " " + operation.path("path").asString() + ": no such path in "
						+ resource.path("kind").asString() + " " + resource.path("metadata").path("name").asString());
			}
			switch (op) {
				case "add", "replace" -> set(parent, last, operation.get("value").deepCopy(), "add".equals(op));
				case "remove" -> remove(parent, last);
				default -> throw new IllegalStateException("JSON 6902 operation '" + op + "' is not emulated");
			}
		}

		private static List<String> pointer(String path) {
			if (!path.startsWith("/")) {
				throw new IllegalStateException("not a JSON pointer: " + path);
			}
			List<String> tokens = new ArrayList<>();
			for (String token : path.substring(1).split("/", -1)) {
				tokens.add(token.replace("~1", "/").replace("~0", "~"));
			}
			return tokens;
		}

		private static JsonNode child(JsonNode node, String token) {
			if (node instanceof ObjectNode object) {
				return object.get(token);
			}
			if (node instanceof ArrayNode array && token.matches("\\d+")) {
				return array.get(Integer.parseInt(token));
			}
			return null;
		}

		private static void set(JsonNode parent, String token, JsonNode value, boolean insert) {
			if (parent instanceof ObjectNode object) {
				object.set(token, value);
			}
			else if (parent instanceof ArrayNode array) {
				if ("-".equals(token)) {
					array.add(value);
				}
				else if (insert) {
					array.insert(Integer.parseInt(token), value);
				}
				else {
					array.set(Integer.parseInt(token), value);
				}
			}
		}

		private static void remove(JsonNode parent, String token) {
			if (parent instanceof ObjectNode object) {
				object.remove(token);
			}
			else if (parent instanceof ArrayNode array) {
				array.remove(Integer.parseInt(token));
			}
		}

	}

}
