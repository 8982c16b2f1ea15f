package fr.pes21.dla;

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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The DLA API of docs/api.md, through HTTP, on real MongoDB and Kafka: what is recorded,
 * read back and withdrawn. Bad input and the roles are the web slices
 * ({@code *ApiInputErrorsTests}, {@code *ApiRolesTests}).
 */
@WithRealInfrastructure
@SpringBootTest(properties = TestWebhookKey.PROPERTY)
@AutoConfigureMockMvc
class DlaApiIntegrationTests {

	private static final String DLA = "/api/dla";

	private static final String STRUCTURES = DLA + "/structures";

	private static final String DIAGNOSTICS = DLA + "/diagnostics";

	private static final String ENGINEERINGS = DLA + "/engineerings";

	private static final String STAFF = TestTokens.bearer("alice", "STAFF");

	private static final String READER = TestTokens.bearer("rita", "READER");

	@Autowired
	MockMvc mvc;

	private ApiClient staff;

	@BeforeEach
	void staff() {
		this.staff = ApiClient.of(this.mvc, STAFF);
	}

	// Structures

	@Test
	void registeringAStructureAnswers201WithItsLocationAndReadsBack() throws Exception {
		MvcResult result = this.staff.post(STRUCTURES, """
				{"name": "Le Cri de la Plume", "legalForm": "Association loi 1901", "commune": "Dijon",
				 "siret": "%s", "employeesFte": 2.5}
				""".formatted(uniqueSiret()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andReturn();

		String id = ApiClient.idOf(result);
		assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo("http://localhost" + STRUCTURES + "/" + id);
		this.mvc.perform(get(STRUCTURES + "/" + id).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Le Cri de la Plume"))
			.andExpect(jsonPath("$.legalForm").value("Association loi 1901"))
			.andExpect(jsonPath("$.commune").value("Dijon"))
			.andExpect(jsonPath("$.employeesFte").value(2.5))
			.andExpect(jsonPath("$.welcomes", hasSize(0)))
			.andExpect(jsonPath("$.engineeringRecorded").value(false))
			.andExpect(jsonPath("$.pathway", hasSize(0)));
	}

	@Test
	void twoStructuresCannotHaveTheSameSiret() throws Exception {
		String siret = uniqueSiret();
		String body = """
				{"name": "La Boucle", "legalForm": "SCIC", "commune": "Sombernon", "siret": "%s"}
				""".formatted(siret);
		this.staff.post(STRUCTURES, body).andExpect(status().isCreated());

		this.staff.post(STRUCTURES, body)
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theStructuresAreListedByNameInPages() throws Exception {
		String prefix = "List " + UUID.randomUUID() + " ";
		String second = structure(prefix + "B");
		String first = structure(prefix + "A");

		MvcResult page = this.mvc
			.perform(get(STRUCTURES).param("page", "0").param("size", "200").header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(200))
			.andExpect(jsonPath("$.total").isNumber())
			.andReturn();

		List<String> ids = JsonPath.read(page.getResponse().getContentAsString(), "$.items[*].id");
		assertThat(ids).containsSubsequence(first, second);
		this.mvc.perform(get(STRUCTURES).param("size", "0").header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	// Welcome

	@Test
	void aWelcomeHasItsOwnUrlAndAStructureIsWelcomedAtMostOncePerYear() throws Exception {
		String structure = structure("Tache Papier");

		MvcResult welcome = this.staff.post(STRUCTURES + "/" + structure + "/welcome", "{\"date\": \"2023-03-14\"}")
			.andExpect(status().isCreated())
			.andReturn();

		String url = STRUCTURES + "/" + structure + "/welcomes/" + ApiClient.idOf(welcome);
		assertThat(welcome.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("http://localhost" + url);
		this.mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(ApiClient.idOf(welcome)))
			.andExpect(jsonPath("$.structureId").value(structure))
			.andExpect(jsonPath("$.date").value("2023-03-14"));
		this.staff.post(STRUCTURES + "/" + structure + "/welcome", "{\"date\": \"2023-11-02\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:rule-violation"))
			.andExpect(jsonPath("$.detail").value(containsString("already welcomed in 2023, on 2023-03-14")))
			.andExpect(jsonPath("$.detail").value(containsString(url)));
		this.mvc.perform(get(STRUCTURES + "/" + structure).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.welcomes", hasSize(1)));
	}

	@Test
	void aStructureComesBackForANewPathwayWelcomedInAnotherYearRecordedInAnyOrder() throws Exception {
		String structure = structure("Le Comptoir des Possibles");

		String in2025 = this.staff.record(STRUCTURES + "/" + structure + "/welcome", "{\"date\": \"2025-02-03\"}");
		String in2023 = this.staff.record(STRUCTURES + "/" + structure + "/welcome", "{\"date\": \"2023-05-09\"}");

		MvcResult read = this.mvc.perform(get(STRUCTURES + "/" + structure).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.welcomes[*].id", contains(in2023, in2025)))
			.andExpect(jsonPath("$.welcomes[*].date", contains("2023-05-09", "2025-02-03")))
			.andReturn();
		assertThat(JsonPath.<List<String>>read(read.getResponse().getContentAsString(), "$.pathway[*].path"))
			.containsExactly(STRUCTURES + "/" + structure + "/welcomes/" + in2023,
					STRUCTURES + "/" + structure + "/welcomes/" + in2025);

		this.staff.withdraw(STRUCTURES + "/" + structure + "/welcomes/" + in2023).andExpect(status().isNoContent());

		this.mvc
			.perform(
					get(STRUCTURES + "/" + structure + "/welcomes/" + in2023).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(
					get(STRUCTURES + "/" + structure + "/welcomes/" + in2025).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk());
		this.staff.post(STRUCTURES + "/" + structure + "/welcome", "{\"date\": \"2023-05-10\"}")
			.andExpect(status().isCreated());
	}

	@Test
	void theFormerSingleWelcomeUrlReadsTheLatestAndWithdrawsOnlyAWelcomeThatIsNotAmbiguous() throws Exception {
		String structure = structure("Le Comptoir des Possibles");
		String single = STRUCTURES + "/" + structure + "/welcome";
		String in2023 = this.staff.record(single, "{\"date\": \"2023-05-09\"}");
		String in2024 = this.staff.record(single, "{\"date\": \"2024-02-20\"}");

		this.mvc.perform(get(single).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(in2024));
		this.staff.withdraw(single)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("2 welcomes")))
			.andExpect(
					jsonPath("$.detail").value(containsString(STRUCTURES + "/" + structure + "/welcomes/" + in2023)));
		this.mvc.perform(get(STRUCTURES + "/" + structure).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.welcomes", hasSize(2)));

		this.staff.withdraw(STRUCTURES + "/" + structure + "/welcomes/" + in2024).andExpect(status().isNoContent());
		this.staff.withdraw(single).andExpect(status().isNoContent());

		this.mvc.perform(get(single).header(HttpHeaders.AUTHORIZATION, READER)).andExpect(status().isNotFound());
		this.staff.withdraw(single).andExpect(status().isNotFound());
		this.staff.withdraw(STRUCTURES + "/" + structure + "/welcomes/" + in2023).andExpect(status().isNotFound());
	}

	// Diagnostics

	@Test
	void aDiagnosticRecordedWithItsCompletionHasTwoUrls() throws Exception {
		String structure = structure("La Boucle");

		MvcResult recorded = this.staff.post(STRUCTURES + "/" + structure + "/diagnostics", """
				{"startedOn": "2023-05-02", "completedOn": "2023-06-20", "needs": ["gouvernance", "modèle économique"]}
				""").andExpect(status().isCreated()).andReturn();

		String diagnostic = ApiClient.idOf(recorded);
		assertThat(recorded.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo("http://localhost" + DIAGNOSTICS + "/" + diagnostic);
		this.mvc.perform(get(DIAGNOSTICS + "/" + diagnostic).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.structureId").value(structure))
			.andExpect(jsonPath("$.startedOn").value("2023-05-02"))
			.andExpect(jsonPath("$.completedOn").value("2023-06-20"))
			.andExpect(jsonPath("$.needs[1]").value("modèle économique"));
		MvcResult completion = this.mvc
			.perform(get(DIAGNOSTICS + "/" + diagnostic + "/completion").header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.diagnosticId").value(diagnostic))
			.andExpect(jsonPath("$.structureId").value(structure))
			.andExpect(jsonPath("$.date").value("2023-06-20"))
			.andReturn();
		assertThat(ApiClient.idOf(completion)).isNotEqualTo(diagnostic);
		this.staff.post(DIAGNOSTICS + "/" + diagnostic + "/completion", "{\"date\": \"2023-07-01\"}")
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aDiagnosticIsCompletedLaterButNeverBeforeItStarted() throws Exception {
		String structure = structure("La Boucle");
		String diagnostic = this.staff.record(STRUCTURES + "/" + structure + "/diagnostics",
				"{\"startedOn\": \"2023-05-02\"}");
		this.mvc.perform(get(DIAGNOSTICS + "/" + diagnostic + "/completion").header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isNotFound());

		this.staff.post(DIAGNOSTICS + "/" + diagnostic + "/completion", "{\"date\": \"2023-05-01\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("before it started")));
		MvcResult completed = this.staff
			.post(DIAGNOSTICS + "/" + diagnostic + "/completion", "{\"date\": \"2023-06-20\"}")
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION,
					"http://localhost" + DIAGNOSTICS + "/" + diagnostic + "/completion"))
			.andReturn();
		assertThat(ApiClient.idOf(completed)).isNotEqualTo(diagnostic);
		this.mvc.perform(get(DIAGNOSTICS + "/" + diagnostic + "/completion").header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.id").value(ApiClient.idOf(completed)));

		this.staff.post(STRUCTURES + "/" + structure + "/diagnostics", """
				{"startedOn": "2023-05-02", "completedOn": "2023-05-01"}
				""").andExpect(status().isUnprocessableContent());
	}

	@Test
	void aCompletionWithdrawnByMistakeIsRecordedAgainUnderANewId() throws Exception {
		String structure = structure("La Boucle");
		String diagnostic = this.staff.record(STRUCTURES + "/" + structure + "/diagnostics", """
				{"startedOn": "2023-05-02", "completedOn": "2023-06-20"}
				""");
		String completion = DIAGNOSTICS + "/" + diagnostic + "/completion";
		String first = ApiClient
			.idOf(this.mvc.perform(get(completion).header(HttpHeaders.AUTHORIZATION, STAFF)).andReturn());

		this.staff.withdraw(completion).andExpect(status().isNoContent());

		this.mvc.perform(get(completion).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNotFound());
		this.staff.withdraw(completion).andExpect(status().isNotFound());
		this.mvc.perform(get(DIAGNOSTICS + "/" + diagnostic).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.completedOn").isEmpty());
		this.staff.post(completion, "{\"date\": \"2023-06-19\"}").andExpect(status().isCreated());
		String again = ApiClient.idOf(this.mvc.perform(get(completion).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.date").value("2023-06-19"))
			.andReturn());
		assertThat(again).isNotEqualTo(first).isNotEqualTo(diagnostic);
		this.staff.post(completion, "{\"date\": \"2023-06-21\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("already completed on 2023-06-19")));
		this.mvc.perform(get(STRUCTURES + "/" + structure).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.pathway[1].step").value("DIAGNOSTIC_COMPLETED"))
			.andExpect(jsonPath("$.pathway[1].id").value(again));
	}

	@Test
	void withdrawingADiagnosticAnswers204AndThenItIsGone() throws Exception {
		String structure = structure("La Boucle");
		String diagnostic = this.staff.record(STRUCTURES + "/" + structure + "/diagnostics", """
				{"startedOn": "2023-05-02", "completedOn": "2023-06-20"}
				""");

		this.staff.withdraw(DIAGNOSTICS + "/" + diagnostic).andExpect(status().isNoContent());

		this.mvc.perform(get(DIAGNOSTICS + "/" + diagnostic).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(DIAGNOSTICS + "/" + diagnostic + "/completion").header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isNotFound());
		this.staff.withdraw(DIAGNOSTICS + "/" + diagnostic).andExpect(status().isNotFound());
		this.staff.post(DIAGNOSTICS + "/" + diagnostic + "/completion", "{\"date\": \"2023-06-21\"}")
			.andExpect(status().isNotFound());
		this.staff.withdraw(DIAGNOSTICS + "/" + UUID.randomUUID()).andExpect(status().isNotFound());
		this.mvc.perform(get(STRUCTURES + "/" + structure).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.diagnostics", hasSize(0)));
	}

	// Engineerings

	@Test
	void anIndividualEngineeringIsRecordedForExactlyOneStructure() throws Exception {
		String a = structure("A");
		String b = structure("B");

		MvcResult recorded = this.staff.post(ENGINEERINGS, engineering("INDIVIDUAL", "2023-10-02", a))
			.andExpect(status().isCreated())
			.andReturn();

		String engineering = ApiClient.idOf(recorded);
		assertThat(recorded.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo("http://localhost" + ENGINEERINGS + "/" + engineering);
		this.mvc.perform(get(ENGINEERINGS + "/" + engineering).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("INDIVIDUAL"))
			.andExpect(jsonPath("$.topic").value("Définir une stratégie commerciale"))
			.andExpect(jsonPath("$.consultant").value("Cabinet 3ème Élément"))
			.andExpect(jsonPath("$.days").value(5.0))
			.andExpect(jsonPath("$.startedOn").value("2023-10-02"))
			.andExpect(jsonPath("$.participants", hasSize(1)))
			.andExpect(jsonPath("$.participants[0].structureId").value(a))
			.andExpect(jsonPath("$.completion").isEmpty());
		this.staff.post(ENGINEERINGS, engineering("INDIVIDUAL", "2023-10-02"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("exactly one structure (0 given)")));
		this.staff.post(ENGINEERINGS, engineering("INDIVIDUAL", "2023-10-02", a, b))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("exactly one structure (2 given)")));
		this.staff.post(ENGINEERINGS + "/" + engineering + "/participants", "{\"structureId\": \"" + b + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("only be added to a collective engineering")));
	}

	@Test
	void aParticipantIsAddedToACollectiveEngineeringOnceAndHasItsOwnUrl() throws Exception {
		String a = structure("A");
		String b = structure("B");
		String c = structure("C");
		String engineering = this.staff.record(ENGINEERINGS, engineering("COLLECTIVE", "2024-06-03", a, b));

		MvcResult added = this.staff
			.post(ENGINEERINGS + "/" + engineering + "/participants",
					"{\"structureId\": \"" + c + "\", \"joinedOn\": \"2024-07-01\"}")
			.andExpect(status().isCreated())
			.andReturn();

		String participant = added.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(participant).isEqualTo(
				"http://localhost" + ENGINEERINGS + "/" + engineering + "/participants/" + ApiClient.idOf(added));
		this.mvc.perform(get(participant).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.structureId").value(c))
			.andExpect(jsonPath("$.joinedOn").value("2024-07-01"))
			.andExpect(jsonPath("$.joinedAtStart").value(false));
		this.staff.post(ENGINEERINGS + "/" + engineering + "/participants", "{\"structureId\": \"" + c + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("already takes part")));
		this.staff.post(ENGINEERINGS + "/" + engineering + "/participants", "{\"structureId\": \"" + a + "\"}")
			.andExpect(status().isUnprocessableContent());
		this.staff
			.post(ENGINEERINGS + "/" + engineering + "/participants",
					"{\"structureId\": \"" + UUID.randomUUID() + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("record the structure first")));
		this.staff.post(ENGINEERINGS + "/" + engineering + "/participants", "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("structureId"));
		this.mvc.perform(get(ENGINEERINGS + "/" + engineering).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.participants", hasSize(3)));
	}

	@Test
	void aParticipantAddedAfterTheStartTakesPartFromTheStartOrFromJoinedOnButNeverBeforeTheStart() throws Exception {
		String a = structure("A");
		String b = structure("B");
		String late = structure("Ajoutée sans date");
		String dated = structure("Ajoutée avec sa date");
		String engineering = ENGINEERINGS + "/"
				+ this.staff.record(ENGINEERINGS, engineering("COLLECTIVE", "2024-06-03", a, b));

		String fromStart = engineering + "/participants/"
				+ this.staff.record(engineering + "/participants", "{\"structureId\": \"" + late + "\"}");
		this.staff
			.post(engineering + "/participants", "{\"structureId\": \"" + dated + "\", \"joinedOn\": \"2024-06-02\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:rule-violation"))
			.andExpect(jsonPath("$.detail").value(containsString("before it started (2024-06-03)")));
		this.staff
			.post(engineering + "/participants", "{\"structureId\": \"" + dated + "\", \"joinedOn\": \"2024-06-31\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("joinedOn"));
		// the former name of joinedOn is still read
		String withDate = engineering + "/participants/" + this.staff.record(engineering + "/participants",
				"{\"structureId\": \"" + dated + "\", \"date\": \"2024-07-08\"}");

		this.mvc.perform(get(fromStart).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.joinedOn").value("2024-06-03"))
			.andExpect(jsonPath("$.joinedAtStart").value(false));
		this.mvc.perform(get(withDate).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.joinedOn").value("2024-07-08"));
		// a follow-up during the engineering, typed in long after, is the structure's
		this.staff
			.post(STRUCTURES + "/" + late + "/follow-ups", "{\"date\": \"2024-06-20\", \"kind\": \"POST_ENGINEERING\"}")
			.andExpect(status().isCreated());
		this.mvc.perform(get(STRUCTURES + "/" + late).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.firstEngineeringOn").value("2024-06-03"))
			.andExpect(jsonPath("$.pathway[*].step",
					contains("COLLECTIVE_ENGINEERING_JOINED", "POST_ENGINEERING_FOLLOW_UP")))
			.andExpect(jsonPath("$.pathway[0].date").value("2024-06-03"));
	}

	@Test
	void aParticipantCannotJoinAfterTheCompletionButWithoutJoinedOnItTakesPartFromTheStart() throws Exception {
		String a = structure("A");
		String b = structure("B");
		String c = structure("C");
		String d = structure("D");
		String engineering = ENGINEERINGS + "/"
				+ this.staff.record(ENGINEERINGS, engineering("COLLECTIVE", "2024-06-03", a, b));
		this.staff.record(engineering + "/completion", "{\"date\": \"2024-09-30\"}");

		this.staff.post(engineering + "/participants", "{\"structureId\": \"" + c + "\", \"joinedOn\": \"2024-10-01\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("completed on 2024-09-30")));
		this.staff.post(engineering + "/participants", "{\"structureId\": \"" + c + "\", \"joinedOn\": \"2024-09-30\"}")
			.andExpect(status().isCreated());
		this.staff.post(engineering + "/participants", "{\"structureId\": \"" + d + "\"}")
			.andExpect(status().isCreated());

		this.mvc.perform(get(engineering).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.participants[*].joinedOn",
					contains("2024-06-03", "2024-06-03", "2024-09-30", "2024-06-03")));
	}

	@Test
	void withdrawingAnAddedParticipantAnswers204ButAStructureThereFromTheStartStays() throws Exception {
		String a = structure("A");
		String b = structure("B");
		String c = structure("C");
		String engineering = this.staff.record(ENGINEERINGS, engineering("COLLECTIVE", "2024-06-03", a, b));
		String participant = ENGINEERINGS + "/" + engineering + "/participants/" + this.staff
			.record(ENGINEERINGS + "/" + engineering + "/participants", "{\"structureId\": \"" + c + "\"}");

		this.staff.withdraw(participant).andExpect(status().isNoContent());

		this.mvc.perform(get(participant).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNotFound());
		this.staff.withdraw(participant).andExpect(status().isNotFound());
		MvcResult read = this.mvc
			.perform(get(ENGINEERINGS + "/" + engineering).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.participants", hasSize(2)))
			.andReturn();
		String initial = JsonPath.read(read.getResponse().getContentAsString(), "$.participants[0].id");
		this.staff.withdraw(ENGINEERINGS + "/" + engineering + "/participants/" + initial)
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void anEngineeringIsCompletedNeverBeforeItStartedAndItsCompletionCanBeWithdrawn() throws Exception {
		String a = structure("A");
		String engineering = this.staff.record(ENGINEERINGS, engineering("INDIVIDUAL", "2023-10-02", a));
		String completion = ENGINEERINGS + "/" + engineering + "/completion";

		this.staff.post(completion, "{\"date\": \"2023-10-01\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("before it started (2023-10-02)")));
		MvcResult completed = this.staff.post(completion, "{\"date\": \"2024-01-15\"}")
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "http://localhost" + completion))
			.andReturn();
		this.mvc.perform(get(completion).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(ApiClient.idOf(completed)))
			.andExpect(jsonPath("$.date").value("2024-01-15"));
		this.staff.post(completion, "{\"date\": \"2024-01-16\"}").andExpect(status().isUnprocessableContent());

		this.staff.withdraw(completion).andExpect(status().isNoContent());

		this.mvc.perform(get(completion).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNotFound());
		this.staff.withdraw(completion).andExpect(status().isNotFound());
		this.staff.post(completion, "{\"date\": \"2024-01-16\"}").andExpect(status().isCreated());
	}

	@Test
	void withdrawingAnEngineeringWithdrawsItsParticipantsAndCompletionThenIsGone() throws Exception {
		String a = structure("A");
		String b = structure("B");
		String c = structure("C");
		String engineering = ENGINEERINGS + "/"
				+ this.staff.record(ENGINEERINGS, engineering("COLLECTIVE", "2024-06-03", a, b));
		String participant = engineering + "/participants/" + this.staff.record(engineering + "/participants",
				"{\"structureId\": \"" + c + "\", \"joinedOn\": \"2024-06-10\"}");
		this.staff.record(engineering + "/completion", "{\"date\": \"2024-09-30\"}");

		this.staff.withdraw(engineering).andExpect(status().isNoContent());

		for (String gone : List.of(engineering, participant, engineering + "/completion")) {
			this.mvc.perform(get(gone).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNotFound());
		}
		this.staff.withdraw(engineering).andExpect(status().isNotFound());
		this.staff.post(engineering + "/participants", "{\"structureId\": \"" + structure("D") + "\"}")
			.andExpect(status().isNotFound());
		this.mvc.perform(get(STRUCTURES + "/" + c).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.engineerings", hasSize(0)))
			.andExpect(jsonPath("$.pathway", hasSize(0)));
	}

	// Follow-ups

	@Test
	void aPostEngineeringFollowUpForAStructureWithNoRecordedEngineeringIsAcceptedAndThePathwaySaysSo()
			throws Exception {
		String structure = structure("Ingénierie d'avant le logiciel");

		MvcResult held = this.staff
			.post(STRUCTURES + "/" + structure + "/follow-ups",
					"{\"date\": \"2024-01-15\", \"kind\": \"POST_ENGINEERING\"}")
			.andExpect(status().isCreated())
			.andReturn();

		this.mvc.perform(get(STRUCTURES + "/" + structure).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.engineeringRecorded").value(false))
			.andExpect(jsonPath("$.firstEngineeringOn").isEmpty())
			.andExpect(jsonPath("$.engineerings", hasSize(0)))
			.andExpect(jsonPath("$.followUps[0].id").value(ApiClient.idOf(held)))
			.andExpect(jsonPath("$.pathway[0].step").value("POST_ENGINEERING_FOLLOW_UP"));
	}

	@Test
	void aFollowUpDatedBeforeTheStructuresFirstRecordedEngineeringIsAccepted() throws Exception {
		String structure = structure("Le Cri de la Plume");
		this.staff.record(ENGINEERINGS, engineering("INDIVIDUAL", "2023-10-02", structure));

		// it follows an engineering that predates the software
		this.staff
			.post(STRUCTURES + "/" + structure + "/follow-ups",
					"{\"date\": \"2023-09-15\", \"kind\": \"POST_ENGINEERING\"}")
			.andExpect(status().isCreated());

		this.mvc.perform(get(STRUCTURES + "/" + structure).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.engineeringRecorded").value(true))
			.andExpect(jsonPath("$.firstEngineeringOn").value("2023-10-02"))
			.andExpect(jsonPath("$.pathway[*].step",
					contains("POST_ENGINEERING_FOLLOW_UP", "INDIVIDUAL_ENGINEERING_STARTED")));
	}

	@Test
	void aFollowUpHasItsOwnUrlAndCanBeWithdrawn() throws Exception {
		String structure = structure("Le Cri de la Plume");
		this.staff.record(ENGINEERINGS, engineering("INDIVIDUAL", "2023-10-02", structure));

		this.staff.post(STRUCTURES + "/" + structure + "/follow-ups", "{\"date\": \"2024-01-15\", \"kind\": \"ANY\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		this.staff.post(STRUCTURES + "/" + structure + "/follow-ups", "{\"kind\": \"POST_ENGINEERING\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		MvcResult held = this.staff
			.post(STRUCTURES + "/" + structure + "/follow-ups",
					"{\"date\": \"2024-01-15\", \"kind\": \"POST_ENGINEERING\"}")
			.andExpect(status().isCreated())
			.andReturn();
		String followUp = held.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(followUp)
			.isEqualTo("http://localhost" + STRUCTURES + "/" + structure + "/follow-ups/" + ApiClient.idOf(held));
		this.mvc.perform(get(followUp).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2024-01-15"))
			.andExpect(jsonPath("$.kind").value("POST_ENGINEERING"));

		this.staff.withdraw(followUp).andExpect(status().isNoContent());

		this.mvc.perform(get(followUp).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNotFound());
		this.staff.withdraw(followUp).andExpect(status().isNotFound());
	}

	// The whole pathway

	@Test
	void aStructureShowsItsWholePathwayInDateOrder() throws Exception {
		String plume = structure("Le Cri de la Plume");
		String other = structure("Autre structure");
		String later = structure("Structure ajoutée");
		String welcome = this.staff.record(STRUCTURES + "/" + plume + "/welcome", "{\"date\": \"2023-03-14\"}");
		String diagnostic = this.staff.record(STRUCTURES + "/" + plume + "/diagnostics", """
				{"startedOn": "2023-05-02", "completedOn": "2023-06-20", "needs": ["stratégie commerciale"]}
				""");
		String individual = this.staff.record(ENGINEERINGS, engineering("INDIVIDUAL", "2023-10-02", plume));
		this.staff.record(ENGINEERINGS + "/" + individual + "/completion", "{\"date\": \"2024-01-15\"}");
		String collective = this.staff.record(ENGINEERINGS, engineering("COLLECTIVE", "2024-06-03", plume, other));
		this.staff.record(ENGINEERINGS + "/" + collective + "/participants",
				"{\"structureId\": \"" + later + "\", \"joinedOn\": \"2024-06-17\"}");
		String followUp = this.staff.record(STRUCTURES + "/" + plume + "/follow-ups",
				"{\"date\": \"2024-02-12\", \"kind\": \"POST_ENGINEERING\"}");

		MvcResult read = this.mvc.perform(get(STRUCTURES + "/" + plume).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.welcomes[0].id").value(welcome))
			.andExpect(jsonPath("$.diagnostics[0].id").value(diagnostic))
			.andExpect(jsonPath("$.engineerings[0].id").value(individual))
			.andExpect(jsonPath("$.engineerings[0].completedOn").value("2024-01-15"))
			.andExpect(jsonPath("$.engineerings[1].id").value(collective))
			.andExpect(jsonPath("$.engineerings[1].topic").value("Définir une stratégie commerciale"))
			.andExpect(jsonPath("$.followUps[0].id").value(followUp))
			.andExpect(jsonPath("$.pathway[5].path").value(STRUCTURES + "/" + plume + "/follow-ups/" + followUp))
			.andReturn();

		String body = read.getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(body, "$.pathway[*].step")).containsExactly("WELCOMED",
				"DIAGNOSTIC_STARTED", "DIAGNOSTIC_COMPLETED", "INDIVIDUAL_ENGINEERING_STARTED", "ENGINEERING_COMPLETED",
				"POST_ENGINEERING_FOLLOW_UP", "COLLECTIVE_ENGINEERING_STARTED");
		assertThat(JsonPath.<List<String>>read(body, "$.pathway[*].date")).containsExactly("2023-03-14", "2023-05-02",
				"2023-06-20", "2023-10-02", "2024-01-15", "2024-02-12", "2024-06-03");
		this.mvc.perform(get(STRUCTURES + "/" + later).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.pathway[0].step").value("COLLECTIVE_ENGINEERING_JOINED"))
			.andExpect(jsonPath("$.pathway[0].date").value("2024-06-17"))
			.andExpect(jsonPath("$.engineerings[0].joinedAtStart").value(false));
	}

	// Audit trail

	@Test
	void theAuditTrailOfAStructureKeepsWhoRecordedAndWithdrewEachFactForStaffAndAdminOnly() throws Exception {
		ApiClient volunteer = this.staff.as(TestTokens.bearer("victor", "VOLUNTEER"));
		String structure = STRUCTURES + "/" + structure("Auditée");
		volunteer.post(structure + "/welcome", "{\"date\": \"2024-03-04\"}").andExpect(status().isCreated());
		this.staff.get(structure + "/welcome").andExpect(jsonPath("$.recordedBy").value("victor"));
		this.staff.as(READER).get(structure + "/welcome").andExpect(jsonPath("$.recordedBy").doesNotExist());
		this.staff.withdraw(structure + "/welcome").andExpect(status().isNoContent());

		this.staff.get(structure + "/audit")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].fact").value("StructureRegistered"))
			.andExpect(jsonPath("$.entries[0].recordedBy").value("alice"))
			.andExpect(jsonPath("$.entries[1].fact").value("StructureWelcomed"))
			.andExpect(jsonPath("$.entries[1].recordedBy").value("victor"))
			.andExpect(jsonPath("$.entries[1].withdrawnBy").value("alice"));
		volunteer.get(structure + "/audit").andExpect(status().isForbidden());
	}

	private String structure(String name) throws Exception {
		return this.staff.record(STRUCTURES, structureBody(name));
	}

	private static String structureBody(String name) {
		return """
				{"name": "%s", "legalForm": "Association loi 1901", "commune": "Dijon"}
				""".formatted(name);
	}

	private static String engineering(String kind, String startedOn, String... structureIds) {
		String ids = String.join("\", \"", structureIds);
		return """
				{"kind": "%s", "topic": "Définir une stratégie commerciale", "consultant": "Cabinet 3ème Élément",
				 "days": 5, "startedOn": "%s", "structureIds": [%s]}
				""".formatted(kind, startedOn, (structureIds.length == 0) ? "" : "\"" + ids + "\"");
	}

	/** A SIRET with a right check digit that no other test uses. */
	private static String uniqueSiret() {
		String base = String.format("%013d",
				Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000_000_000L));
		if (base.startsWith("356000000")) {
			base = "1" + base.substring(1);
		}
		for (int check = 0; check <= 9; check++) {
			String candidate = base + check;
			if (luhn(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("no check digit for " + base);
	}

	private static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(i) - '0';
			if (i % 2 == 0) {
				digit = (digit * 2 > 9) ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

}
