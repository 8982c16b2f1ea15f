package fr.pes21.localstack;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.pes21.localstack.demo.DemoFailed;
import fr.pes21.localstack.demo.DemoLoader;

/**
 * The embedded default: a real Kafka broker, the MongoDB wire server, every service and
 * the gateway, each a {@code java} process of its own, started in order, waited for until
 * ready, supervised (a process that dies is restarted), stopped in reverse order. This
 * class reads the command and hands over: {@link LauncherOptions} (command line and
 * environment), {@link Preflight} (refusals), {@link Topology} (what runs, how),
 * {@link Secrets}, {@link StackStarter} (start and readiness), {@link Supervisor},
 * {@link BackgroundLaunch}, {@link StatusReport}, {@link StopCommands} ({@code down},
 * {@code restart}), {@link Backup} ({@code backup}, {@code restore}).
 * <p>
 * {@link #start(StackConfig)} is the same launch as a Java API, for the end-to-end tests.
 */
public final class LocalStack {

	private static final String USAGE = """
			Usage: ./pes21 <command> [options]

			Commands:
			  up [--background] [--with-prometheus] [--gateway-address <address>]
			                      start Kafka, the MongoDB wire server, the services and the gateway; wait until
			                      all are ready, then supervise them: a process that dies is restarted (after
			                      1 s, 2 s, 4 s... up to 30 s; more than 5 deaths of one process within 10 minutes
			                      stop everything). Ctrl-C stops everything. --background returns once ready and
			                      leaves the launcher supervising in the background (log: <local-dir>/logs/
			                      launcher.log). --with-prometheus also starts Prometheus (Debian's package: apt-get
			                      install prometheus) on 127.0.0.1:9090 with ops/prometheus/'s jobs and alerting
			                      rules. --gateway-address: where the gateway listens (default: every interface);
			                      everything else listens on 127.0.0.1 only
			  down                stop everything (the launcher stops the processes in reverse order)
			  status              what runs, on which port, ready or not, pid, restarts; where each service's metrics are
			  restart <name>      stop one process (kafka, mongo, a service, gateway); the supervisor starts it again
			  backup <file>       write the store, the topics and the secrets of <local-dir> into a zip archive, while
			                      the suite runs (the stores are paused a moment for a consistent copy) or is stopped
			  restore <file>      bring a backup back into a stopped suite (what it replaces is moved aside)
			  demo                load the 2024 activity of demo-data/ into the running stack through the gateway
			                      (as admin, with PES21_ADMIN_PASSWORD); running it again changes nothing
			  help                this text

			Options:
			  --root <dir>        the repository (built jars are found there); default: the working directory
			  --local-dir <dir>   data, logs and pid files; default <root>/.local
			  --ports-base <port> the gateway's port; every other port moves with it (8080 -> 8081..8085, 9092, 27017)
			  --timeout <seconds> how long up (and restart) waits for everything to be ready (default 180)

			Environment: PES21_ADMIN_PASSWORD (required by up and demo), PES21_JWT_SECRET (default: generated once into
			.local/jwt-secret), PES21_WEBHOOK_SECRET_KEY (default: generated once into .local/webhook-secret-key),
			PES21_GATEWAY_ADDRESS, PES21_GATEWAY_PORT, PES21_KAFKA_PORT, PES21_MONGO_PORT, PES21_PROMETHEUS_PORT,
			PES21_<SERVICE>_PORT.
			""";

	private LocalStack() {
	}

	public static void main(String[] args) {
		int exitCode;
		try {
			exitCode = run(args, System.getenv(), System.out);
		}
		catch (StackRefused ex) {
			System.err.println(ex.getMessage());
			exitCode = StackRefused.EXIT_CODE;
		}
		catch (StackFailed ex) {
			System.err.println(ex.getMessage());
			exitCode = StackFailed.EXIT_CODE;
		}
		System.exit(exitCode);
	}

	static int run(String[] args, Map<String, String> environment, PrintStream out) {
		Arguments arguments = Arguments.parse(args);
		LauncherOptions.Command command = LauncherOptions.command(arguments);
		if (command.name().equals("help")) {
			out.print(USAGE);
			return 0;
		}
		StackConfig config = LauncherOptions.configuration(arguments, environment);
		return switch (command.name()) {
			case "up" -> up(config, arguments, args, environment, out);
			case "down" -> StopCommands.down(config, out);
			case "status" -> StatusReport.print(config, out);
			case "restart" -> StopCommands.restart(config, command.argument(), out);
			case "backup" -> Backup.backup(config, Path.of(command.argument()), out);
			case "restore" -> Backup.restore(config, Path.of(command.argument()), out);
			case "demo" -> demo(config, out);
			default -> throw new IllegalStateException(command.name());
		};
	}

	/**
	 * The whole suite, started as {@code ./pes21 up} does (not supervised until
	 * {@link RunningStack#supervise()}).
	 */
	public static RunningStack start(StackConfig config) {
		return StackStarter.start(config, Topology.Scope.SUITE, System.out);
	}

	/**
	 * Kafka and the MongoDB wire server only, as {@code up} starts them: for tests of the
	 * infrastructure.
	 */
	static RunningStack startInfrastructure(StackConfig config, PrintStream out) {
		return StackStarter.start(config, Topology.Scope.INFRASTRUCTURE, out);
	}

	/**
	 * Starts, then supervises until stopped (Ctrl-C, {@code down}) or a process died too
	 * often; with {@code --background}, the supervising launcher is started detached and
	 * this returns once the suite is ready.
	 */
	private static int up(StackConfig config, Arguments arguments, String[] args, Map<String, String> environment,
			PrintStream out) {
		if (arguments.has("--background")) {
			Preflight.check(config, Topology.Scope.SUITE);
			List<String> upArguments = new ArrayList<>();
			for (String arg : args) {
				if (!arg.equals("--background")) {
					upArguments.add(arg);
				}
			}
			return BackgroundLaunch.start(config, upArguments, out);
		}
		boolean detached = arguments.has(BackgroundLaunch.DETACHED);
		Preflight.refuseIfRunning(config);
		new PidFiles(config.runDir()).write(PidFiles.LAUNCHER, ProcessHandle.current().pid(), config.ports().gateway());
		RunningStack stack;
		try {
			stack = StackStarter.start(config, Topology.Scope.SUITE, out, environment);
		}
		catch (RuntimeException ex) {
			new PidFiles(config.runDir()).delete(PidFiles.LAUNCHER);
			throw ex;
		}
		stack.recordLauncher(detached);
		ReadyReport.print(stack, out);
		stack.supervise();
		out.println(BackgroundLaunch.SUPERVISING + ": a process that dies is restarted. "
				+ (detached ? "./pes21 down stops everything." : "Press Ctrl-C to stop."));
		Optional<String> gaveUp = stack.awaitEnd();
		if (gaveUp.isPresent()) {
			throw new StackFailed(gaveUp.get());
		}
		return 0;
	}

	/** Loads the demo data into the stack running on the configured ports. */
	private static int demo(StackConfig config, PrintStream out) {
		try {
			new DemoLoader(URI.create(config.gatewayUrl()), config.adminPassword(), config.repository(), out).load();
			return 0;
		}
		catch (DemoFailed ex) {
			if (ex.exitCode() == StackRefused.EXIT_CODE) {
				throw new StackRefused(ex.getMessage());
			}
			throw new StackFailed(ex.getMessage());
		}
	}

}
