package fr.pes21.localstack;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code up --background}: the launcher itself, detached (a session of its own, output in
 * {@code .local/logs/launcher.log}), starts the stack and stays to supervise it; this
 * process shows its output until the stack is ready (or the launcher gave up), then
 * returns. {@code ./pes21 down} stops the detached launcher, which stops the rest.
 */
final class BackgroundLaunch {

	/** The line the launcher prints once it supervises a ready stack. */
	static final String SUPERVISING = "Supervising PES 21";

	/** The launcher's own flag: run {@code up} as the detached supervisor. */
	static final String DETACHED = "--detached";

	private static final Path SETSID = Path.of("/usr/bin/setsid");

	private BackgroundLaunch() {
	}

	/**
	 * Starts the detached launcher with these arguments (those of {@code up}, without
	 * {@code --background}) and follows its log; the exit code to return.
	 */
	static int start(StackConfig config, List<String> upArguments, PrintStream out) {
		Path log = config.logsDir().resolve("launcher.log");
		List<String> command = new ArrayList<>();
		if (Files.isExecutable(SETSID)) {
			command.add(SETSID.toString());
		}
		command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), Topology.SMALL_FIRST_HEAP,
				"-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dpes21.component=" + PidFiles.LAUNCHER,
				"-cp", System.getProperty("java.class.path"), LocalStack.class.getName()));
		command.addAll(upArguments);
		command.add(DETACHED);
		Process launcher;
		try {
			Files.createDirectories(log.getParent());
			if (Files.exists(log)) {
				Files.move(log, log.resolveSibling("launcher.log.1"), StandardCopyOption.REPLACE_EXISTING);
			}
			Files.writeString(log, "");
			launcher = new ProcessBuilder(command).directory(config.repository().toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new StackFailed("Could not start the launcher in the background: " + ex.getMessage());
		}
		return follow(launcher, log, out);
	}

	/**
	 * Echoes the launcher's log until it says it supervises the stack (0) or it ends (its
	 * exit code).
	 */
	private static int follow(Process launcher, Path log, PrintStream out) {
		long position = 0;
		StringBuilder partial = new StringBuilder();
		try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
			while (true) {
				boolean ended = !launcher.isAlive();
				long length = file.length();
				if (length > position) {
					byte[] bytes = new byte[(int) Math.min(length - position, 1 << 20)];
					file.seek(position);
					file.readFully(bytes);
					position += bytes.length;
					partial.append(new String(bytes, StandardCharsets.UTF_8));
					int newline;
					while ((newline = partial.indexOf("\n")) >= 0) {
						String line = partial.substring(0, newline);
						partial.delete(0, newline + 1);
						if (line.startsWith(SUPERVISING)) {
							out.println("Running in the background, supervised by the launcher (pid " + launcher.pid()
									+ ", log " + log + "): ./pes21 status to look, ./pes21 down to stop.");
							return 0;
						}
						out.println(line);
					}
					continue;
				}
				if (ended) {
					if (!partial.isEmpty()) {
						out.println(partial);
					}
					return launcher.exitValue();
				}
				launcher.waitFor(200, TimeUnit.MILLISECONDS);
			}
		}
		catch (IOException ex) {
			throw new StackFailed("Could not read " + log + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StackFailed("Interrupted; the launcher goes on in the background (see " + log + ").");
		}
	}

}
