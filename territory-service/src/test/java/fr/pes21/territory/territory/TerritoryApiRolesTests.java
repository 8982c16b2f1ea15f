package fr.pes21.territory.territory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import fr.pes21.contracts.territory.TerritoryKind;
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
 * Who may record and withdraw what on the territories and their needs, one row per
 * writing endpoint: every role but READER (docs/api.md, "Access"). A role refused gets a
 * 403 problem and records nothing; a role allowed gets the endpoint's answer.
 */
@ApiSlice(TerritoryController.class)
class TerritoryApiRolesTests {

	private static final String TERRITORIES = TerritoryController.TERRITORIES;

	/** Recorded at the slice's clock, by the user of the aggregates built here. */
	private static final Stamp RECORDED = new Stamp(Instant.parse(ApiSlice.NOW), "someone");

	private static final List<Writing<TerritoryApiRolesTests>> WRITING = List.of(
			RoleTable.created("register a territory", RECORDERS, (test) -> json(post(TERRITORIES), """
					{"name": "Communauté de communes Ouche et Montagne", "kind": "EPCI", "department": "21"}
					""")),
			RoleTable.withdrawn("withdraw a territory", RECORDERS,
					(test) -> delete(TERRITORIES + "/" + test.territory((territory) -> null))),
			RoleTable.created("identify a need", RECORDERS,
					(test) -> json(post(TERRITORIES + "/" + test.territory((territory) -> null) + "/needs"),
							"{\"title\": \"Une recyclerie à Sombernon\", \"identifiedOn\": \"2024-03-04\"}")),
			RoleTable.withdrawn("withdraw a need", RECORDERS, (test) -> {
				String[] need = new String[1];
				String territory = test.territory((recorded) -> need[0] = recorded
					.identifyNeed("Une recyclerie à Sombernon", LocalDate.parse("2024-03-04"), RECORDED));
				return delete(TERRITORIES + "/" + territory + "/needs/" + need[0]);
			}));

	@Autowired
	MockMvc mvc;

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	TerritoryRepository territories;

	@MockitoBean
	TerritoryInitiatives initiatives;

	static Stream<Arguments> everyWritingEndpointAndRole() {
		return RoleTable.rows(WRITING);
	}

	static Stream<Writing<TerritoryApiRolesTests>> everyWritingEndpoint() {
		return WRITING.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("everyWritingEndpointAndRole")
	void aRoleRecordsOrWithdrawsExactlyWhereTheTableAllowsIt(Writing<TerritoryApiRolesTests> endpoint, String role)
			throws Exception {
		ApiClient.of(this.mvc, TestTokens.bearer("someone", role))
			.perform(endpoint.request().apply(this))
			.andExpect(endpoint.expectedFor(role));

		if (!endpoint.allows(role)) {
			verify(this.territories, never()).save(any());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyWritingEndpoint")
	void withoutATokenEveryWritingEndpointIsA401Problem(Writing<TerritoryApiRolesTests> endpoint) throws Exception {
		ApiClient.of(this.mvc, null).perform(endpoint.request().apply(this)).andExpect(RoleTable.unauthenticated());

		verify(this.territories, never()).save(any());
	}

	@Test
	void everyRoleReadsATerritoryAndNoneWithoutAToken() throws Exception {
		String territory = territory((recorded) -> null);

		for (String role : RoleTable.ROLES) {
			ApiClient.of(this.mvc, TestTokens.bearer("someone", role))
				.get(TERRITORIES + "/" + territory)
				.andExpect(status().isOk());
		}
		ApiClient.of(this.mvc, null).get(TERRITORIES + "/" + territory).andExpect(RoleTable.unauthenticated());
	}

	/** A territory the repository finds, after {@code then}; answers its id. */
	private String territory(Function<Territory, String> then) {
		Territory territory = Territory.register("Ouche et Montagne", TerritoryKind.EPCI, "21", RECORDED);
		then.apply(territory);
		given(this.territories.findById(territory.id())).willReturn(Optional.of(territory));
		return territory.id();
	}

}
