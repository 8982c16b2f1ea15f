package fr.pes21.platform.apidocs;

import java.util.Comparator;
import java.util.List;

import fr.pes21.platform.security.SecurityConfiguration;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every service's OpenAPI document ({@code /v3/api-docs}) shares, so that a service
 * carries only the annotations of its own operations: the bearer-token security scheme,
 * the {@code Idempotency-Key} header of every {@code POST}, the problem answers
 * ({@code application/problem+json}, one reusable answer per status with its
 * {@code urn:pes21:problem:*} types), the roles of each operation, paging, and a stable
 * order so that the committed documents in {@code docs/api/} compare exactly
 * (docs/decisions/0011).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

	/** The name of the bearer-token security scheme. */
	public static final String BEARER = "bearer";

	/** The reusable {@code Idempotency-Key} header parameter. */
	public static final String IDEMPOTENCY_KEY = "IdempotencyKey";

	/** The reusable {@code Location} response header. */
	public static final String LOCATION = "Location";

	/** The schema of every problem answer. */
	public static final String PROBLEM = "Problem";

	/** The media type of problem answers (RFC 9457). */
	public static final String PROBLEM_JSON = "application/problem+json";

	static {
		// Enumerations become named schemas (Programme, EngineeringKind...), which
		// generated clients turn into named types.
		ModelResolver.enumsAsRef = true;
	}

	@Bean
	OpenAPI pes21OpenApi(@Value("${spring.application.name}") String service,
			@Value("${pes21.api.title:PES 21 ${spring.application.name}}") String title,
			@Value("${pes21.api.description:}") String description) {
		Components components = new Components()
			.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.bearerFormat("JWT")
				.description("A token from POST /auth/token at the gateway (`/v3/api-docs/gateway`), sent as "
						+ "`Authorization: Bearer <token>`. Each operation names the roles it needs " + "(`x-roles`)."))
			.addParameters(IDEMPOTENCY_KEY, new HeaderParameter().name("Idempotency-Key")
				.required(false)
				.description("Makes a recording safe to send again: the same key with the same body answers the "
						+ "first answer again (header `Idempotent-Replayed: true`) and records nothing new; the same "
						+ "key with another body is a 409. Keys belong to the user and the path they were used on.")
				.schema(new StringSchema().minLength(1).maxLength(255).example("demo-2024-dla-welcome-0001")))
			.addHeaders(LOCATION, new Header()
				.description(
						"The URL of what was recorded, at the gateway: `GET` reads it, " + "`DELETE` withdraws it.")
				.schema(new StringSchema().format("uri")
					.example("https://pes21.example/api/dla/structures/6f1c2a9e-3b7d-4c55-9a0e-2d4b8f7e1a20")))
			.addSchemas("FieldProblem", fieldProblem())
			.addSchemas(PROBLEM, problem());
		ProblemAnswers.ALL.forEach((answer) -> components.addResponses(answer.name(), answer.response()));
		return new OpenAPI()
			.info(new Info().title(title).version(API_VERSION).description(description.isBlank() ? null : description))
			.servers(List.of(new Server().url("/")
				.description("The gateway, the suite's one door (the documents are served there too)")))
			.components(components)
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/** The version of the contract (docs/api.md); the document changes with the code. */
	static final String API_VERSION = "1";

	@Bean
	ApiOperations pes21ApiOperations() {
		return new ApiOperations();
	}

	@Bean
	AnswerSchemas pes21AnswerSchemas() {
		return new AnswerSchemas();
	}

	@Bean
	UniqueSchemaNames pes21UniqueSchemaNames() {
		return new UniqueSchemaNames();
	}

	/** Tags in name order, whatever order the controllers were found in. */
	@Bean
	GlobalOpenApiCustomizer pes21StableDocument() {
		return (openApi) -> {
			if (openApi.getTags() != null) {
				List<Tag> tags = openApi.getTags().stream().sorted(Comparator.comparing(Tag::getName)).toList();
				openApi.setTags(tags);
			}
		};
	}

	private static Schema<?> fieldProblem() {
		return new ObjectSchema().description("One field of a validation problem and what is wrong with it.")
			.addProperty("field",
					new StringSchema().description("The field, as a path in the body or a parameter")
						.example("startedOn"))
			.addProperty("message", new StringSchema().description("What is wrong").example("must not be null"))
			.required(List.of("field", "message"));
	}

	private static Schema<?> problem() {
		return new ObjectSchema()
			.description("An RFC 9457 problem detail. `type` names the kind of problem: `urn:pes21:problem:<kind>` "
					+ "from the services (docs/decisions/0004), `about:blank` from the gateway itself.")
			.addProperty("type",
					new StringSchema().format("uri")
						.description("The kind of problem, e.g. `urn:pes21:problem:validation`")
						.example("urn:pes21:problem:validation"))
			.addProperty("title", new StringSchema().description("A short summary of the kind of problem"))
			.addProperty("status", new IntegerSchema().description("The HTTP status code").example(400))
			.addProperty("detail", new StringSchema().description("What went wrong, and what to do"))
			.addProperty("instance", new StringSchema().format("uri-reference").description("The request's path"))
			.addProperty("correlationId",
					new StringSchema().description("The request's X-Correlation-Id (in problems from the gateway)"))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
						.description("Validation problems only: each invalid field"))
			.required(List.of("type", "title", "status"));
	}

	static MediaType problemMedia() {
		return new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
	}

	static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON, problemMedia());
	}

	static ApiResponse problemResponse(String description) {
		return new ApiResponse().description(description).content(problemContent());
	}

	static List<String> roles() {
		return SecurityConfiguration.ROLES;
	}

}
