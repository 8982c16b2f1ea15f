package fr.pes21.territory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.Topics;
import fr.pes21.contracts.Withdrawal;
import fr.pes21.contracts.territory.InitiativeStage;
import fr.pes21.contracts.territory.InitiativeStageChanged;
import fr.pes21.contracts.territory.MilestoneReached;
import fr.pes21.contracts.territory.SteeringMeetingHeld;
import fr.pes21.testsupport.FactsOnTopic;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Générateur BFC worked example of docs/domain.md, recorded through the API as staff
 * would: La Boucle, a recyclerie in Sombernon (Communauté de communes Ouche et Montagne),
 * from its founding general assembly on 2 December 2023 to its inauguration on 19 October
 * 2024. The facts published for 2024 must give the territory indicators what the activity
 * report prints (the reporting service that counts them is tested on its own). Days the
 * report does not give (the need, the start, the 2024 steps within their month) are
 * plausible ones.
 */
@WithRealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
class LaBoucleScenarioIntegrationTests {

	private static final String STAFF = TestTokens.bearer("claire", "STAFF");

	private static final int YEAR = 2024;

	@Autowired
	MockMvc mvc;

	@Test
	void laBouclesYearGivesTheTerritoryIndicatorsOfTheReport() throws Exception {
		String territory = record("/api/territories", """
				{"name": "Communauté de communes Ouche et Montagne", "kind": "EPCI", "department": "21"}
				""");
		String need = record("/api/territories/" + territory + "/needs", """
				{"title": "Aucun lieu de réemploi ni de recyclerie autour de Sombernon", "identifiedOn": "2020-11-17"}
				""");
		String initiative = record("/api/territories/" + territory + "/initiatives", """
				{"name": "La Boucle, recyclerie de Sombernon", "needId": "%s", "startedOn": "2021-01-19"}
				""".formatted(need));
		String laBoucle = "/api/initiatives/" + initiative;

		stage(laBoucle, "FEASIBILITY", "2021-09-14");
		milestone(laBoucle, "FOUNDING_ASSEMBLY", "2023-12-02",
				"Assemblée générale constitutive de l'association La Boucle");
		stage(laBoucle, "CREATION", "2023-12-02");
		milestone(laBoucle, "STATUTES", "2024-01-16", "Dépôt des statuts de l'association");
		steeringMeeting(laBoucle, "2024-01-25");
		milestone(laBoucle, "APPROVAL", "2024-03-12", "Demande d'agrément ESUS déposée");
		milestone(laBoucle, "PREMISES", "2024-04-09", "Bail signé pour le local de Sombernon");
		steeringMeeting(laBoucle, "2024-04-24");
		// The 24 April meeting entered twice, and corrected.
		withdraw(laBoucle + "/meetings/" + steeringMeeting(laBoucle, "2024-04-24"));
		milestone(laBoucle, "FUNDING", "2024-05-14", "Subventions et prêts obtenus");
		steeringMeeting(laBoucle, "2024-05-27");
		// LAUNCHED recorded at the 27 May meeting, before the recyclerie opened:
		// withdrawn
		// (decision 8), and recorded again on the opening day.
		withdraw(laBoucle + "/stages/" + launch(laBoucle, "2024-05-27"));
		milestone(laBoucle, "FIRST_HIRE", "2024-06-03", "Recrutement de la première salariée");
		milestone(laBoucle, "OPENING", "2024-06-15", "Ouverture de la recyclerie");
		launch(laBoucle, "2024-06-15");
		steeringMeeting(laBoucle, "2024-07-02");
		steeringMeeting(laBoucle, "2024-09-17");
		milestone(laBoucle, "INAUGURATION", "2024-10-19", "Inauguration de la recyclerie La Boucle");

		MvcResult read = this.mvc.perform(get(laBoucle).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isOk())
			.andReturn();
		String view = read.getResponse().getContentAsString();
		assertThat(JsonPath.<String>read(view, "$.stage")).isEqualTo("LAUNCHED");
		assertThat(JsonPath.<Integer>read(view, "$.jobs")).isEqualTo(1);
		assertThat(JsonPath.<List<String>>read(view, "$.stages[*].stage")).containsExactly("EMERGENCE", "FEASIBILITY",
				"CREATION", "LAUNCHED");
		assertThat(JsonPath.<List<String>>read(view, "$.milestones[*].kind")).containsExactly("FOUNDING_ASSEMBLY",
				"STATUTES", "APPROVAL", "PREMISES", "FUNDING", "FIRST_HIRE", "OPENING", "INAUGURATION");
		assertThat(JsonPath.<List<String>>read(view, "$.meetings[*].date")).containsExactly("2024-01-25", "2024-04-24",
				"2024-05-27", "2024-07-02", "2024-09-17");

		// The territory's registration and need; the initiative's start, 4 stage changes,
		// 8 milestones, 6 meetings and 2 withdrawals.
		int published = 23;
		try (FactsOnTopic topic = FactsOnTopic.onRealInfrastructure(Topics.TERRITORY, List.of(territory, initiative))) {
			await().atMost(Duration.ofSeconds(60)).until(() -> topic.pollFacts().size() >= published);
			List<Fact> facts = topic.pollFacts().stream().map(FactEnvelope::fact).toList();
			assertThat(facts).hasSize(published);
			List<Fact> standing = standing(facts);

			// territory.territoriesAccompanied: a steering meeting or a milestone in the
			// year.
			assertThat(standing.stream()
				.filter((fact) -> fact instanceof SteeringMeetingHeld || fact instanceof MilestoneReached)
				.filter(LaBoucleScenarioIntegrationTests::inYear)
				.map(LaBoucleScenarioIntegrationTests::territoryOf)
				.collect(Collectors.toSet())).containsExactly(territory);
			// territory.initiativesLaunched and territory.jobsCreated.
			List<InitiativeStageChanged> launched = standing.stream()
				.filter(InitiativeStageChanged.class::isInstance)
				.map(InitiativeStageChanged.class::cast)
				.filter((change) -> change.stage() == InitiativeStage.LAUNCHED)
				.filter(LaBoucleScenarioIntegrationTests::inYear)
				.toList();
			assertThat(launched).singleElement().satisfies((change) -> {
				assertThat(change.initiativeId()).isEqualTo(initiative);
				assertThat(change.jobs()).isEqualTo(1);
				assertThat(change.occurredOn()).isEqualTo(LocalDate.of(2024, 6, 15));
			});
			// territory.steeringMeetings.
			assertThat(standing.stream()
				.filter(SteeringMeetingHeld.class::isInstance)
				.filter(LaBoucleScenarioIntegrationTests::inYear)
				.count()).isEqualTo(5);
			// The founding assembly belongs to 2023, not to the report's year.
			assertThat(standing.stream()
				.filter(MilestoneReached.class::isInstance)
				.filter(LaBoucleScenarioIntegrationTests::inYear)
				.count()).isEqualTo(7);
		}
	}

	/** The facts that still count: neither withdrawn nor a withdrawal. */
	private static List<Fact> standing(List<Fact> facts) {
		Set<String> withdrawn = facts.stream()
			.filter(Withdrawal.class::isInstance)
			.map(Fact::factId)
			.collect(Collectors.toSet());
		return facts.stream()
			.filter((fact) -> !(fact instanceof Withdrawal) && !withdrawn.contains(fact.factId()))
			.toList();
	}

	private static boolean inYear(Fact fact) {
		return fact.occurredOn().getYear() == YEAR;
	}

	private static String territoryOf(Fact fact) {
		return switch (fact) {
			case SteeringMeetingHeld meeting -> meeting.territoryId();
			case MilestoneReached milestone -> milestone.territoryId();
			default -> throw new IllegalArgumentException(fact.toString());
		};
	}

	private String launch(String initiative, String date) throws Exception {
		return record(initiative + "/stage", """
				{"stage": "LAUNCHED", "date": "%s", "jobs": 1}
				""".formatted(date));
	}

	private void withdraw(String path) throws Exception {
		this.mvc.perform(delete(path).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNoContent());
	}

	private void stage(String initiative, String stage, String date) throws Exception {
		record(initiative + "/stage", """
				{"stage": "%s", "date": "%s"}
				""".formatted(stage, date));
	}

	private void milestone(String initiative, String kind, String date, String label) throws Exception {
		record(initiative + "/milestones", """
				{"kind": "%s", "date": "%s", "label": "%s"}
				""".formatted(kind, date, label));
	}

	private String steeringMeeting(String initiative, String date) throws Exception {
		return record(initiative + "/meetings", """
				{"date": "%s", "kind": "STEERING"}
				""".formatted(date));
	}

	private String record(String path, String body) throws Exception {
		MvcResult result = this.mvc
			.perform(post(path).header(HttpHeaders.AUTHORIZATION, STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

}
