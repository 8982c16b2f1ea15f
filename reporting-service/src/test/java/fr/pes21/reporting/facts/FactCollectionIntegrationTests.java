package fr.pes21.reporting.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.dla.StructureWelcomeWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomed;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FactCollection#storeAll} (a rebuild's writes: folded per id, unordered, inserts)
 * against {@link FactCollection#store} (the consumer's: ordered upserts, one per fact),
 * on the MongoDB wire server: the same batches give the same documents, field for field,
 * whatever the duplicates, withdrawals, tombstones arriving first and ids stored already.
 */
@WithRealInfrastructure
class FactCollectionIntegrationTests {

	private enum Kind {

		WELCOME

	}

	private MongoClient client;

	private MongoTemplate mongo;

	@BeforeEach
	void connect() {
		ConnectionString uri = new ConnectionString(System.getProperty("spring.mongodb.uri"));
		this.client = MongoClients.create(uri);
		this.mongo = new MongoTemplate(this.client, uri.getDatabase());
	}

	@AfterEach
	void disconnect() {
		this.client.close();
	}

	@Test
	void storesTheSameDocumentsAsStoringEachFactInOrder() {
		String suffix = UUID.randomUUID().toString();
		FactCollection oneByOne = new FactCollection(this.mongo, "one_by_one_" + suffix);
		FactCollection folded = new FactCollection(this.mongo, "folded_" + suffix);
		String alone = id();
		String twice = id();
		String withdrawnInTheBatch = id();
		String tombstoneFirst = id();
		String objectIdLike = "65a1b2c3d4e5f60718293a4b";
		String storedBefore = id();
		String withdrawnLater = id();
		List<ReceivedFact<Fact>> earlier = List.of(received(welcome(storedBefore), "2024-01-05T10:00:00Z"),
				received(welcome(withdrawnLater), "2024-01-06T10:00:00Z"),
				received(withdrawal(tombstoneFirst), "2024-02-01T10:00:00Z"));
		List<ReceivedFact<Fact>> batch = List.of(received(welcome(alone), "2024-03-01T10:00:00Z"),
				received(welcome(twice), "2024-03-02T10:00:00Z"), received(welcome(twice), "2024-03-02T10:00:00Z"),
				received(welcome(withdrawnInTheBatch), "2024-03-03T10:00:00Z"),
				received(withdrawal(withdrawnInTheBatch), "2024-03-04T10:00:00Z"),
				received(welcome(tombstoneFirst), "2024-01-20T10:00:00Z"),
				received(welcome(objectIdLike), "2024-03-05T10:00:00Z"),
				// stored already, delivered again with a later time: only the time moves
				received(welcome(storedBefore), "2024-03-06T10:00:00Z"),
				received(withdrawal(withdrawnLater), "2024-03-07T10:00:00Z"),
				received(withdrawal(withdrawnLater), "2024-03-08T10:00:00Z"));

		oneByOne.store(earlier, FactCollectionIntegrationTests::describing);
		oneByOne.store(batch, FactCollectionIntegrationTests::describing);
		folded.store(earlier, FactCollectionIntegrationTests::describing);
		folded.storeAll(batch, FactCollectionIntegrationTests::describing);

		List<Map<String, Object>> expected = documents(oneByOne);
		assertThat(expected).hasSize(7);
		assertThat(documents(folded)).isEqualTo(expected);
	}

	@Test
	void foldsAFactAndItsWithdrawalIntoATombstoneWhenNothingIsStoredYet() {
		FactCollection folded = new FactCollection(this.mongo, "tombstones_" + UUID.randomUUID());
		String withdrawn = id();

		folded.storeAll(
				List.of(received(welcome(withdrawn), "2024-03-03T10:00:00Z"),
						received(withdrawal(withdrawn), "2024-03-04T10:00:00Z")),
				FactCollectionIntegrationTests::describing);

		assertThat(documents(folded)).singleElement()
			.satisfies((document) -> assertThat(document).containsEntry("_id", withdrawn)
				.containsEntry("withdrawn", true)
				.containsEntry("type", "fr.pes21.dla.StructureWelcomed.v1")
				.containsKey("withdrawal"));
	}

	private List<Map<String, Object>> documents(FactCollection collection) {
		List<Map<String, Object>> documents = new ArrayList<>();
		this.mongo.findAll(Document.class, name(collection)).forEach((document) -> documents.add(sorted(document)));
		documents.sort(Comparator.comparing((Map<String, Object> document) -> document.get("_id").toString()));
		return documents;
	}

	/** A document's fields in name order, nested documents too: field order aside. */
	private static Map<String, Object> sorted(Document document) {
		Map<String, Object> sorted = new TreeMap<>();
		document.forEach((key, value) -> sorted.put(key, (value instanceof Document nested) ? sorted(nested) : value));
		return sorted;
	}

	private static String name(FactCollection collection) {
		return collection.name();
	}

	private static Update describing(Fact fact) {
		return FactCollection.describing(Kind.WELCOME, fact.occurredOn(), fact.occurredOn().getYear());
	}

	private static ReceivedFact<Fact> received(Fact fact, String recordedAt) {
		return new ReceivedFact<>(FactEnvelope.wrap(fact, "dla-service", Instant.parse(recordedAt)), fact, "test");
	}

	private static StructureWelcomed welcome(String id) {
		return new StructureWelcomed(id, "s-" + id, LocalDate.parse("2024-01-15"));
	}

	private static StructureWelcomeWithdrawn withdrawal(String id) {
		return new StructureWelcomeWithdrawn(id, "s-" + id, LocalDate.parse("2024-01-15"));
	}

	private static String id() {
		return UUID.randomUUID().toString();
	}

}
