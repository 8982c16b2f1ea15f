package fr.pes21.gateway.apidocs;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's own API document ({@code /v3/api-docs/gateway}, committed as
 * {@code docs/api/gateway.json}): how to get a token. The services' documents are served
 * beside it through their routes, and Swagger UI ({@code /swagger-ui.html}) lists them
 * all (docs/decisions/0011).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI gatewayOpenApi() {
		return new OpenAPI()
			.info(new Info().title("PES 21 gateway: the suite's one door")
				.version("1")
				.description("Everything goes through the gateway. Get a token here with POST /auth/token, then send "
						+ "it as `Authorization: Bearer <token>` to the operations of the services' documents: "
						+ "`/v3/api-docs/accompaniment-service`, `/v3/api-docs/dla-service`, "
						+ "`/v3/api-docs/territory-service`, `/v3/api-docs/events-service`, "
						+ "`/v3/api-docs/reporting-service` (Swagger UI: `/swagger-ui.html`, \"Authorize\"). "
						+ "Reading the documents needs no token."))
			.servers(List.of(new Server().url("/").description("The gateway")))
			.components(new Components()
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("JWT")
							.description("A token from POST /auth/token"))
				.addSchemas("GatewayProblem", problem()));
	}

	/**
	 * The roles each account operation needs, as the services' documents say theirs
	 * ({@code x-roles}, which the staff application reads): one's own account for every
	 * role, the others for ADMINs (auth/SecurityConfiguration). The token endpoints need
	 * none.
	 */
	@Bean
	OpenApiCustomizer accountRoles() {
		return (openApi) -> openApi.getPaths().forEach((path, item) -> {
			if (!path.startsWith("/api/accounts")) {
				return;
			}
			List<String> roles = path.startsWith("/api/accounts/me") ? List.of("ADMIN", "STAFF", "VOLUNTEER", "READER")
					: List.of("ADMIN");
			item.readOperations().forEach((operation) -> operation.addExtension("x-roles", roles));
		});
	}

	private static Schema<?> problem() {
		return new ObjectSchema()
			.description("An RFC 9457 problem detail written by the gateway itself, in the services' vocabulary: "
					+ "`type` is `urn:pes21:problem:<kind>` (`validation`, `malformed-body`, `unauthenticated`, "
					+ "`forbidden`, `not-found`, `duplicate`, `rule-violation`, `payload-too-large`, "
					+ "`too-many-requests`, `bad-gateway`, `service-unavailable`, `internal-error`), the title that "
					+ "kind always has.")
			.addProperty("type", new StringSchema().format("uri").example("urn:pes21:problem:unauthenticated"))
			.addProperty("title", new StringSchema().example("Authentication required"))
			.addProperty("status", new IntegerSchema().example(401))
			.addProperty("detail", new StringSchema().example("Unknown user or wrong password."))
			.addProperty("instance", new StringSchema().format("uri-reference").example("/auth/token"))
			.addProperty("correlationId", new StringSchema().description("The request's X-Correlation-Id"))
			.addProperty("errors",
					new io.swagger.v3.oas.models.media.ArraySchema()
						.items(new ObjectSchema().addProperty("field", new StringSchema())
							.addProperty("message", new StringSchema())
							.required(List.of("field", "message")))
						.description("Validation problems only: each invalid field"))
			.required(List.of("type", "title", "status", "detail", "instance"));
	}

}
