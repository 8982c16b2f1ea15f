package fr.pes21.platform.apidocs;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AnswerSchemasTests {

	record WelcomeView(String id, LocalDate date) {
	}

	record StructureView(String id, @Schema(nullable = true) String siret, @Schema(nullable = true) WelcomeView welcome,
			@JsonInclude(JsonInclude.Include.NON_NULL) String notes, int diagnostics) {
	}

	record NewWelcome(@NotNull LocalDate date, String note) {
	}

	static class Elsewhere {

		record WelcomeView(String other) {
		}

		record Both(AnswerSchemasTests.WelcomeView first, WelcomeView second) {
		}

	}

	@SuppressWarnings("rawtypes")
	private static Map<String, io.swagger.v3.oas.models.media.Schema> read(Class<?> type) {
		ModelConverters converters = new ModelConverters();
		converters.addConverter(new AnswerSchemas());
		converters.addConverter(new UniqueSchemaNames());
		return converters.readAll(type);
	}

	@Test
	void everyPropertyOfAnAnswerIsRequiredUnlessLeftOutWhenEmpty() {
		var schema = read(StructureView.class).get("StructureView");

		assertThat(schema.getRequired()).containsExactlyInAnyOrder("id", "siret", "welcome", "diagnostics");
	}

	@Test
	void aNullableReferenceIsWrittenSoThatOpenApi30KeepsIt() {
		var welcome = (io.swagger.v3.oas.models.media.Schema<?>) read(StructureView.class).get("StructureView")
			.getProperties()
			.get("welcome");

		assertThat(welcome).isInstanceOf(ComposedSchema.class);
		assertThat(welcome.getNullable()).isTrue();
		assertThat(welcome.getAllOf()).singleElement()
			.satisfies((ref) -> assertThat(ref.get$ref()).isEqualTo("#/components/schemas/WelcomeView"));
	}

	@Test
	void aRequestKeepsItsRequiredFieldsFromBeanValidation() {
		var schema = read(NewWelcome.class).get("NewWelcome");

		assertThat(schema.getRequired()).containsExactly("date");
	}

	@Test
	void twoTypesUnderOneSchemaNameStopTheDocument() {
		assertThatIllegalStateException().isThrownBy(() -> read(Elsewhere.Both.class))
			.withMessageContaining("WelcomeView");
	}

}
