package fr.pes21.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The MongoDB wire-protocol server of the local stack: mongo-java-server with its H2
 * backend, so that the data lives in one file under the data directory and survives a
 * restart. The server's own mains are fixed to port 27017, hence this one.
 * <p>
 * Arguments: {@code --port <port> --data-dir
 *
<dir>
 * } (or system properties {@code pes21.mongo.port}, {@code pes21.mongo.dir}); defaults
 * 27017 and {@code .local/mongo}. SIGTERM closes the store cleanly.
 */
public final class MongoWireServer {

	static final int DEFAULT_PORT = 27017;

	static final String STORE_FILE = "pes21.mv.db";

	private MongoWireServer() {
	}

	public static void main(String[] args) throws Exception {
		Arguments arguments = Arguments.parse(args);
		int port = arguments.intValue("--port", "pes21.mongo.port", DEFAULT_PORT);
		Path dataDir = Path.of(arguments.value("--data-dir", "pes21.mongo.dir", ".local/mongo")).toAbsolutePath();
		Files.createDirectories(dataDir);
		Path store = dataDir.resolve(STORE_FILE);

		MongoServer server = new MongoServer(new H2Backend(store.toString()));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			// shutdown() stops listening, closes the connections, then closes the
			// backend: the H2 store is
			// committed and closed, so nothing acknowledged to a client is lost.
			server.shutdown();
			System.out.println("MongoDB wire server on port " + port + " stopped, store closed");
			stopped.countDown();
		}, "mongo-wire-server-shutdown"));
		server.bind("localhost", port);
		System.out.println("MongoDB wire server ready on localhost:" + port + ", data in " + store);
		stopped.await();
	}

}
