package fr.pes21.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.contracts.accompaniment.StructureCreated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FactSchemasTests {

	@Test
	void everyFactInTheCatalogHasASampleThatConformsToItsSchema() {
		assertThat(FactSamples.all()).extracting(Object::getClass)
			.containsExactlyInAnyOrderElementsOf(FactCatalog.all().stream().map(FactType::javaType).toList());
		for (Fact fact : FactSamples.all()) {
			FactEnvelope envelope = FactEnvelope.wrap(fact, "accompaniment-service", Instant.now());
			assertThat(FactSchemas.violations(envelope)).as(envelope.type()).isEmpty();
		}
	}

	@Test
	void rejectsPersonalDataSmuggledIntoAFact() {
		String withEmail = """
				{"factId":"p1","projectId":"p1","programme":"CRDVA","occurredOn":"2024-03-04",
				 "commune":"Dijon","holderEmail":"camille@example.org"}""";

		assertThat(FactSchemas.violations(FactCatalog.of(ProjectWelcomed.class), utf8(withEmail)))
			.anySatisfy((violation) -> assertThat(violation).contains("holderEmail"));
	}

	@Test
	void rejectsADateThatDoesNotExistAndNegativeJobs() {
		String data = """
				{"factId":"c1","projectId":"p1","programme":"CRDVA","occurredOn":"2024-02-30",
				 "legalForm":"SCOP","jobsCreated":-1}""";

		assertThat(FactSchemas.violations(FactCatalog.of(StructureCreated.class), utf8(data))).hasSize(2);
	}

	@Test
	void aDataFieldAddedByANewerProducerIsIgnoredByTheCurrentReader() {
		String newer = """
				{"factId":"p1","projectId":"p1","programme":"CRDVA","occurredOn":"2024-03-04",
				 "commune":"Dijon","epci":"Ouche et Montagne"}""";

		ProjectWelcomed read = FactJson.read(utf8(newer), ProjectWelcomed.class);

		assertThat(read.commune()).isEqualTo("Dijon");
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
