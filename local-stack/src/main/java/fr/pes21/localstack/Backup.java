package fr.pes21.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * {@code ./pes21 backup <file>} and {@code ./pes21 restore <file>}: everything under
 * {@code .local/} that cannot be rebuilt, in one zip archive (readable by its owner only,
 * since it holds the secrets): the MongoDB wire server's store ({@code mongo/}), Kafka's
 * data with the topics and the consumers' offsets ({@code kafka/}), the generated JWT
 * secret and webhook sealing key, and a manifest. Logs, pid files, the copies of the jars
 * and Prometheus' data are not kept.
 * <p>
 * While the suite runs, the copy is one instant of both stores: Kafka then the MongoDB
 * wire server are paused (SIGSTOP), their files copied aside, and both resumed, in well
 * under a second for the suite's volumes; each store then sees the copy as it would a
 * crash at that instant, after which it recovers every write it had acknowledged (both
 * force each write to the disk before acknowledging it). Kafka is paused first, so every
 * fact the store no longer holds in an outbox is in the copied topics. {@code restore}
 * wants the suite stopped; what it replaces is moved aside into
 * {@code .local/replaced-<time>/}, not deleted.
 */
final class Backup {

	static final String MANIFEST = "pes21-backup.properties";

	private static final String FORMAT = "1";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private Backup() {
	}

	/** What a backup holds, relative to {@code .local/}. */
	private static List<Path> kept(StackConfig config) {
		return List.of(config.mongoDir(), config.kafkaDir(), config.jwtSecretFile(), config.webhookSecretKeyFile());
	}

	static int backup(StackConfig config, Path archive, PrintStream out) {
		Path target = archive.toAbsolutePath().normalize();
		if (Files.exists(target)) {
			throw new StackRefused(target + " already exists: choose another file name.");
		}
		if (!Files.isDirectory(config.mongoDir()) && !Files.isDirectory(config.kafkaDir())) {
			throw new StackRefused("Nothing to back up in " + config.localDir() + " (no store, no topics yet).");
		}
		PidFiles pidFiles = new PidFiles(config.runDir());
		Optional<ProcessHandle> kafka = pidFiles.process("kafka");
		Optional<ProcessHandle> mongo = pidFiles.process("mongo");
		boolean running = kafka.isPresent() || mongo.isPresent();
		Path staging = config.localDir().resolve("backup-" + STAMP.format(Instant.now()) + ".staging");
		long started = System.nanoTime();
		long paused;
		try {
			// Kafka first: a fact pulled from an outbox is already in the copied topic
			kafka.ifPresent((process) -> Signals.pause(process.pid()));
			mongo.ifPresent((process) -> Signals.pause(process.pid()));
			try {
				for (Path path : kept(config)) {
					if (Files.exists(path)) {
						Trees.copy(path, staging.resolve(config.localDir().relativize(path)));
					}
				}
			}
			finally {
				mongo.ifPresent((process) -> Signals.resume(process.pid()));
				kafka.ifPresent((process) -> Signals.resume(process.pid()));
			}
			paused = System.nanoTime() - started;
			Properties manifest = new Properties();
			manifest.setProperty("format", FORMAT);
			manifest.setProperty("created", Instant.now().toString());
			manifest.setProperty("from", config.localDir().toString());
			manifest.setProperty("suite", running ? "running (stores paused for the copy)" : "stopped");
			try (OutputStream stream = Files.newOutputStream(staging.resolve(MANIFEST))) {
				manifest.store(stream, "PES 21 backup: restore with ./pes21 restore <this file>");
			}
			zip(staging, target);
		}
		catch (IOException ex) {
			throw new StackFailed("The backup failed: " + ex.getMessage());
		}
		finally {
			Trees.delete(staging);
		}
		try {
			out.printf("Backed up %s into %s (%d KiB%s)%n", config.localDir(), target, Files.size(target) / 1024,
					running ? String.format(", the stores paused %.2f s for the copy", paused / 1e9) : "");
		}
		catch (IOException ex) {
			throw new StackFailed("The backup failed: " + ex.getMessage());
		}
		if (System.getenv(Secrets.WEBHOOK_SECRET_KEY_VARIABLE) != null
				|| System.getenv(Secrets.JWT_SECRET_VARIABLE) != null) {
			out.println("Note: PES21_JWT_SECRET or PES21_WEBHOOK_SECRET_KEY comes from the environment, not .local/: "
					+ "keep it with this backup (the webhook subscriptions cannot be unsealed without the key).");
		}
		return 0;
	}

	static int restore(StackConfig config, Path archive, PrintStream out) {
		Path source = archive.toAbsolutePath().normalize();
		if (!Files.isRegularFile(source)) {
			throw new StackRefused(source + " is not a file.");
		}
		Preflight.refuseIfRunning(config);
		Path staging = config.localDir().resolve("restore-" + STAMP.format(Instant.now()) + ".staging");
		try {
			unzip(source, staging);
			Properties manifest = new Properties();
			Path manifestFile = staging.resolve(MANIFEST);
			if (!Files.exists(manifestFile)) {
				throw new StackRefused(source + " is not a PES 21 backup (no " + MANIFEST + ").");
			}
			try (InputStream stream = Files.newInputStream(manifestFile)) {
				manifest.load(stream);
			}
			if (!FORMAT.equals(manifest.getProperty("format"))) {
				throw new StackRefused(source + " is a backup of format " + manifest.getProperty("format")
						+ ", this version reads format " + FORMAT + ".");
			}
			Path replaced = config.localDir().resolve("replaced-" + STAMP.format(Instant.now()));
			boolean movedAside = false;
			for (Path path : kept(config)) {
				if (Files.exists(path)) {
					Files.createDirectories(replaced);
					Files.move(path, replaced.resolve(path.getFileName()));
					movedAside = true;
				}
				Path restored = staging.resolve(config.localDir().relativize(path));
				if (Files.exists(restored)) {
					Files.move(restored, path);
				}
			}
			for (Path secret : List.of(config.jwtSecretFile(), config.webhookSecretKeyFile())) {
				if (Files.exists(secret)) {
					Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
				}
			}
			out.println("Restored " + config.localDir() + " from " + source + " (backup of "
					+ manifest.getProperty("created") + ", taken while the suite was " + manifest.getProperty("suite")
					+ ")." + (movedAside ? " What it replaced is in " + replaced + "." : "")
					+ " Start with ./pes21 up.");
			return 0;
		}
		catch (IOException ex) {
			throw new StackFailed("The restore failed: " + ex.getMessage());
		}
		finally {
			Trees.delete(staging);
		}
	}

	private static void zip(Path directory, Path archive) throws IOException {
		Files.createDirectories(archive.toAbsolutePath().getParent());
		try {
			Files.createFile(archive,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (FileAlreadyExistsException ex) {
			throw new StackRefused(archive + " already exists: choose another file name.");
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(directory)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		try (ZipOutputStream zip = new ZipOutputStream(
				Files.newOutputStream(archive, StandardOpenOption.TRUNCATE_EXISTING))) {
			for (Path file : files) {
				zip.putNextEntry(new ZipEntry(directory.relativize(file).toString().replace('\\', '/')));
				Files.copy(file, zip);
				zip.closeEntry();
			}
		}
	}

	private static void unzip(Path archive, Path directory) throws IOException {
		Path root = directory.toAbsolutePath().normalize();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Path target = root.resolve(entry.getName()).normalize();
				if (!target.startsWith(root)) {
					throw new StackRefused(archive + " holds a path outside the backup (" + entry.getName() + ").");
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else {
					Files.createDirectories(target.getParent());
					Files.copy(zip, target);
				}
			}
		}
		catch (ZipException ex) {
			throw new StackRefused(archive + " is not a zip archive: " + ex.getMessage());
		}
	}

}
