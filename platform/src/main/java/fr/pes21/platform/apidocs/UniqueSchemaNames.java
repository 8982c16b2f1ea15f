package fr.pes21.platform.apidocs;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Refuses two of our types under one schema name: the document would silently describe
 * one with the other's shape (two nested {@code EngineeringView}s, two {@code Status}
 * enumerations). One of them takes a name of its own with {@code @Schema(name = "...")}.
 */
class UniqueSchemaNames implements ModelConverter {

	private final Map<String, String> typeByName = new ConcurrentHashMap<>();

	@Override
	public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		if (schema == null || type.getType() == null) {
			return schema;
		}
		JavaType javaType = Json.mapper().constructType(type.getType());
		String name = (schema.get$ref() != null) ? schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)
				: schema.getName();
		if (name == null || !javaType.getRawClass().getName().startsWith("fr.pes21.")) {
			return schema;
		}
		String previous = this.typeByName.putIfAbsent(name, javaType.toCanonical());
		if (previous != null && !previous.equals(javaType.toCanonical())) {
			throw new IllegalStateException("Two types share the API schema name '" + name + "': " + previous + " and "
					+ javaType.toCanonical() + "; give one a name of its own with @Schema(name = \"...\")");
		}
		return schema;
	}

}
