package fr.pes21.localstack;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One process of the local stack: its name (also its log and pid file names), what it is
 * for, the address and port where it is reached, its command line, the environment it
 * gets on top of the launcher's, the variables it must not inherit, and how to know it is
 * ready.
 */
record ProcessSpec(String name, String label, String host, int port, List<String> command,
		Map<String, String> environment, Set<String> withheldEnvironment, Readiness readiness) {

	ProcessSpec {
		command = List.copyOf(command);
		environment = Map.copyOf(environment);
		withheldEnvironment = Set.copyOf(withheldEnvironment);
	}

	boolean isReady() {
		return this.readiness.check(this.host, this.port);
	}

}
