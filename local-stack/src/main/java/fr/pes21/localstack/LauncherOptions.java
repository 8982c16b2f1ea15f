package fr.pes21.localstack;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The launcher's command line and environment read into a command and a
 * {@link StackConfig}, refusing (one line, exit code 2) what does not make sense.
 */
final class LauncherOptions {

	static final Set<String> COMMANDS = Set.of("up", "down", "status", "restart", "backup", "restore", "demo", "help");

	private static final Set<String> OPTIONS = Set.of("--root", "--local-dir", "--ports-base", "--timeout",
			"--gateway-address");

	/** Commands that take one argument: the process, the archive. */
	private static final Set<String> WITH_ARGUMENT = Set.of("restart", "backup", "restore");

	private LauncherOptions() {
	}

	/** The command word and its argument (if it takes one), after checking the rest. */
	record Command(String name, String argument) {
	}

	static Command command(Arguments arguments) {
		String command = arguments.positional().isEmpty() ? "help" : arguments.positional().getFirst();
		if (arguments.has("--help") || arguments.has("-h")) {
			command = "help";
		}
		for (String option : arguments.optionNames()) {
			if (!OPTIONS.contains(option)) {
				throw new StackRefused("Unknown option " + option + " (see ./pes21 help).");
			}
		}
		if (!COMMANDS.contains(command)) {
			throw new StackRefused("Unknown command '" + command
					+ "' (commands: up, down, status, restart, backup, restore, demo, help).");
		}
		int expected = WITH_ARGUMENT.contains(command) ? 2 : 1;
		if (arguments.positional().size() > expected && !command.equals("help")) {
			throw new StackRefused(
					"Unexpected argument " + arguments.positional().get(expected) + " (see ./pes21 help).");
		}
		if (expected == 2 && arguments.positional().size() < 2) {
			throw new StackRefused(switch (command) {
				case "restart" -> "restart needs the name of a process, e.g. ./pes21 restart dla-service.";
				default -> command + " needs the archive's file name, e.g. ./pes21 " + command + " pes21-backup.zip.";
			});
		}
		for (String flag : List.of("--background", "--with-prometheus", "--gateway-address",
				BackgroundLaunch.DETACHED)) {
			if ((arguments.has(flag) || arguments.optionNames().contains(flag)) && !command.equals("up")) {
				throw new StackRefused(flag + " goes with up only (see ./pes21 help).");
			}
		}
		return new Command(command, (expected == 2) ? arguments.positional().get(1) : null);
	}

	static StackConfig configuration(Arguments arguments, Map<String, String> environment) {
		Path root = Path.of(arguments.value("--root", "pes21.root", "")).toAbsolutePath().normalize();
		StackConfig config = StackConfig.forRepository(root, environment);
		String localDir = arguments.value("--local-dir", "pes21.local-dir", environment.get("PES21_LOCAL_DIR"));
		if (localDir != null && !localDir.isBlank()) {
			config = config.withLocalDir(Path.of(localDir));
		}
		String portsBase = arguments.value("--ports-base", "pes21.ports-base", environment.get("PES21_PORTS_BASE"));
		if (portsBase != null && !portsBase.isBlank()) {
			try {
				config = config
					.withPorts(StackPorts.basedAt(Integer.parseInt(portsBase.strip())).withEnvironment(environment));
			}
			catch (NumberFormatException ex) {
				throw new StackRefused("--ports-base must be a port number, not '" + portsBase + "'.");
			}
		}
		int timeout = arguments.intValue("--timeout", "pes21.timeout",
				(int) StackConfig.DEFAULT_READINESS_TIMEOUT.toSeconds());
		if (timeout < 1) {
			throw new StackRefused("--timeout must be a positive number of seconds.");
		}
		String gatewayAddress = arguments.value("--gateway-address", null, null);
		if (gatewayAddress != null) {
			config = config.withGatewayAddress(gatewayAddress);
		}
		if (arguments.has("--with-prometheus")) {
			config = config.withPrometheus(prometheusBinary(environment).orElseThrow(() -> new StackRefused(
					"Prometheus is not installed (--with-prometheus runs it): install Debian's package with "
							+ "sudo apt-get install prometheus (then sudo systemctl disable --now prometheus, or "
							+ "set PES21_PROMETHEUS_PORT, since its own service takes port 9090), or start without "
							+ "--with-prometheus.")));
		}
		return config.withReadinessTimeout(Duration.ofSeconds(timeout));
	}

	/** The {@code prometheus} executable found on the {@code PATH}, as a shell would. */
	static Optional<Path> prometheusBinary(Map<String, String> environment) {
		String path = environment.getOrDefault("PATH", "");
		for (String directory : path.split(File.pathSeparator)) {
			if (directory.isBlank()) {
				continue;
			}
			Path candidate = Path.of(directory, PidFiles.PROMETHEUS);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
