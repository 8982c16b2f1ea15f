package fr.pes21.dla.structure;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Answers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static fr.pes21.testsupport.RoleTable.RECORDERS;
import static fr.pes21.testsupport.RoleTable.json;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may record and withdraw what on the DLA structures and diagnostics, one row per
 * writing endpoint: every role but READER (docs/api.md, "Access"). A role refused gets a
 * 403 problem and records nothing; a role allowed gets the endpoint's answer.
 */
@ApiSlice({ StructureController.class, DiagnosticController.class })
class StructureApiRolesTests {

	private static final String STRUCTURES = StructureController.STRUCTURES;

	private static final String DIAGNOSTICS = DiagnosticController.DIAGNOSTICS;

	/** Recorded at the slice's clock, by the user of the aggregates built here. */
	private static final Stamp RECORDED = new Stamp(Instant.parse(ApiSlice.NOW), "someone");

	private static final LocalDate DAY = LocalDate.parse("2024-03-04");

	private static final List<Writing<StructureApiRolesTests>> WRITING = List.of(
			RoleTable.created("register a structure", RECORDERS, (test) -> json(post(STRUCTURES), """
					{"name": "Le Cri de la Plume", "legalForm": "Association loi 1901", "commune": "Dijon"}
					""")),
			RoleTable.created("record a welcome", RECORDERS,
					(test) -> json(post(STRUCTURES + "/" + test.structure((s) -> null) + "/welcome"),
							"{\"date\": \"2024-03-04\"}")),
			RoleTable.withdrawn("withdraw the only welcome", RECORDERS,
					(test) -> delete(STRUCTURES + "/" + test.structure((s) -> s.welcome(DAY, RECORDED)) + "/welcome")),
			RoleTable.withdrawn("withdraw a welcome", RECORDERS, (test) -> {
				String[] welcome = new String[1];
				String structure = test.structure((s) -> welcome[0] = s.welcome(DAY, RECORDED));
				return delete(StructureController.welcomePath(structure, welcome[0]));
			}),
			RoleTable.created("start a diagnostic", RECORDERS,
					(test) -> json(post(STRUCTURES + "/" + test.structure((s) -> null) + "/diagnostics"),
							"{\"startedOn\": \"2024-03-04\"}")),
			RoleTable.withdrawn("withdraw a diagnostic", RECORDERS,
					(test) -> delete(DIAGNOSTICS + "/" + test.diagnostic(null))),
			RoleTable.created("complete a diagnostic", RECORDERS,
					(test) -> json(post(DIAGNOSTICS + "/" + test.diagnostic(null) + "/completion"),
							"{\"date\": \"2024-05-02\"}")),
			RoleTable.withdrawn("withdraw a diagnostic's completion", RECORDERS,
					(test) -> delete(
							DIAGNOSTICS + "/" + test.diagnostic(LocalDate.parse("2024-05-02")) + "/completion")),
			RoleTable.created("record a follow-up", RECORDERS,
					(test) -> json(post(STRUCTURES + "/" + test.structure((s) -> null) + "/follow-ups"),
							"{\"date\": \"2024-03-04\", \"kind\": \"POST_ENGINEERING\"}")),
			RoleTable.withdrawn("withdraw a follow-up", RECORDERS, (test) -> {
				String[] followUp = new String[1];
				String structure = test
					.structure((s) -> followUp[0] = s.holdFollowUp(DAY, FollowUpKind.POST_ENGINEERING, RECORDED));
				return delete(STRUCTURES + "/" + structure + "/follow-ups/" + followUp[0]);
			}));

	@Autowired
	MockMvc mvc;

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	StructureRepository structures;

	@MockitoBean
	StructureEngineerings engineerings;

	static Stream<Arguments> everyWritingEndpointAndRole() {
		return RoleTable.rows(WRITING);
	}

	static Stream<Writing<StructureApiRolesTests>> everyWritingEndpoint() {
		return WRITING.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("everyWritingEndpointAndRole")
	void aRoleRecordsOrWithdrawsExactlyWhereTheTableAllowsIt(Writing<StructureApiRolesTests> endpoint, String role)
			throws Exception {
		ApiClient.of(this.mvc, TestTokens.bearer("someone", role))
			.perform(endpoint.request().apply(this))
			.andExpect(endpoint.expectedFor(role));

		if (!endpoint.allows(role)) {
			verify(this.structures, never()).save(any());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyWritingEndpoint")
	void withoutATokenEveryWritingEndpointIsA401Problem(Writing<StructureApiRolesTests> endpoint) throws Exception {
		ApiClient.of(this.mvc, null).perform(endpoint.request().apply(this)).andExpect(RoleTable.unauthenticated());

		verify(this.structures, never()).save(any());
	}

	@Test
	void everyRoleReadsAndNoneWithoutAToken() throws Exception {
		String structure = structure((s) -> s.welcome(DAY, RECORDED));

		for (String role : RoleTable.ROLES) {
			ApiClient.of(this.mvc, TestTokens.bearer("someone", role))
				.get(STRUCTURES + "/" + structure + "/welcome")
				.andExpect(status().isOk());
		}
		ApiClient.of(this.mvc, null).get(STRUCTURES).andExpect(RoleTable.unauthenticated());
	}

	/** A structure the repository finds, after {@code then}; answers its id. */
	private String structure(Function<Structure, String> then) {
		Structure structure = Structure.register("La Boucle", "SCIC", "Sombernon", null, null, RECORDED);
		then.apply(structure);
		given(this.structures.findById(structure.id())).willReturn(Optional.of(structure));
		return structure.id();
	}

	/** A diagnostic started on 2024-03-04 that the repository finds; answers its id. */
	private String diagnostic(LocalDate completedOn) {
		Structure structure = Structure.register("La Boucle", "SCIC", "Sombernon", null, null, RECORDED);
		String diagnostic = structure.startDiagnostic(DAY, completedOn, List.of(), RECORDED);
		given(this.structures.findByDiagnosticsRecordedId(diagnostic)).willReturn(Optional.of(structure));
		return diagnostic;
	}

}
