package fr.pes21.dla.engineering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import fr.pes21.platform.audit.Stamp;
import fr.pes21.testsupport.ApiClient;
import fr.pes21.testsupport.ApiSlice;
import fr.pes21.testsupport.RoleTable;
import fr.pes21.testsupport.RoleTable.Writing;
import fr.pes21.testsupport.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Answers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static fr.pes21.dla.engineering.EngineeringApiInputErrorsTests.A;
import static fr.pes21.dla.engineering.EngineeringApiInputErrorsTests.B;
import static fr.pes21.dla.engineering.EngineeringApiInputErrorsTests.C;
import static fr.pes21.testsupport.RoleTable.RECORDERS;
import static fr.pes21.testsupport.RoleTable.json;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may record and withdraw what on the DLA engineerings, one row per writing endpoint:
 * every role but READER (docs/api.md, "Access"). A role refused gets a 403 problem and
 * records nothing; a role allowed gets the endpoint's answer.
 */
@ApiSlice(EngineeringController.class)
@Import(EngineeringApiInputErrorsTests.Structures.class)
class EngineeringApiRolesTests {

	private static final String ENGINEERINGS = EngineeringController.ENGINEERINGS;

	/** Recorded at the slice's clock, by the user of the aggregates built here. */
	private static final Stamp RECORDED = new Stamp(Instant.parse(ApiSlice.NOW), "someone");

	private static final List<Writing<EngineeringApiRolesTests>> WRITING = List.of(
			RoleTable.created("start an engineering", RECORDERS,
					(test) -> json(post(ENGINEERINGS),
							EngineeringApiInputErrorsTests.engineering("COLLECTIVE", "2024-06-03", A, B))),
			RoleTable.withdrawn("withdraw an engineering", RECORDERS,
					(test) -> delete(ENGINEERINGS + "/" + test.engineering((e) -> null))),
			RoleTable.created("add a participant", RECORDERS,
					(test) -> json(post(ENGINEERINGS + "/" + test.engineering((e) -> null) + "/participants"),
							"{\"structureId\": \"" + C + "\"}")),
			RoleTable.withdrawn("withdraw a participant", RECORDERS, (test) -> {
				String[] participation = new String[1];
				String engineering = test.engineering((e) -> participation[0] = e.addParticipant(C, null, RECORDED));
				return delete(ENGINEERINGS + "/" + engineering + "/participants/" + participation[0]);
			}),
			RoleTable.created("complete an engineering", RECORDERS,
					(test) -> json(post(ENGINEERINGS + "/" + test.engineering((e) -> null) + "/completion"),
							"{\"date\": \"2024-09-30\"}")),
			RoleTable.withdrawn("withdraw a completion", RECORDERS, (test) -> delete(ENGINEERINGS + "/"
					+ test.engineering((e) -> e.complete(LocalDate.parse("2024-09-30"), RECORDED)) + "/completion")));

	@Autowired
	MockMvc mvc;

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	EngineeringRepository engineerings;

	static Stream<Arguments> everyWritingEndpointAndRole() {
		return RoleTable.rows(WRITING);
	}

	static Stream<Writing<EngineeringApiRolesTests>> everyWritingEndpoint() {
		return WRITING.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("everyWritingEndpointAndRole")
	void aRoleRecordsOrWithdrawsExactlyWhereTheTableAllowsIt(Writing<EngineeringApiRolesTests> endpoint, String role)
			throws Exception {
		ApiClient.of(this.mvc, TestTokens.bearer("someone", role))
			.perform(endpoint.request().apply(this))
			.andExpect(endpoint.expectedFor(role));

		if (!endpoint.allows(role)) {
			verify(this.engineerings, never()).save(any());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyWritingEndpoint")
	void withoutATokenEveryWritingEndpointIsA401Problem(Writing<EngineeringApiRolesTests> endpoint) throws Exception {
		ApiClient.of(this.mvc, null).perform(endpoint.request().apply(this)).andExpect(RoleTable.unauthenticated());

		verify(this.engineerings, never()).save(any());
	}

	/** A collective engineering of A and B the repository finds, after {@code then}. */
	private String engineering(Function<Engineering, String> then) {
		Engineering engineering = Engineering.start(EngineeringKind.COLLECTIVE, "Stratégie", "Cabinet", 5,
				LocalDate.parse("2024-06-03"), List.of(A, B), RECORDED);
		then.apply(engineering);
		given(this.engineerings.findById(engineering.id())).willReturn(Optional.of(engineering));
		return engineering.id();
	}

}
