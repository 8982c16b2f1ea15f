package fr.pes21.platform.apidocs;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.Valid;

/**
 * Marks every property of an answer as required, so that generated clients type it as
 * always present ({@code string | null} where it may be {@code null}, which the record
 * says with {@code @Schema(nullable = true)}). An answer is a record whose components
 * carry no Bean Validation constraint (requests do, and their required fields come from
 * {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}); a component left out of the
 * JSON when empty ({@code @JsonInclude(NON_NULL)}) stays optional. A nullable reference
 * to another schema is written {@code allOf: [$ref], nullable: true}: OpenAPI 3.0 ignores
 * what stands beside a {@code $ref}.
 */
class AnswerSchemas implements ModelConverter {

	@Override
	public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		if (schema == null || type.getType() == null) {
			return schema;
		}
		Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (!raw.isRecord() || !isAnswer(raw)) {
			return schema;
		}
		Schema<?> model = (schema.get$ref() != null) ? definedModel(context, schema.get$ref()) : schema;
		if (model == null || model.getProperties() == null) {
			return schema;
		}
		List<String> required = new ArrayList<>((model.getRequired() != null) ? model.getRequired() : List.of());
		boolean classOmitsEmpty = omitsEmpty(raw.getAnnotation(JsonInclude.class));
		for (RecordComponent component : raw.getRecordComponents()) {
			String name = jsonName(component);
			boolean omitted = !component.getType().isPrimitive()
					&& (classOmitsEmpty || omitsEmpty(component.getAccessor().getAnnotation(JsonInclude.class))
							|| omitsEmpty(field(raw, component).getAnnotation(JsonInclude.class)));
			if (model.getProperties().containsKey(name) && !omitted && !required.contains(name)) {
				required.add(name);
			}
		}
		model.setRequired(required.isEmpty() ? null : required);
		nullableReferences(raw, model);
		return schema;
	}

	/**
	 * OpenAPI 3.0 ignores what stands beside a {@code $ref}: a nullable reference is
	 * written {@code allOf: [$ref], nullable: true}, which generators understand.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void nullableReferences(Class<?> record, Schema<?> model) {
		Map<String, Schema> properties = new LinkedHashMap<>(model.getProperties());
		for (RecordComponent component : record.getRecordComponents()) {
			io.swagger.v3.oas.annotations.media.Schema annotation = field(record, component)
				.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
			Schema<?> property = properties.get(jsonName(component));
			if (annotation != null && annotation.nullable() && property != null && property.get$ref() != null) {
				ComposedSchema nullable = new ComposedSchema();
				nullable.addAllOfItem(new Schema<>().$ref(property.get$ref()));
				nullable.setNullable(true);
				nullable.setDescription(annotation.description().isEmpty() ? null : annotation.description());
				properties.put(jsonName(component), nullable);
			}
		}
		model.setProperties(properties);
	}

	private static Schema<?> definedModel(ModelConverterContext context, String ref) {
		String name = ref.substring(ref.lastIndexOf('/') + 1);
		return (context.getDefinedModels() != null) ? context.getDefinedModels().get(name) : null;
	}

	private static boolean isAnswer(Class<?> record) {
		return Arrays.stream(record.getRecordComponents())
			.flatMap((component) -> Arrays.stream(field(record, component).getAnnotations()))
			.map(Annotation::annotationType)
			.noneMatch((annotation) -> annotation == Valid.class
					|| annotation.getPackageName().equals("jakarta.validation.constraints"));
	}

	private static java.lang.reflect.Field field(Class<?> record, RecordComponent component) {
		try {
			return record.getDeclaredField(component.getName());
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String jsonName(RecordComponent component) {
		JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
		if (property == null) {
			property = component.getAnnotation(JsonProperty.class);
		}
		return (property != null && !property.value().isEmpty()) ? property.value() : component.getName();
	}

	private static boolean omitsEmpty(JsonInclude include) {
		return include != null && include.value() != JsonInclude.Include.ALWAYS
				&& include.value() != JsonInclude.Include.USE_DEFAULTS;
	}

}
