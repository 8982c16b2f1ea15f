package fr.pes21.territory.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import fr.pes21.contracts.territory.InitiativeStage;
import fr.pes21.contracts.territory.MilestoneKind;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.territory.territory.KnownTerritories;
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
 * Who may record and withdraw what on the initiatives, one row per writing endpoint:
 * every role but READER (docs/api.md, "Access"). A role refused gets a 403 problem and
 * records nothing; a role allowed gets the endpoint's answer. The territory is known to
 * {@link KnownTerritories} (a mock: the territories are {@code TerritoryApiRolesTests}).
 */
@ApiSlice(InitiativeController.class)
class InitiativeApiRolesTests {

	private static final String INITIATIVES = InitiativeController.INITIATIVES;

	/** Recorded at the slice's clock, by the user of the aggregates built here. */
	private static final Stamp RECORDED = new Stamp(Instant.parse(ApiSlice.NOW), "someone");

	private static final LocalDate STARTED = LocalDate.parse("2024-03-04");

	private static final List<Writing<InitiativeApiRolesTests>> WRITING = List.of(
			RoleTable.created("start an initiative", RECORDERS,
					(test) -> json(post("/api/territories/territory-1/initiatives"),
							"{\"name\": \"La Boucle\", \"startedOn\": \"2024-03-04\"}")),
			RoleTable.withdrawn("withdraw an initiative", RECORDERS,
					(test) -> delete(INITIATIVES + "/" + test.initiative((initiative) -> null))),
			RoleTable.created("change its stage", RECORDERS,
					(test) -> json(post(INITIATIVES + "/" + test.initiative((initiative) -> null) + "/stage"),
							"{\"stage\": \"FEASIBILITY\", \"date\": \"2024-05-02\"}")),
			RoleTable.withdrawn("withdraw a stage change", RECORDERS, (test) -> {
				String[] change = new String[1];
				String initiative = test.initiative((recorded) -> change[0] = recorded
					.changeStage(InitiativeStage.FEASIBILITY, LocalDate.parse("2024-05-02"), null, RECORDED));
				return delete(INITIATIVES + "/" + initiative + "/stages/" + change[0]);
			}),
			RoleTable.created("reach a milestone", RECORDERS,
					(test) -> json(post(INITIATIVES + "/" + test.initiative((initiative) -> null) + "/milestones"),
							"{\"kind\": \"FOUNDING_ASSEMBLY\", \"date\": \"2024-05-02\", \"label\": \"AG\"}")),
			RoleTable.withdrawn("withdraw a milestone", RECORDERS, (test) -> {
				String[] milestone = new String[1];
				String initiative = test.initiative((recorded) -> milestone[0] = recorded
					.reachMilestone(MilestoneKind.FOUNDING_ASSEMBLY, LocalDate.parse("2024-05-02"), "AG", RECORDED));
				return delete(INITIATIVES + "/" + initiative + "/milestones/" + milestone[0]);
			}),
			RoleTable.created("hold a steering meeting", RECORDERS,
					(test) -> json(post(INITIATIVES + "/" + test.initiative((initiative) -> null) + "/meetings"),
							"{\"date\": \"2024-05-02\", \"kind\": \"STEERING\"}")),
			RoleTable.withdrawn("withdraw a meeting", RECORDERS, (test) -> {
				String[] meeting = new String[1];
				String initiative = test.initiative((recorded) -> meeting[0] = recorded
					.holdMeeting(LocalDate.parse("2024-05-02"), MeetingKind.STEERING, RECORDED));
				return delete(INITIATIVES + "/" + initiative + "/meetings/" + meeting[0]);
			}));

	@Autowired
	MockMvc mvc;

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	InitiativeRepository initiatives;

	@MockitoBean
	KnownTerritories territories;

	static Stream<Arguments> everyWritingEndpointAndRole() {
		return RoleTable.rows(WRITING);
	}

	static Stream<Writing<InitiativeApiRolesTests>> everyWritingEndpoint() {
		return WRITING.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("everyWritingEndpointAndRole")
	void aRoleRecordsOrWithdrawsExactlyWhereTheTableAllowsIt(Writing<InitiativeApiRolesTests> endpoint, String role)
			throws Exception {
		ApiClient.of(this.mvc, TestTokens.bearer("someone", role))
			.perform(endpoint.request().apply(this))
			.andExpect(endpoint.expectedFor(role));

		if (!endpoint.allows(role)) {
			verify(this.initiatives, never()).save(any());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyWritingEndpoint")
	void withoutATokenEveryWritingEndpointIsA401Problem(Writing<InitiativeApiRolesTests> endpoint) throws Exception {
		ApiClient.of(this.mvc, null).perform(endpoint.request().apply(this)).andExpect(RoleTable.unauthenticated());

		verify(this.initiatives, never()).save(any());
	}

	@Test
	void everyRoleReadsAnInitiativeAndNoneWithoutAToken() throws Exception {
		String initiative = initiative((recorded) -> null);

		for (String role : RoleTable.ROLES) {
			ApiClient.of(this.mvc, TestTokens.bearer("someone", role))
				.get(INITIATIVES + "/" + initiative)
				.andExpect(status().isOk());
		}
		ApiClient.of(this.mvc, null).get(INITIATIVES + "/" + initiative).andExpect(RoleTable.unauthenticated());
		ApiClient.of(this.mvc, null).get(INITIATIVES).andExpect(RoleTable.unauthenticated());
	}

	/**
	 * An initiative started on 2024-03-04 that the repository finds, after {@code then}.
	 */
	private String initiative(Function<Initiative, String> then) {
		Initiative initiative = Initiative.start("territory-1", "La Boucle", null, null, STARTED, RECORDED);
		then.apply(initiative);
		given(this.initiatives.findById(initiative.id())).willReturn(Optional.of(initiative));
		return initiative.id();
	}

}
