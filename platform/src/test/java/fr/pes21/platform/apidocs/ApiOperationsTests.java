package fr.pes21.platform.apidocs;

import java.util.List;

import fr.pes21.platform.web.Created;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ApiOperationsTests {

	private final ApiOperations operations = new ApiOperations();

	@Test
	void aReadIsForEveryRoleAndCanOnlyMissItsTokenOrItsId() throws Exception {
		Operation read = customize(Notes.class, "read", String.class);

		assertThat(read.getExtensions()).containsEntry("x-roles", List.of("ADMIN", "STAFF", "VOLUNTEER", "READER"));
		assertThat(read.getDescription()).endsWith("**Roles:** ADMIN, STAFF, VOLUNTEER, READER.");
		assertThat(read.getResponses()).containsOnlyKeys("200", "401", "404");
		assertThat(read.getResponses().get("404").get$ref()).isEqualTo("#/components/responses/NotFound");
		assertThat(read.getParameters()).isNull();
	}

	@Test
	void aRecordingIsForEveryoneButAReaderTakesAnIdempotencyKeyAndAnswers201() throws Exception {
		Operation record = customize(Notes.class, "recordMeeting", String.class, Object.class);

		assertThat(record.getExtensions()).containsEntry("x-roles", List.of("ADMIN", "STAFF", "VOLUNTEER"));
		assertThat(record.getParameters()).extracting(Parameter::get$ref)
			.containsExactly("#/components/parameters/IdempotencyKey");
		assertThat(record.getResponses()).containsOnlyKeys("201", "400", "401", "403", "404", "409", "413", "422");
		assertThat(record.getResponses().get("201").getHeaders()).containsKey("Location");
		assertThat(record.getResponses().get("422").get$ref()).isEqualTo("#/components/responses/RefusedByARule");
	}

	@Test
	void aCreationWithNothingInItsPathIsRefusedByARuleOnlyWhenItSaysSo() throws Exception {
		Operation create = customize(Notes.class, "create", Object.class);

		assertThat(create.getResponses()).containsOnlyKeys("201", "400", "401", "403", "409", "413");
	}

	@Test
	void aWithdrawalCanConflictOrBeRefusedButTakesNoBody() throws Exception {
		Operation withdraw = customize(Notes.class, "withdraw", String.class);

		assertThat(withdraw.getResponses()).containsOnlyKeys("204", "401", "403", "404", "409", "422");
	}

	@Test
	void aRoleCheckOfTheControllerOrTheMethodNarrowsTheRoles() throws Exception {
		assertThat(customize(Subscriptions.class, "list").getExtensions()).containsEntry("x-roles", List.of("ADMIN"));
		assertThat(customize(Subscriptions.class, "contacts").getExtensions()).containsEntry("x-roles",
				List.of("ADMIN", "STAFF"));
		assertThat(customize(Subscriptions.class, "contacts").getResponses()).containsKey("403");
	}

	@Test
	void anAnswerTheServiceDeclaresKeepsItsDescriptionAndBecomesAProblem() throws Exception {
		ApiResponses declared = new ApiResponses().addApiResponse("200", new ApiResponse().description("OK"))
			.addApiResponse("409", new ApiResponse().description("A rebuild is running").content(new Content()));

		Operation operation = this.operations.customize(new Operation().responses(declared),
				handler(Notes.class, "create", Object.class));

		assertThat(operation.getResponses().get("409").getDescription()).isEqualTo("A rebuild is running");
		assertThat(operation.getResponses().get("409").getContent()).containsOnlyKeys("application/problem+json");
	}

	@Test
	void aCreationThatDeclaresOnlyItsRefusalsStillAnswers201WithItsIdAndLocation() throws Exception {
		// springdoc adds no success beside a declared refusal
		ApiResponses declared = new ApiResponses().addApiResponse("422",
				new ApiResponse().description("Refused by a rule").content(new Content()));

		Operation operation = this.operations.customize(new Operation().responses(declared),
				handler(Notes.class, "create", Object.class));

		assertThat(operation.getResponses()).containsKeys("201", "422").doesNotContainKey("200");
		assertThat(operation.getResponses().get("201").getHeaders()).containsKey("Location");
		assertThat(operation.getResponses().get("201").getContent().get("application/json").getSchema().get$ref())
			.isEqualTo("#/components/schemas/Created");
	}

	@Test
	void aRoleCheckItCannotReadStopsTheDocument() {
		assertThatIllegalStateException().isThrownBy(() -> customize(Unreadable.class, "list"))
			.withMessageContaining("hasRole");
	}

	private Operation customize(Class<?> controller, String method, Class<?>... parameters) throws Exception {
		ApiResponses responses = new ApiResponses();
		HandlerMethod handler = handler(controller, method, parameters);
		responses.addApiResponse(handler.getMethod().getReturnType() == void.class ? "204" : "200",
				new ApiResponse().description("OK"));
		return this.operations.customize(new Operation().responses(responses), handler);
	}

	private static HandlerMethod handler(Class<?> controller, String method, Class<?>... parameters) throws Exception {
		return new HandlerMethod(controller.getDeclaredConstructor().newInstance(),
				controller.getDeclaredMethod(method, parameters));
	}

	static class Notes {

		@GetMapping("/api/notes/{id}")
		String read(@PathVariable String id) {
			return id;
		}

		@PostMapping("/api/notes")
		ResponseEntity<Created> create(@RequestBody Object note) {
			return null;
		}

		@PostMapping("/api/notes/{id}/meetings")
		ResponseEntity<Created> recordMeeting(@PathVariable String id, @RequestBody Object meeting) {
			return null;
		}

		@DeleteMapping("/api/notes/{id}")
		void withdraw(@PathVariable String id) {
		}

	}

	@PreAuthorize("hasRole('ADMIN')")
	static class Subscriptions {

		@GetMapping("/api/subscriptions")
		String list() {
			return "";
		}

		@GetMapping("/api/contacts")
		@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
		String contacts() {
			return "";
		}

	}

	@PreAuthorize("isAuthenticated() and principal.name == 'rita'")
	static class Unreadable {

		@GetMapping("/api/secrets")
		String list() {
			return "";
		}

	}

}
