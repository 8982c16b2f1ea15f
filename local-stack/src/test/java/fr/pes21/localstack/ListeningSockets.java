package fr.pes21.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The addresses this machine listens on for a TCP port, read from Linux's
 * {@code /proc/net/tcp} and {@code /proc/net/tcp6} (sockets in state LISTEN): which
 * interfaces a process of the stack can be reached on.
 */
final class ListeningSockets {

	private static final String LISTEN = "0A";

	private ListeningSockets() {
	}

	static List<InetAddress> addressesOf(int port) {
		List<InetAddress> addresses = new ArrayList<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			Path file = Path.of(table);
			if (!Files.exists(file)) {
				continue;
			}
			try {
				// read once: the table changes as sockets come and go
				List<String> lines = Files.readAllLines(file);
				for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
					String[] fields = line.trim().split("\\s+");
					String[] local = fields[1].split(":");
					if (fields[3].equals(LISTEN) && Integer.parseInt(local[1], 16) == port) {
						addresses.add(address(local[0]));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return addresses;
	}

	/** The kernel writes each 32-bit word of the address in the machine's order. */
	private static InetAddress address(String hex) {
		byte[] raw = HexFormat.of().parseHex(hex);
		byte[] bytes = new byte[raw.length];
		for (int word = 0; word < raw.length; word += 4) {
			for (int i = 0; i < 4; i++) {
				bytes[word + i] = raw[word + 3 - i];
			}
		}
		try {
			return InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
