package fr.pes21.localstack;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The signals Java has no API for: {@code SIGSTOP} and {@code SIGCONT}, sent with
 * {@code kill}, to pause a process (a backup's consistent copy, the drills) and let it go
 * on.
 */
final class Signals {

	private Signals() {
	}

	static void pause(long pid) {
		send("-STOP", pid);
	}

	static void resume(long pid) {
		send("-CONT", pid);
	}

	private static void send(String signal, long pid) {
		try {
			Process kill = new ProcessBuilder("kill", signal, Long.toString(pid)).redirectErrorStream(true).start();
			if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
				throw new StackFailed("Could not send " + signal + " to pid " + pid + ": "
						+ new String(kill.getInputStream().readAllBytes()).strip());
			}
		}
		catch (IOException ex) {
			throw new StackFailed("Could not send " + signal + " to pid " + pid + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StackFailed("Interrupted while sending " + signal + " to pid " + pid);
		}
	}

}
