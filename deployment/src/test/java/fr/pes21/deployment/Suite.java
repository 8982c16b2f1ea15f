package fr.pes21.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.pes21.contracts.Topics;

/**
 * The suite as its modules describe it, the reference the deployment files are checked
 * against: a module of the root POM with a {@code src/main/resources/application.yaml}
 * naming itself is a deployable. Nothing here is listed by hand, so a new service is
 * found as soon as it is a module.
 */
public final class Suite {

	private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

	private static final Pattern NAME = Pattern.compile("(?m)^\\s{2,4}name:\\s*([a-z0-9-]+)\\s*$");

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

	private static final Pattern PORT = Pattern.compile("(?m)^\\s+port:\\s*\\$\\{SERVER_PORT:(\\d+)}");

	private Suite() {
	}

	/** The repository's root (the directory of the root POM). */
	public static Path root() {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null && !Files.exists(directory.resolve("mvnw"))) {
			directory = directory.getParent();
		}
		if (directory == null) {
			throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
		}
		return directory;
	}

	/** Every deployable, the gateway included, in the root POM's order. */
	public static List<SuiteService> services() {
		List<SuiteService> services = new ArrayList<>();
		Matcher modules = MODULE.matcher(read(root().resolve("pom.xml")));
		while (modules.find()) {
			Path module = root().resolve(modules.group(1));
			Path configuration = module.resolve("src/main/resources/application.yaml");
			if (Files.exists(configuration)) {
				String yaml = read(configuration);
				Matcher name = NAME.matcher(yaml);
				Matcher port = PORT.matcher(yaml);
				if (name.find() && port.find()) {
					services
						.add(new SuiteService(name.group(1), module, Integer.parseInt(port.group(1)), variables(yaml)));
				}
			}
		}
		return services;
	}

	/** The fact topics of the contract ({@link Topics}). */
	public static List<String> topics() {
		return Arrays.stream(Topics.class.getFields())
			.filter((field) -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
			.map(Suite::valueOf)
			.toList();
	}

	/** The dead-letter topic of every fact topic. */
	public static List<String> deadLetterTopics() {
		return topics().stream().map(Topics::deadLetters).toList();
	}

	private static Map<String, String> variables(String yaml) {
		Map<String, String> variables = new LinkedHashMap<>();
		Matcher variable = VARIABLE.matcher(yaml);
		while (variable.find()) {
			variables.putIfAbsent(variable.group(1), variable.group(2));
		}
		return variables;
	}

	private static String valueOf(Field field) {
		try {
			return (String) field.get(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
