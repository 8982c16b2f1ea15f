package fr.pes21.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The MongoDB wire-protocol server of the local stack: mongo-java-server with its H2
 * backend, so that the data lives in one file under the data directory and survives a
 * restart. A write is committed and forced to the disk before it is acknowledged
 * ({@link DurableH2Backend}), so what a service was told is saved survives a kill of this
 * process or a crash of the machine. It listens on 127.0.0.1 only. The server's own mains
 * are fixed to port 27017, hence this one.
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

	/** Where the infrastructure and the services listen: this machine only. */
	static final String LOOPBACK = "127.0.0.1";

	private MongoWireServer() {
	}

	public static void main(String[] args) throws Exception {
		Arguments arguments = Arguments.parse(args);
		int port = arguments.intValue("--port", "pes21.mongo.port", DEFAULT_PORT);
		Path dataDir = Path.of(arguments.value("--data-dir", "pes21.mongo.dir", ".local/mongo")).toAbsolutePath();
		Files.createDirectories(dataDir);
		Path store = dataDir.resolve(STORE_FILE);

		MongoServer server = new MongoServer(DurableH2Backend.open(store, true));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			// shutdown() stops listening, closes the connections, then closes the
			// backend: the store is marked cleanly closed (every acknowledged write is
			// already in it).
			server.shutdown();
			System.out.println("MongoDB wire server on port " + port + " stopped, store closed");
			stopped.countDown();
		}, "mongo-wire-server-shutdown"));
		server.bind(LOOPBACK, port);
		System.out.println("MongoDB wire server ready on " + LOOPBACK + ":" + port + ", data in " + store);
		stopped.await();
	}

}
