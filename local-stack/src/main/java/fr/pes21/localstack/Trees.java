package fr.pes21.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Directory trees copied with their files' times, and deleted. */
final class Trees {

	private Trees() {
	}

	/**
	 * {@code from} (a file or a directory) copied to {@code to}, each file with its
	 * times.
	 */
	static void copy(Path from, Path to) throws IOException {
		if (Files.isRegularFile(from)) {
			Files.createDirectories(to.getParent());
			Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
			return;
		}
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(from)) {
			paths = walk.toList();
		}
		for (Path path : paths) {
			Path copy = to.resolve(from.relativize(path).toString());
			try {
				if (Files.isDirectory(path)) {
					Files.createDirectories(copy);
				}
				else if (Files.isRegularFile(path)) {
					Files.createDirectories(copy.getParent());
					Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
			catch (NoSuchFileException ex) {
				// deleted between the listing and the copy: nothing to copy (a paused
				// or stopped Kafka deletes nothing, but a file is not worth a failure)
			}
		}
	}

	/**
	 * {@code from}'s tree again at {@code to}, each file a hard link to the same file (a
	 * copy with its times where the two are on different file systems).
	 */
	static void link(Path from, Path to) throws IOException {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(from)) {
			paths = walk.toList();
		}
		for (Path path : paths) {
			Path link = to.resolve(from.relativize(path).toString());
			if (Files.isDirectory(path)) {
				Files.createDirectories(link);
			}
			else {
				try {
					Files.createLink(link, path);
				}
				catch (IOException | UnsupportedOperationException ex) {
					Files.copy(path, link, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	static void delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(directory)) {
			List<Path> paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
			for (Path path : paths) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// a directory left behind is harmless (a staging copy, a stale extracted jar)
		}
	}

}
