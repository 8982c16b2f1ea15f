package fr.pes21.territory;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import fr.pes21.testsupport.ApiClient;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The territories API of docs/api.md, through HTTP, on real MongoDB and Kafka. */
@WithRealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
class TerritoryApiIntegrationTests {

	private static final String TERRITORIES = "/api/territories";

	private static final String INITIATIVES = "/api/initiatives";

	private static final String STAFF = TestTokens.bearer("alice", "STAFF");

	private static final String READER = TestTokens.bearer("rita", "READER");

	@Autowired
	MockMvc mvc;

	private ApiClient staff;

	@BeforeEach
	void staff() {
		this.staff = ApiClient.of(this.mvc, STAFF);
	}

	// Territories

	@Test
	void registeringATerritoryAnswers201WithItsLocationAndReadsBack() throws Exception {
		MvcResult result = this.staff.post(TERRITORIES, """
				{"name": "Communauté de communes Ouche et Montagne", "kind": "EPCI", "department": "21"}
				""").andExpect(status().isCreated()).andExpect(jsonPath("$.id").isString()).andReturn();

		String id = ApiClient.idOf(result);
		assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo("http://localhost" + TERRITORIES + "/" + id);
		this.mvc.perform(get(TERRITORIES + "/" + id).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Communauté de communes Ouche et Montagne"))
			.andExpect(jsonPath("$.kind").value("EPCI"))
			.andExpect(jsonPath("$.department").value("21"))
			.andExpect(jsonPath("$.registeredOn").isString())
			.andExpect(jsonPath("$.needs", hasSize(0)))
			.andExpect(jsonPath("$.initiatives", hasSize(0)));
	}

	@Test
	void theTerritoriesAreListedByNameInPages() throws Exception {
		String prefix = "List " + UUID.randomUUID() + " ";
		String second = territory(prefix + "B");
		String first = territory(prefix + "A");

		MvcResult page = this.mvc
			.perform(get(TERRITORIES).param("page", "0").param("size", "200").header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(200))
			.andExpect(jsonPath("$.total").isNumber())
			.andReturn();

		List<String> ids = JsonPath.read(page.getResponse().getContentAsString(), "$.items[*].id");
		assertThat(ids).containsSubsequence(first, second);
		this.mvc.perform(get(TERRITORIES).param("size", "0").header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@Test
	void aTerritoryShowsItsNeedsAndItsInitiativesWithTheirCurrentStage() throws Exception {
		String territory = territory("Ouche et Montagne");
		String later = this.staff.record(TERRITORIES + "/" + territory + "/needs", need("2023-05-01"));
		String need = this.staff.record(TERRITORIES + "/" + territory + "/needs", need("2023-02-07"));
		String initiative = this.staff.record(TERRITORIES + "/" + territory + "/initiatives",
				initiative(need, "2023-03-01"));
		this.staff.record(INITIATIVES + "/" + initiative + "/stage", stage("FEASIBILITY", "2023-06-05"));

		this.mvc.perform(get(TERRITORIES + "/" + territory).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.needs[0].id").value(need))
			.andExpect(jsonPath("$.needs[0].title").value("Une recyclerie à Sombernon"))
			.andExpect(jsonPath("$.needs[0].path").value(TERRITORIES + "/" + territory + "/needs/" + need))
			.andExpect(jsonPath("$.needs[1].id").value(later))
			.andExpect(jsonPath("$.initiatives", hasSize(1)))
			.andExpect(jsonPath("$.initiatives[0].id").value(initiative))
			.andExpect(jsonPath("$.initiatives[0].name").value("La Boucle"))
			.andExpect(jsonPath("$.initiatives[0].needId").value(need))
			.andExpect(jsonPath("$.initiatives[0].stage").value("FEASIBILITY"))
			.andExpect(jsonPath("$.initiatives[0].path").value(INITIATIVES + "/" + initiative));
	}

	@Test
	void aTerritoryIsWithdrawnOnlyOnceItsInitiativesAndNeedsAreAndThenItIsGone() throws Exception {
		String territory = territory("Retirée");
		String need = this.staff.record(TERRITORIES + "/" + territory + "/needs", need("2023-02-07"));
		String initiative = this.staff.record(TERRITORIES + "/" + territory + "/initiatives",
				initiative(need, "2023-03-01"));

		this.staff.withdraw(TERRITORIES + "/" + territory)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:rule-violation"))
			.andExpect(jsonPath("$.detail").value(containsString("still has 1 initiative and 1 need")));
		this.staff.withdraw(INITIATIVES + "/" + initiative).andExpect(status().isNoContent());
		this.staff.withdraw(TERRITORIES + "/" + territory)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("0 initiatives and 1 need")));
		this.staff.withdraw(TERRITORIES + "/" + territory + "/needs/" + need).andExpect(status().isNoContent());

		this.staff.withdraw(TERRITORIES + "/" + territory).andExpect(status().isNoContent());

		this.mvc.perform(get(TERRITORIES + "/" + territory).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isNotFound());
		this.staff.withdraw(TERRITORIES + "/" + territory).andExpect(status().isNotFound());
		this.staff.post(TERRITORIES + "/" + territory + "/needs", need("2023-02-07")).andExpect(status().isNotFound());
		this.mvc.perform(get(TERRITORIES).param("size", "200").header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(territory))));
	}

	// Needs

	@Test
	void aNeedHasItsOwnUrlAndCanBeWithdrawn() throws Exception {
		String territory = territory("Ouche et Montagne");

		MvcResult identified = this.staff.post(TERRITORIES + "/" + territory + "/needs", need("2023-02-07"))
			.andExpect(status().isCreated())
			.andReturn();

		String need = identified.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(need)
			.isEqualTo("http://localhost" + TERRITORIES + "/" + territory + "/needs/" + ApiClient.idOf(identified));
		this.mvc.perform(get(need).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.territoryId").value(territory))
			.andExpect(jsonPath("$.title").value("Une recyclerie à Sombernon"))
			.andExpect(jsonPath("$.identifiedOn").value("2023-02-07"));
		this.staff.post(TERRITORIES + "/" + territory + "/needs", "{\"identifiedOn\": \"2023-02-07\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));

		this.staff.withdraw(need).andExpect(status().isNoContent());

		this.mvc.perform(get(need).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNotFound());
		this.staff.withdraw(need).andExpect(status().isNotFound());
		this.mvc.perform(get(TERRITORIES + "/" + territory).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.needs", hasSize(0)));
	}

	@Test
	void aNeedFromWhichAnInitiativeWasBornIsNotWithdrawnWhileTheInitiativeStands() throws Exception {
		String territory = territory("Ouche et Montagne");
		String need = this.staff.record(TERRITORIES + "/" + territory + "/needs", need("2023-02-07"));
		String initiative = this.staff.record(TERRITORIES + "/" + territory + "/initiatives",
				initiative(need, "2023-03-01"));

		this.staff.withdraw(TERRITORIES + "/" + territory + "/needs/" + need)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail")
				.value(containsString("'La Boucle' (DELETE " + INITIATIVES + "/" + initiative + ")")));

		this.staff.withdraw(INITIATIVES + "/" + initiative).andExpect(status().isNoContent());
		this.staff.withdraw(TERRITORIES + "/" + territory + "/needs/" + need).andExpect(status().isNoContent());
	}

	// Initiatives

	@Test
	void startingAnInitiativeAnswers201AtItsOwnUrlAtTheStageEmergence() throws Exception {
		String territory = territory("Ouche et Montagne");
		String need = this.staff.record(TERRITORIES + "/" + territory + "/needs", need("2023-02-07"));

		MvcResult started = this.staff
			.post(TERRITORIES + "/" + territory + "/initiatives", initiative(need, "2023-03-01"))
			.andExpect(status().isCreated())
			.andReturn();

		String id = ApiClient.idOf(started);
		assertThat(started.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo("http://localhost" + INITIATIVES + "/" + id);
		this.mvc.perform(get(INITIATIVES + "/" + id).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.territoryId").value(territory))
			.andExpect(jsonPath("$.needId").value(need))
			.andExpect(jsonPath("$.name").value("La Boucle"))
			.andExpect(jsonPath("$.startedOn").value("2023-03-01"))
			.andExpect(jsonPath("$.stage").value("EMERGENCE"))
			.andExpect(jsonPath("$.stageSince").value("2023-03-01"))
			.andExpect(jsonPath("$.jobs").isEmpty())
			.andExpect(jsonPath("$.stages", hasSize(1)))
			.andExpect(jsonPath("$.stages[0].stage").value("EMERGENCE"))
			.andExpect(jsonPath("$.stages[0].path").value(INITIATIVES + "/" + id))
			.andExpect(jsonPath("$.milestones", hasSize(0)))
			.andExpect(jsonPath("$.meetings", hasSize(0)));
		this.staff.post(TERRITORIES + "/" + territory + "/initiatives", initiative(null, "2023-03-01"))
			.andExpect(status().isCreated());
		this.staff.post(TERRITORIES + "/" + territory + "/initiatives", "{\"startedOn\": \"2023-03-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void anInitiativeIsBornOnlyFromAnActiveNeedOfItsTerritoryAndNotBeforeIt() throws Exception {
		String territory = territory("Ouche et Montagne");
		String elsewhere = territory("Ailleurs");
		String needElsewhere = this.staff.record(TERRITORIES + "/" + elsewhere + "/needs", need("2023-02-07"));
		String withdrawnNeed = this.staff.record(TERRITORIES + "/" + territory + "/needs", need("2023-02-07"));
		this.staff.withdraw(TERRITORIES + "/" + territory + "/needs/" + withdrawnNeed)
			.andExpect(status().isNoContent());
		String need = this.staff.record(TERRITORIES + "/" + territory + "/needs", need("2023-02-07"));
		String unknown = UUID.randomUUID().toString();

		for (String notANeedOfTheTerritory : List.of(unknown, needElsewhere, withdrawnNeed)) {
			this.staff
				.post(TERRITORIES + "/" + territory + "/initiatives", initiative(notANeedOfTheTerritory, "2023-03-01"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(
						jsonPath("$.detail").value(containsString("No need with the id '" + notANeedOfTheTerritory)));
		}
		this.staff.post(TERRITORIES + "/" + territory + "/initiatives", initiative(need, "2023-02-06"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("before the need was identified (2023-02-07)")));
		this.mvc.perform(get(TERRITORIES + "/" + territory).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.initiatives", hasSize(0)));
	}

	@Test
	void theInitiativesAreListedLatestStartedFirstInPages() throws Exception {
		String territory = territory("Liste");
		String older = this.staff.record(TERRITORIES + "/" + territory + "/initiatives",
				initiative(null, "1990-01-01"));
		String newer = this.staff.record(TERRITORIES + "/" + territory + "/initiatives",
				initiative(null, "1990-06-01"));

		MvcResult page = this.mvc
			.perform(get(INITIATIVES).param("page", "0").param("size", "200").header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.total").isNumber())
			.andReturn();

		List<String> ids = JsonPath.read(page.getResponse().getContentAsString(), "$.items[*].id");
		assertThat(ids).containsSubsequence(newer, older);
		this.mvc.perform(get(INITIATIVES).param("page", "-1").header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	// Stages

	@Test
	void aStageChangeHasItsOwnUrlAndMovesTheInitiativeForward() throws Exception {
		String initiative = initiative();

		MvcResult changed = this.staff.post(initiative + "/stage", stage("FEASIBILITY", "2023-06-05"))
			.andExpect(status().isCreated())
			.andReturn();

		String change = changed.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(change).isEqualTo("http://localhost" + initiative + "/stages/" + ApiClient.idOf(changed));
		this.mvc.perform(get(change).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(ApiClient.idOf(changed)))
			.andExpect(jsonPath("$.stage").value("FEASIBILITY"))
			.andExpect(jsonPath("$.previousStage").value("EMERGENCE"))
			.andExpect(jsonPath("$.date").value("2023-06-05"))
			.andExpect(jsonPath("$.jobs").isEmpty());
		this.mvc.perform(get(initiative).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.stage").value("FEASIBILITY"))
			.andExpect(jsonPath("$.stageSince").value("2023-06-05"));
		this.staff.post(initiative + "/stage", "{\"stage\": \"OPEN\", \"date\": \"2023-07-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
		this.staff.post(initiative + "/stage", "{\"date\": \"2023-07-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
	}

	@Test
	void repeatingGoingBackOrSkippingAStageIsA422ThatSaysHowToCorrect() throws Exception {
		String initiative = initiative();
		String feasibility = this.staff.record(initiative + "/stage", stage("FEASIBILITY", "2023-06-05"));
		String creation = this.staff.record(initiative + "/stage", stage("CREATION", "2023-12-02"));

		this.staff.post(initiative + "/stage", stage("CREATION", "2024-01-10"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:rule-violation"))
			.andExpect(jsonPath("$.detail").value(containsString("already at CREATION")))
			.andExpect(jsonPath("$.detail").value(containsString("DELETE " + initiative + "/stages/" + creation)));
		this.staff.post(initiative + "/stage", stage("FEASIBILITY", "2024-01-10"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("only move forward")))
			.andExpect(jsonPath("$.detail").value(containsString("withdraw the latest stage change")))
			.andExpect(jsonPath("$.detail").value(containsString("back at FEASIBILITY")));
		this.staff.post(initiative + "/stage", stage("EMERGENCE", "2024-01-10"))
			.andExpect(status().isUnprocessableContent());

		String other = initiative();
		this.staff.post(other + "/stage", stage("CREATION", "2023-06-05"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("record FEASIBILITY first")));
		this.staff.post(other + "/stage", launched("2023-06-05", 1)).andExpect(status().isUnprocessableContent());
		this.mvc.perform(get(initiative).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.stage").value("CREATION"))
			.andExpect(jsonPath("$.stages[1].id").value(feasibility))
			.andExpect(jsonPath("$.stages", hasSize(3)));
	}

	@Test
	void anInitiativeIsStoppedFromAStageThatIsNotFinalAndNothingComesAfter() throws Exception {
		String initiative = initiative();
		this.staff.record(initiative + "/stage", stage("FEASIBILITY", "2023-06-05"));
		String stopped = this.staff.record(initiative + "/stage", stage("STOPPED", "2023-09-01"));

		for (String next : List.of("CREATION", "STOPPED", "EMERGENCE")) {
			this.staff.post(initiative + "/stage", stage(next, "2023-10-01"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value(containsString("a final stage")))
				.andExpect(jsonPath("$.detail").value(containsString("/stages/" + stopped)));
		}
		String launched = launchedInitiative(1);
		this.staff.post(launched + "/stage", stage("STOPPED", "2024-12-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("LAUNCHED since 2024-06-01, a final stage")));
	}

	@Test
	void aStageChangeDatedBeforeThePreviousStageOrTheStartIsA422() throws Exception {
		String initiative = initiative();

		this.staff.post(initiative + "/stage", stage("FEASIBILITY", "2023-02-28"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("before it started (2023-03-01)")));
		this.staff.record(initiative + "/stage", stage("FEASIBILITY", "2023-06-05"));
		this.staff.post(initiative + "/stage", stage("CREATION", "2023-06-04"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("before it reached FEASIBILITY (2023-06-05)")));
		this.staff.post(initiative + "/stage", stage("STOPPED", "2023-06-04"))
			.andExpect(status().isUnprocessableContent());
		this.staff.post(initiative + "/stage", stage("CREATION", "2023-06-05")).andExpect(status().isCreated());
	}

	@Test
	void jobsAreDeclaredWithLaunchedOnlyAndDefaultToZero() throws Exception {
		String initiative = initiative();

		this.staff.post(initiative + "/stage", "{\"stage\": \"FEASIBILITY\", \"date\": \"2023-06-05\", \"jobs\": 2}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Jobs are declared when the initiative is LAUNCHED")));
		this.staff.record(initiative + "/stage", stage("FEASIBILITY", "2023-06-05"));
		this.staff.record(initiative + "/stage", stage("CREATION", "2023-12-02"));
		this.staff.post(initiative + "/stage", launched("2024-06-01", -1))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("jobs"));

		String launch = this.staff.record(initiative + "/stage", stage("LAUNCHED", "2024-06-01"));

		this.mvc.perform(get(initiative + "/stages/" + launch).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.jobs").value(0));
		this.mvc.perform(get(initiative).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.stage").value("LAUNCHED"))
			.andExpect(jsonPath("$.jobs").value(0));
	}

	@Test
	void onlyTheLatestStageChangeIsWithdrawnAndTheInitiativeIsBackAtThePreviousStage() throws Exception {
		String initiative = initiative();
		String feasibility = initiative + "/stages/"
				+ this.staff.record(initiative + "/stage", stage("FEASIBILITY", "2023-06-05"));
		String creation = initiative + "/stages/"
				+ this.staff.record(initiative + "/stage", stage("CREATION", "2023-12-02"));

		this.staff.withdraw(feasibility)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Only the latest stage change")))
			.andExpect(jsonPath("$.detail").value(containsString("DELETE " + creation)));

		this.staff.withdraw(creation).andExpect(status().isNoContent());

		this.mvc.perform(get(creation).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNotFound());
		this.staff.withdraw(creation).andExpect(status().isNotFound());
		this.mvc.perform(get(initiative).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.stage").value("FEASIBILITY"))
			.andExpect(jsonPath("$.stages", hasSize(2)));
		this.staff.withdraw(feasibility).andExpect(status().isNoContent());
		this.mvc.perform(get(initiative).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.stage").value("EMERGENCE"));
		this.staff.post(initiative + "/stage", stage("FEASIBILITY", "2023-07-01")).andExpect(status().isCreated());
	}

	// Milestones and meetings

	@Test
	void aMilestoneHasItsOwnUrlAndCanBeWithdrawn() throws Exception {
		String initiative = initiative();

		MvcResult reached = this.staff.post(initiative + "/milestones", """
				{"kind": "FOUNDING_ASSEMBLY", "date": "2023-12-02", "label": "Assemblée générale constitutive"}
				""").andExpect(status().isCreated()).andReturn();

		String milestone = reached.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(milestone).isEqualTo("http://localhost" + initiative + "/milestones/" + ApiClient.idOf(reached));
		this.mvc.perform(get(milestone).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("FOUNDING_ASSEMBLY"))
			.andExpect(jsonPath("$.date").value("2023-12-02"))
			.andExpect(jsonPath("$.label").value("Assemblée générale constitutive"));
		this.staff
			.post(initiative + "/milestones", "{\"kind\": \"PARTY\", \"date\": \"2024-01-10\", \"label\": \"Fête\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		this.staff
			.post(initiative + "/milestones", "{\"kind\": \"STATUTES\", \"date\": \"2024-01-10\", \"label\": \" \"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("label"));

		this.staff.withdraw(milestone).andExpect(status().isNoContent());

		this.mvc.perform(get(milestone).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNotFound());
		this.staff.withdraw(milestone).andExpect(status().isNotFound());
	}

	@Test
	void aSteeringMeetingHasItsOwnUrlAndCanBeWithdrawn() throws Exception {
		String initiative = initiative();

		MvcResult held = this.staff.post(initiative + "/meetings", meeting("2024-01-25"))
			.andExpect(status().isCreated())
			.andReturn();

		String meeting = held.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(meeting).isEqualTo("http://localhost" + initiative + "/meetings/" + ApiClient.idOf(held));
		this.mvc.perform(get(meeting).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("STEERING"))
			.andExpect(jsonPath("$.date").value("2024-01-25"));
		this.staff.post(initiative + "/meetings", "{\"date\": \"2024-01-25\", \"kind\": \"ANY\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));

		this.staff.withdraw(meeting).andExpect(status().isNoContent());

		this.mvc.perform(get(meeting).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNotFound());
		this.staff.withdraw(meeting).andExpect(status().isNotFound());
	}

	@Test
	void aMilestoneOrAMeetingDatedBeforeTheInitiativeStartedIsA422() throws Exception {
		String initiative = initiative();

		this.staff.post(initiative + "/milestones", milestone("FOUNDING_ASSEMBLY", "2023-02-28"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("before the initiative started (2023-03-01)")));
		this.staff.post(initiative + "/meetings", meeting("2023-02-28"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("before the initiative started (2023-03-01)")));
		this.staff.post(initiative + "/milestones", milestone("FOUNDING_ASSEMBLY", "2023-03-01"))
			.andExpect(status().isCreated());
	}

	@Test
	void anInitiativeShowsItsStageHistoryMilestonesAndMeetingsInDateOrder() throws Exception {
		String initiative = initiative();
		String feasibility = this.staff.record(initiative + "/stage", stage("FEASIBILITY", "2023-06-05"));
		this.staff.record(initiative + "/meetings", meeting("2024-04-24"));
		String first = this.staff.record(initiative + "/meetings", meeting("2024-01-25"));
		this.staff.record(initiative + "/milestones", milestone("STATUTES", "2024-01-10"));
		String assembly = this.staff.record(initiative + "/milestones", milestone("FOUNDING_ASSEMBLY", "2023-12-02"));
		this.staff.record(initiative + "/stage", stage("CREATION", "2023-12-02"));
		this.staff.record(initiative + "/stage", launched("2024-06-01", 1));

		MvcResult read = this.mvc.perform(get(initiative).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("LAUNCHED"))
			.andExpect(jsonPath("$.jobs").value(1))
			.andExpect(jsonPath("$.stages[1].id").value(feasibility))
			.andExpect(jsonPath("$.stages[1].path").value(initiative + "/stages/" + feasibility))
			.andExpect(jsonPath("$.stages[3].jobs").value(1))
			.andExpect(jsonPath("$.milestones[0].id").value(assembly))
			.andExpect(jsonPath("$.milestones[0].path").value(initiative + "/milestones/" + assembly))
			.andExpect(jsonPath("$.meetings[0].id").value(first))
			.andExpect(jsonPath("$.meetings[0].path").value(initiative + "/meetings/" + first))
			.andReturn();

		String body = read.getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(body, "$.stages[*].stage")).containsExactly("EMERGENCE", "FEASIBILITY",
				"CREATION", "LAUNCHED");
		assertThat(JsonPath.<List<String>>read(body, "$.stages[*].date")).containsExactly("2023-03-01", "2023-06-05",
				"2023-12-02", "2024-06-01");
		assertThat(JsonPath.<List<String>>read(body, "$.milestones[*].date")).containsExactly("2023-12-02",
				"2024-01-10");
		assertThat(JsonPath.<List<String>>read(body, "$.meetings[*].date")).containsExactly("2024-01-25", "2024-04-24");
	}

	@Test
	void withdrawingAnInitiativeWithdrawsEverythingRecordedOnItThenItIsGone() throws Exception {
		String initiative = initiative();
		String stage = initiative + "/stages/"
				+ this.staff.record(initiative + "/stage", stage("FEASIBILITY", "2023-06-05"));
		String milestone = initiative + "/milestones/"
				+ this.staff.record(initiative + "/milestones", milestone("FOUNDING_ASSEMBLY", "2023-12-02"));
		String meeting = initiative + "/meetings/" + this.staff.record(initiative + "/meetings", meeting("2024-01-25"));

		this.staff.withdraw(initiative).andExpect(status().isNoContent());

		for (String gone : List.of(initiative, stage, milestone, meeting)) {
			this.mvc.perform(get(gone).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNotFound());
		}
		this.staff.withdraw(initiative).andExpect(status().isNotFound());
		this.staff.post(initiative + "/meetings", meeting("2024-02-25")).andExpect(status().isNotFound());
		this.mvc.perform(get(INITIATIVES).param("size", "200").header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(initiative.substring(INITIATIVES.length() + 1)))));
	}

	@Test
	void theSameIdempotencyKeyRecordsAMeetingOnce() throws Exception {
		String initiative = initiative();
		String key = UUID.randomUUID().toString();

		String first = ApiClient.idOf(this.staff.post(initiative + "/meetings", meeting("2024-01-25"), key)
			.andExpect(status().isCreated())
			.andReturn());
		String again = ApiClient.idOf(this.staff.post(initiative + "/meetings", meeting("2024-01-25"), key)
			.andExpect(status().isCreated())
			.andReturn());

		assertThat(again).isEqualTo(first);
		this.mvc.perform(get(initiative).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.meetings", hasSize(1)));
		this.staff.post(initiative + "/meetings", meeting("2024-01-26"), key).andExpect(status().isConflict());
	}

	@Test
	void theAuditTrailOfAnInitiativeKeepsWhoRecordedAndWithdrewEachFactAlsoOnceItIsWithdrawn() throws Exception {
		ApiClient volunteer = this.staff.as(TestTokens.bearer("victor", "VOLUNTEER"));
		String initiative = initiative();
		String meeting = initiative + "/meetings/" + volunteer.record(initiative + "/meetings", meeting("2024-01-25"));
		this.staff.get(meeting).andExpect(jsonPath("$.recordedBy").value("victor"));
		this.staff.as(READER).get(meeting).andExpect(jsonPath("$.recordedBy").doesNotExist());

		this.staff.withdraw(initiative).andExpect(status().isNoContent());

		this.staff.get(initiative + "/audit")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].fact").value("InitiativeStarted"))
			.andExpect(jsonPath("$.entries[0].recordedBy").value("alice"))
			.andExpect(jsonPath("$.entries[0].withdrawnBy").value("alice"))
			.andExpect(jsonPath("$.entries[1].fact").value("SteeringMeetingHeld"))
			.andExpect(jsonPath("$.entries[1].recordedBy").value("victor"))
			.andExpect(jsonPath("$.entries[1].withdrawnBy").value("alice"));
		volunteer.get(initiative + "/audit").andExpect(status().isForbidden());
	}

	/** An initiative started on 1 March 2023 on a territory of its own; its path. */
	private String initiative() throws Exception {
		String territory = territory("Ouche et Montagne");
		return INITIATIVES + "/"
				+ this.staff.record(TERRITORIES + "/" + territory + "/initiatives", initiative(null, "2023-03-01"));
	}

	/** An initiative launched on 1 June 2024 with these jobs; its path. */
	private String launchedInitiative(int jobs) throws Exception {
		String initiative = initiative();
		this.staff.record(initiative + "/stage", stage("FEASIBILITY", "2023-06-05"));
		this.staff.record(initiative + "/stage", stage("CREATION", "2023-12-02"));
		this.staff.record(initiative + "/stage", launched("2024-06-01", jobs));
		return initiative;
	}

	private String territory(String name) throws Exception {
		return this.staff.record(TERRITORIES, territoryBody(name));
	}

	private static String territoryBody(String name) {
		return """
				{"name": "%s", "kind": "EPCI", "department": "21"}
				""".formatted(name);
	}

	private static String need(String identifiedOn) {
		return """
				{"title": "Une recyclerie à Sombernon", "identifiedOn": "%s"}
				""".formatted(identifiedOn);
	}

	private static String initiative(String needId, String startedOn) {
		return """
				{"name": "La Boucle", %s"startedOn": "%s"}
				""".formatted((needId != null) ? "\"needId\": \"" + needId + "\", " : "", startedOn);
	}

	private static String stage(String stage, String date) {
		return """
				{"stage": "%s", "date": "%s"}
				""".formatted(stage, date);
	}

	private static String launched(String date, int jobs) {
		return """
				{"stage": "LAUNCHED", "date": "%s", "jobs": %d}
				""".formatted(date, jobs);
	}

	private static String milestone(String kind, String date) {
		return """
				{"kind": "%s", "date": "%s", "label": "Étape"}
				""".formatted(kind, date);
	}

	private static String meeting(String date) {
		return """
				{"date": "%s", "kind": "STEERING"}
				""".formatted(date);
	}

}
