package fr.pes21.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The free ports a test's stack gets: two stacks started side by side (the fault drills
 * and the suite the other end-to-end classes share) must never be handed the same port,
 * nor one that an outgoing connection may take before the process binds it.
 */
class StackPortsTests {

	@Test
	void stacksOfOneRunGetDisjointPortsBelowTheEphemeralRange() {
		Set<Integer> seen = new HashSet<>();
		for (int stack = 0; stack < 50; stack++) {
			List<Integer> ports = all(StackPorts.free());
			assertThat(ports).hasSize(StackPorts.BLOCK).doesNotHaveDuplicates();
			assertThat(ports)
				.allSatisfy((port) -> assertThat(port).isBetween(1024, StackPorts.ephemeralRangeStart() - 1));
			for (int port : ports) {
				assertThat(seen.add(port)).as("port %d handed out twice", port).isTrue();
			}
		}
	}

	@Test
	void aPortInUseIsNeverHandedOut() throws IOException {
		List<ServerSocket> taken = new ArrayList<>();
		try {
			// take the first port of the next few blocks: each of them must be skipped
			// whole
			StackPorts probe = StackPorts.free();
			int next = probe.gateway() - 5 + StackPorts.BLOCK;
			for (int block = 0; block < 3; block++) {
				ServerSocket socket = new ServerSocket();
				socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), next + block * StackPorts.BLOCK));
				taken.add(socket);
			}
			List<Integer> ports = all(StackPorts.free());
			for (ServerSocket socket : taken) {
				assertThat(ports).doesNotContain(socket.getLocalPort());
			}
		}
		finally {
			for (ServerSocket socket : taken) {
				socket.close();
			}
		}
	}

	private static List<Integer> all(StackPorts ports) {
		List<Integer> all = new ArrayList<>(ports.services().values());
		all.addAll(List.of(ports.gateway(), ports.kafka(), ports.mongo(), ports.prometheus()));
		return all;
	}

}
