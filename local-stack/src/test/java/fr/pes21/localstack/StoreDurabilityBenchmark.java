package fr.pes21.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test (not run by default): the upsert rate of the MongoWireServer's store, as the
 * library ships it (MVStore's background commit about once a second, after answering) and
 * as the local stack runs it now ({@link DurableH2Backend}: committed before answering,
 * with and without forcing the file to the disk). Each configuration gets a fresh file
 * and the same work: one client doing upserts one after another, then eight clients at
 * once, over TCP with the MongoDB Java driver. Prints {@code STORE BENCHMARK ...} lines
 * for docs/benchmarks.md.
 * <p>
 * {@code ./mvnw -B -o -pl local-stack verify -Dtest=StoreDurabilityBenchmark | grep 'STORE BENCHMARK'}
 * ({@code -Dbench.upserts=N}, default 3000 per phase).
 */
class StoreDurabilityBenchmark {

	private static final int UPSERTS = Integer.getInteger("bench.upserts", 3000);

	private static final int CLIENTS = 8;

	@TempDir
	Path directory;

	@Test
	void measuresTheUpsertRateOfEachStoreConfiguration() throws Exception {
		// a warm-up so that the first configuration does not pay for the JIT alone
		run("warm-up", (file) -> H2Backend.inMemory(), UPSERTS / 3);
		run("library default (background commit, about 1/s)", (file) -> new H2Backend(file.toString()), UPSERTS);
		run("commit before answering", (file) -> DurableH2Backend.open(file, false), UPSERTS);
		run("commit and fsync before answering (the local stack's)", (file) -> DurableH2Backend.open(file, true),
				UPSERTS);
	}

	private void run(String name, Function<Path, MongoBackend> backend, int upserts) throws Exception {
		Path file = Files.createTempFile(this.directory, "store", ".mv.db");
		Files.delete(file);
		MongoServer server = new MongoServer(backend.apply(file));
		String uri = server.bindAndGetConnectionString();
		try (MongoClient client = MongoClients.create(uri)) {
			MongoCollection<Document> collection = client.getDatabase("bench").getCollection("upserts");
			collection.insertOne(new Document("_id", "first"));
			long start = System.nanoTime();
			for (int i = 0; i < upserts; i++) {
				upsert(collection, i);
			}
			double sequential = upserts / ((System.nanoTime() - start) / 1e9);

			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			List<Future<?>> done = new ArrayList<>();
			start = System.nanoTime();
			for (int c = 0; c < CLIENTS; c++) {
				int client0 = c;
				done.add(clients.submit(() -> {
					for (int i = client0; i < upserts; i += CLIENTS) {
						upsert(collection, upserts + i);
					}
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
			double concurrent = upserts / ((System.nanoTime() - start) / 1e9);
			clients.shutdown();
			System.out.println(
					String.format(Locale.ROOT, "STORE BENCHMARK %s: %d upserts, 1 client %.0f/s, %d clients %.0f/s",
							name, upserts, sequential, CLIENTS, concurrent));
		}
		finally {
			server.shutdown();
		}
		if (Files.exists(file)) {
			System.out.println(String.format(Locale.ROOT, "STORE BENCHMARK %s: file %d KiB after closing", name,
					Files.size(file) / 1024));
		}
	}

	private static void upsert(MongoCollection<Document> collection, int i) {
		// a document per structure, as a service's aggregate: read-modify-write by id
		collection.updateOne(Filters.eq("_id", "structure-" + (i % 500)),
				Updates.combine(Updates.set("name", "Structure " + i), Updates.inc("version", 1L)),
				new UpdateOptions().upsert(true));
	}

}
