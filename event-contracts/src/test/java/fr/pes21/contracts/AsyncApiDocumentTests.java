package fr.pes21.contracts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.asyncapi.v3._0_0.model.AsyncAPI;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/api/asyncapi.yaml}, the asynchronous contract kept by hand, against what
 * the suite publishes: every fact of the {@link FactCatalog} on its topic with its own
 * schema, referenced (never copied) from this module, the dead-letter topics, the DLA
 * webhook, and the AsyncAPI 3 structure.
 */
class AsyncApiDocumentTests {

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

	private static Path directory;

	private static String text;

	private static JsonNode document;

	@BeforeAll
	static void readTheDocument() throws IOException {
		directory = docsApi();
		text = Files.readString(directory.resolve("asyncapi.yaml"), StandardCharsets.UTF_8);
		document = YAML.readTree(text);
	}

	@Test
	void describesEveryFactOfTheCatalogOnItsTopicWithItsOwnSchema() {
		for (FactType fact : FactCatalog.all()) {
			String key = fact.name() + ".v" + fact.version();
			JsonNode message = document.at("/components/messages/" + escape(key));
			assertThat(message.isMissingNode())
				.as("docs/api/asyncapi.yaml has no message %s for %s: add it to components.messages and to the "
						+ "channel of %s", key, fact.cloudEventType(), fact.topic())
				.isFalse();

			assertThat(message.path("name").asText()).as(key).isEqualTo(fact.cloudEventType());
			assertThat(message.at("/headers/allOf/1/properties/ce_type/const").asText()).as(key)
				.isEqualTo(fact.cloudEventType());
			Path schema = directory.resolve(message.at("/payload/schema/$ref").asText()).normalize();
			assertThat(schema).as("the payload of %s", key).isEqualTo(schemaOf(fact));
			assertThat(channelOf(fact.topic()).at("/messages/" + escape(key) + "/$ref").asText()).as(key)
				.isEqualTo("#/components/messages/" + key);
		}
	}

	@Test
	void describesNoFactTheCatalogDoesNotPublish() {
		Set<String> published = new HashSet<>(FactCatalog.all().stream().map(FactType::cloudEventType).toList());

		document.path("components").path("messages").forEach((message) -> {
			if (message.path("name").asText().startsWith("fr.pes21.")) {
				assertThat(published).contains(message.path("name").asText());
			}
		});
	}

	@Test
	void describesTheFourFactTopicsAndTheirDeadLetterTopics() {
		List<String> addresses = new ArrayList<>();
		document.path("channels").forEach((channel) -> addresses.add(channel.path("address").asText(null)));

		List<String> topics = List.of(Topics.ACCOMPANIMENT, Topics.DLA, Topics.TERRITORY, Topics.EVENTS);
		List<String> expected = new ArrayList<>(topics);
		topics.forEach((topic) -> expected.add(Topics.deadLetters(topic)));
		expected.add(null);
		assertThat(addresses).containsExactlyInAnyOrderElementsOf(expected);
		topics.forEach(
				(topic) -> assertThat(channelOf(Topics.deadLetters(topic)).at("/messages/deadLetter/$ref").asText())
					.isEqualTo("#/components/messages/DeadLetter"));
		assertThat(fieldNames(document.at("/components/messages/DeadLetter/headers/properties")))
			.containsExactlyInAnyOrder("pes21-dlq-reason", "pes21-dlq-topic", "pes21-dlq-partition",
					"pes21-dlq-offset");
	}

	@Test
	void describesTheCloudEventsBinaryHeadersOfEveryFact() {
		JsonNode headers = document.at("/components/schemas/CloudEventKafkaHeaders");
		List<String> required = new ArrayList<>();
		headers.path("required").forEach((name) -> required.add(name.asText()));

		FactEnvelope envelope = FactEnvelope.wrap(FactSamples.all().getFirst(), "accompaniment-service",
				Instant.parse("2024-03-12T09:30:00Z"));
		assertThat(required).containsExactlyInAnyOrderElementsOf(envelope.binaryHeaders().keySet());
	}

	@Test
	void theDlaWebhookCarriesEveryDlaFactSignedPerStandardWebhooks() {
		List<String> dlaTypes = FactCatalog.all()
			.stream()
			.filter((fact) -> fact.context().equals("dla"))
			.map(FactType::cloudEventType)
			.toList();
		JsonNode event = document.at("/components/schemas/DlaCloudEvent");
		List<String> types = new ArrayList<>();
		event.at("/properties/type/enum").forEach((type) -> types.add(type.asText()));
		List<Path> schemas = new ArrayList<>();
		event.at("/properties/data/oneOf")
			.forEach((schema) -> schemas.add(directory.resolve(schema.path("$ref").asText()).normalize()));

		assertThat(types).containsExactlyInAnyOrderElementsOf(dlaTypes);
		assertThat(schemas).containsExactlyInAnyOrderElementsOf(FactCatalog.all()
			.stream()
			.filter((fact) -> fact.context().equals("dla"))
			.map(AsyncApiDocumentTests::schemaOf)
			.toList());
		JsonNode call = document.at("/components/messages/DlaWebhookCall");
		assertThat(call.path("contentType").asText()).startsWith("application/cloudevents+json");
		assertThat(fieldNames(call.at("/headers/properties"))).containsExactlyInAnyOrder("webhook-id",
				"webhook-timestamp", "webhook-signature");
	}

	@Test
	void referencesOnlyWhatExists() {
		List<String> references = new ArrayList<>();
		collectReferences(document, references);

		assertThat(references).isNotEmpty();
		for (String reference : references) {
			if (reference.startsWith("#/")) {
				assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
			}
			else {
				Path file = directory.resolve(reference).normalize();
				assertThat(file).as(reference).isRegularFile();
				assertThat(file.startsWith(directory.getParent().getParent().resolve("event-contracts")))
					.as("%s is a schema of event-contracts", reference)
					.isTrue();
			}
		}
	}

	@Test
	void isAnAsyncApi3Document() throws IOException {
		AsyncAPI asyncApi = YAML.readValue(text, AsyncAPI.class);

		assertThat(asyncApi.getAsyncapi()).isEqualTo("3.0.0");
		assertThat(asyncApi.getChannels()).hasSize(9);
		assertThat(asyncApi.getOperations()).hasSize(13);
		assertThat(asyncApi.getComponents().getMessages()).hasSize(FactCatalog.all().size() + 2);
		assertThat(structureProblems(text)).isEmpty();
	}

	@Test
	void aMisspelledFieldIsNotAnAsyncApiDocument() {
		for (String[] mistake : new String[][] { { "\ndefaultContentType:", "\ndefaultContenType:" },
				{ "\n  title: PES 21 facts", "\n  titel: PES 21 facts" },
				{ "\n    address: pes21.dla.events\n", "\n    adress: pes21.dla.events\n" },
				{ "\n    action: send\n", "\n    acton: send\n" },
				{ "\n      contentType: application/json\n", "\n      contenType: application/json\n" },
				{ "\n    protocol: kafka\n", "\n    protocole: kafka\n" } }) {
			String misspelled = text.replaceFirst(mistake[0], mistake[1]);

			assertThat(misspelled).isNotEqualTo(text);
			assertThat(structureProblems(misspelled)).as(mistake[1]).isNotEmpty();
		}
	}

	/**
	 * What keeps the text from being an AsyncAPI 3.0 document: binding it to the model of
	 * asyncapi-core (the parser on Maven Central that serves AsyncAPI 3) checks the
	 * document's own fields and their types, but takes channels, operations, messages and
	 * servers loosely; their fields and required fields are checked here against the
	 * specification's objects.
	 */
	private static List<String> structureProblems(String yaml) {
		List<String> problems = new ArrayList<>();
		try {
			YAML.readValue(yaml, AsyncAPI.class);
			JsonNode root = YAML.readTree(yaml);
			checkObjects(root.path("servers"), "server", SERVER_FIELDS, List.of("host", "protocol"), problems);
			checkObjects(root.path("channels"), "channel", CHANNEL_FIELDS, List.of(), problems);
			checkObjects(root.path("operations"), "operation", OPERATION_FIELDS, List.of("action", "channel"),
					problems);
			checkObjects(root.at("/components/messages"), "message", MESSAGE_FIELDS, List.of(), problems);
			root.path("operations").forEach((operation) -> {
				if (!Set.of("send", "receive").contains(operation.path("action").asText())) {
					problems.add("an operation's action is send or receive, not " + operation.path("action"));
				}
			});
		}
		catch (IOException ex) {
			problems.add(ex.getMessage());
		}
		return problems;
	}

	private static final Set<String> SERVER_FIELDS = Set.of("host", "protocol", "protocolVersion", "pathname",
			"description", "title", "summary", "variables", "security", "tags", "externalDocs", "bindings");

	private static final Set<String> CHANNEL_FIELDS = Set.of("address", "messages", "title", "summary", "description",
			"servers", "parameters", "tags", "externalDocs", "bindings", "$ref");

	private static final Set<String> OPERATION_FIELDS = Set.of("action", "channel", "title", "summary", "description",
			"security", "tags", "externalDocs", "bindings", "traits", "messages", "reply", "$ref");

	private static final Set<String> MESSAGE_FIELDS = Set.of("headers", "payload", "correlationId", "contentType",
			"name", "title", "summary", "description", "tags", "externalDocs", "bindings", "examples", "traits",
			"$ref");

	private static void checkObjects(JsonNode objects, String kind, Set<String> fields, List<String> required,
			List<String> problems) {
		objects.properties().forEach((entry) -> {
			fieldNames(entry.getValue()).stream()
				.filter((field) -> !fields.contains(field) && !field.startsWith("x-"))
				.forEach((field) -> problems.add(kind + " " + entry.getKey() + " has no field '" + field + "'"));
			required.stream()
				.filter((field) -> !entry.getValue().has(field))
				.forEach((field) -> problems.add(kind + " " + entry.getKey() + " lacks '" + field + "'"));
		});
	}

	private static JsonNode channelOf(String address) {
		return StreamSupport.stream(document.path("channels").spliterator(), false)
			.filter((channel) -> address.equals(channel.path("address").asText(null)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no channel for " + address));
	}

	private static Path schemaOf(FactType fact) {
		return directory.getParent()
			.getParent()
			.resolve("event-contracts/src/main/resources" + fact.schemaLocation())
			.normalize();
	}

	private static void collectReferences(JsonNode node, List<String> references) {
		if (node.isObject()) {
			node.properties().forEach((entry) -> {
				if (entry.getKey().equals("$ref")) {
					references.add(entry.getValue().asText());
				}
				else {
					collectReferences(entry.getValue(), references);
				}
			});
		}
		else if (node.isArray()) {
			node.forEach((element) -> collectReferences(element, references));
		}
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

	/** A key as a JSON pointer segment. */
	private static String escape(String key) {
		return key.replace("~", "~0").replace("/", "~1");
	}

	private static Path docsApi() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
				return dir.resolve("docs").resolve("api");
			}
		}
		throw new IllegalStateException("No docs/ beside mvnw above " + Path.of("").toAbsolutePath());
	}

}
