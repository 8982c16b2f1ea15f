package fr.pes21.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.pes21.contracts.dla.DiagnosticCompleted;
import fr.pes21.contracts.dla.DiagnosticCompletedV1;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new version of a fact's schema stays readable by the consumer of the previous version
 * (docs/architecture.md, "Events"), and every version still in the catalog is read with
 * its own record (docs/decisions/0010).
 */
class FactVersionsTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

	@Test
	void theVersionsOfAFactFollowEachOtherFromOneWithoutGaps() {
		Map<String, List<Integer>> versions = FactCatalog.all()
			.stream()
			.collect(Collectors.groupingBy((type) -> type.context() + "." + type.name(),
					Collectors.mapping(FactType::version, Collectors.toList())));

		assertThat(versions).allSatisfy((name, numbers) -> assertThat(numbers).as(name)
			.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, numbers.size()).boxed().toList()));
		assertThat(versions.get("dla.DiagnosticCompleted")).containsExactlyInAnyOrder(1, 2);
	}

	@Test
	void everyNewVersionKeepsWhatThePreviousVersionsConsumerReads() {
		List<FactType[]> pairs = newVersionsWithTheirPrevious();

		assertThat(pairs).isNotEmpty();
		for (FactType[] pair : pairs) {
			assertThat(missingForThePreviousConsumer(schema(pair[0]), schema(pair[1])))
				.as(pair[1].cloudEventType() + " read as " + pair[0].cloudEventType())
				.isEmpty();
		}
	}

	@Test
	void theConsumerOfThePreviousVersionReadsANewVersionsDataIntoAFactItsSchemaAccepts() {
		for (FactType[] pair : newVersionsWithTheirPrevious()) {
			Fact newer = sampleOf(pair[1]);
			byte[] data = FactJson.write(newer);
			assertThat(FactSchemas.violations(pair[1], data)).isEmpty();

			Fact readByThePreviousConsumer = FactJson.read(data, pair[0].javaType());

			assertThat(FactSchemas.violations(pair[0], FactJson.write(readByThePreviousConsumer)))
				.as(pair[1].cloudEventType() + " read as " + pair[0].cloudEventType())
				.isEmpty();
			assertThat(readByThePreviousConsumer.factId()).isEqualTo(newer.factId());
			assertThat(readByThePreviousConsumer.subject()).isEqualTo(newer.subject());
			assertThat(readByThePreviousConsumer.occurredOn()).isEqualTo(newer.occurredOn());
		}
	}

	@Test
	void theCheckRefusesANewVersionThatDropsOrRetypesWhatThePreviousOneRequired() {
		JsonNode previous = schema(FactCatalog.byCloudEventType("fr.pes21.dla.DiagnosticCompleted.v1").orElseThrow());
		ObjectNode dropped = previous.deepCopy();
		((ArrayNode) dropped.get("required")).remove(1);
		ObjectNode retyped = previous.deepCopy();
		((ObjectNode) retyped.get("properties").get("occurredOn")).put("type", "integer");
		ObjectNode described = previous.deepCopy();
		((ObjectNode) described.get("properties").get("occurredOn")).put("description", "said otherwise");

		assertThat(missingForThePreviousConsumer(previous, dropped)).containsExactly("structureId is not required");
		assertThat(missingForThePreviousConsumer(previous, retyped))
			.containsExactly("occurredOn is not defined as before");
		assertThat(missingForThePreviousConsumer(previous, described)).isEmpty();
	}

	@Test
	void eachVersionOnATopicIsReadWithItsOwnRecord() {
		FactEnvelope v1 = FactEnvelope.wrap(new DiagnosticCompletedV1("d1", "s1", DAY), "dla-service",
				Instant.parse("2024-03-04T17:00:00Z"));
		FactEnvelope v2 = FactEnvelope.wrap(new DiagnosticCompleted("c1", "d1", "s1", DAY), "dla-service",
				Instant.parse("2024-03-05T17:00:00Z"));

		assertThat(v1.type()).isEqualTo("fr.pes21.dla.DiagnosticCompleted.v1");
		assertThat(v2.type()).isEqualTo("fr.pes21.dla.DiagnosticCompleted.v2");
		assertThat(FactEnvelope.fromBinaryHeaders(v1.binaryHeaders(), v1.data()).fact())
			.isEqualTo(new DiagnosticCompletedV1("d1", "s1", DAY));
		assertThat(FactEnvelope.fromBinaryHeaders(v2.binaryHeaders(), v2.data()).fact())
			.isEqualTo(new DiagnosticCompleted("c1", "d1", "s1", DAY));
		assertThat(FactSchemas.violations(v1)).isEmpty();
		assertThat(FactSchemas.violations(v2)).isEmpty();
		assertThat(FactCatalog.of(DiagnosticCompletedV1.class).name())
			.isEqualTo(FactCatalog.of(DiagnosticCompleted.class).name())
			.isEqualTo("DiagnosticCompleted");
	}

	/**
	 * What a consumer of the {@code previous} schema would miss in data conforming to
	 * {@code next}: a property it requires that {@code next} does not require, or any of
	 * its properties defined otherwise (descriptions aside).
	 */
	static List<String> missingForThePreviousConsumer(JsonNode previous, JsonNode next) {
		List<String> missing = new ArrayList<>();
		for (JsonNode required : previous.path("required")) {
			if (!contains(next.path("required"), required.asText())) {
				missing.add(required.asText() + " is not required");
			}
		}
		for (Map.Entry<String, JsonNode> property : previous.path("properties").properties()) {
			JsonNode before = withoutDescription(property.getValue());
			JsonNode after = withoutDescription(next.path("properties").path(property.getKey()));
			if (!before.equals(after)) {
				missing.add(property.getKey() + " is not defined as before");
			}
		}
		return missing;
	}

	/** Every fact type above version 1, with the type of its previous version. */
	private static List<FactType[]> newVersionsWithTheirPrevious() {
		return FactCatalog.all()
			.stream()
			.filter((type) -> type.version() > 1)
			.map((type) -> new FactType[] { previousOf(type).orElseThrow(), type })
			.toList();
	}

	private static Optional<FactType> previousOf(FactType type) {
		return FactCatalog
			.byCloudEventType("fr.pes21." + type.context() + "." + type.name() + ".v" + (type.version() - 1));
	}

	private static Fact sampleOf(FactType type) {
		return FactSamples.all()
			.stream()
			.filter((fact) -> fact.getClass().equals(type.javaType()))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode schema(FactType type) {
		try (InputStream in = FactVersionsTests.class.getResourceAsStream(type.schemaLocation())) {
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean contains(JsonNode array, String value) {
		for (JsonNode item : array) {
			if (item.asText().equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static JsonNode withoutDescription(JsonNode property) {
		if (!(property instanceof ObjectNode object)) {
			return property;
		}
		ObjectNode copy = object.deepCopy();
		copy.remove("description");
		return copy;
	}

}
