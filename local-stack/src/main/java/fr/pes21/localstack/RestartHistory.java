package fr.pes21.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The restarts of this run of the stack, in {@code .local/run/}: {@code <name>.restarts}
 * holds one line per restart (when, and why: how the process ended, or "on request"),
 * which {@code ./pes21 status} shows; {@code <name>.restart-requested} is how
 * {@code ./pes21 restart <name>} tells the supervisor that the process it is about to
 * stop should come back at once, not counted as a crash.
 */
final class RestartHistory {

	private static final String RESTARTS = ".restarts";

	private static final String REQUESTED = ".restart-requested";

	private final Path runDir;

	RestartHistory(Path runDir) {
		this.runDir = runDir;
	}

	/** A restart: when, and why. */
	record Restart(Instant at, String reason) {
	}

	/** Forgets the restarts of an earlier run. */
	void clear() {
		if (!Files.isDirectory(this.runDir)) {
			return;
		}
		try (Stream<Path> files = Files.list(this.runDir)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith(RESTARTS) || name.endsWith(REQUESTED)) {
					Files.deleteIfExists(file);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void requestRestart(String name) {
		write(this.runDir.resolve(name + REQUESTED), "", false);
	}

	/** Whether a restart of {@code name} was asked for (the request is then used up). */
	boolean takeRestartRequest(String name) {
		try {
			return Files.deleteIfExists(this.runDir.resolve(name + REQUESTED));
		}
		catch (IOException ex) {
			return false;
		}
	}

	void record(String name, Instant at, String reason) {
		write(this.runDir.resolve(name + RESTARTS), at + " " + reason.replace('\n', ' ') + "\n", true);
	}

	List<Restart> of(String name) {
		Path file = this.runDir.resolve(name + RESTARTS);
		if (!Files.exists(file)) {
			return List.of();
		}
		List<Restart> restarts = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				int space = line.indexOf(' ');
				if (space > 0) {
					try {
						restarts.add(new Restart(Instant.parse(line.substring(0, space)), line.substring(space + 1)));
					}
					catch (DateTimeParseException ex) {
						// a line cut short by a crash of the launcher: skipped
					}
				}
			}
		}
		catch (IOException ex) {
			return List.of();
		}
		return restarts;
	}

	private static void write(Path file, String text, boolean append) {
		try {
			Files.createDirectories(file.getParent());
			if (append) {
				Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND);
			}
			else {
				Files.writeString(file, text, StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
