package fr.pes21.accompaniment.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import fr.pes21.contracts.accompaniment.ClosureOutcome;
import fr.pes21.contracts.accompaniment.MeetingKind;
import fr.pes21.contracts.accompaniment.Programme;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static fr.pes21.testsupport.RoleTable.ADMIN_ONLY;
import static fr.pes21.testsupport.RoleTable.RECORDERS;
import static fr.pes21.testsupport.RoleTable.STAFF_AND_ADMIN;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may record and withdraw what in the accompaniment API, one row per writing
 * endpoint: every role but READER, on every fact; a whole project STAFF and ADMIN only;
 * the erasure of personal data ADMIN only (docs/api.md, "Access"). A role refused gets a
 * 403 problem and records nothing; a role allowed gets the endpoint's answer.
 */
@ApiSlice(ProjectController.class)
class ProjectApiRolesTests {

	private static final String PROJECTS = ProjectController.PROJECTS;

	/** Recorded at the slice's clock, by the user of the aggregates built here. */
	private static final Stamp RECORDED = new Stamp(Instant.parse(ApiSlice.NOW), "someone");

	private static final List<Writing<ProjectApiRolesTests>> WRITING = List.of(
			RoleTable.created("welcome a project", RECORDERS, (test) -> json(post(PROJECTS), """
					{"name": "La Boucle", "programme": "BENEFICE_CREA", "welcomedOn": "2024-03-04",
					 "commune": "Sombernon", "holders": [{"firstName": "Camille", "lastName": "Durand"}]}
					""")),
			RoleTable.withdrawn("withdraw a project", STAFF_AND_ADMIN,
					(test) -> delete(PROJECTS + "/" + test.project((project) -> null))),
			RoleTable.noContent("erase the holders' personal data", ADMIN_ONLY,
					(test) -> post(PROJECTS + "/" + test.project((project) -> null) + "/personal-data-erasure")),
			RoleTable.created("record a meeting", RECORDERS,
					(test) -> json(post(PROJECTS + "/" + test.project((project) -> null) + "/meetings"),
							"{\"date\": \"2024-04-02\", \"kind\": \"FOLLOW_UP\"}")),
			RoleTable.withdrawn("withdraw a meeting", RECORDERS, (test) -> delete(meetingUrl(test))),
			RoleTable.created("record the creation", RECORDERS,
					(test) -> json(post(PROJECTS + "/" + test.project((project) -> null) + "/creation"),
							"{\"date\": \"2024-06-01\", \"legalForm\": \"SCIC\", \"jobsCreated\": 2}")),
			RoleTable.withdrawn("withdraw the creation", RECORDERS,
					(test) -> delete(PROJECTS + "/" + test.project(ProjectApiRolesTests::created) + "/creation")),
			RoleTable
				.created("record a post-creation review", RECORDERS,
						(test) -> json(post(PROJECTS + "/" + test.project(ProjectApiRolesTests::created)
								+ "/post-creation-reviews"), "{\"date\": \"2024-11-15\"}")),
			RoleTable.withdrawn("withdraw a post-creation review", RECORDERS, (test) -> delete(reviewUrl(test))),
			RoleTable.created("close the project", RECORDERS,
					(test) -> json(post(PROJECTS + "/" + test.project((project) -> null) + "/closure"),
							"{\"date\": \"2024-12-01\", \"outcome\": \"CREATED\"}")),
			RoleTable.withdrawn("withdraw the closure", RECORDERS,
					(test) -> delete(PROJECTS + "/" + test.project(
							(project) -> project.close(LocalDate.parse("2024-12-01"), ClosureOutcome.CREATED, RECORDED))
							+ "/closure")));

	@Autowired
	MockMvc mvc;

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	ProjectRepository projects;

	/** The list's search runs on MongoDB: the integration tests cover it. */
	@MockitoBean
	ProjectSearch search;

	static Stream<Arguments> everyWritingEndpointAndRole() {
		return RoleTable.rows(WRITING);
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("everyWritingEndpointAndRole")
	void aRoleRecordsOrWithdrawsExactlyWhereTheTableAllowsIt(Writing<ProjectApiRolesTests> endpoint, String role)
			throws Exception {
		ApiClient client = ApiClient.of(this.mvc, TestTokens.bearer("someone", role));

		client.perform(endpoint.request().apply(this)).andExpect(endpoint.expectedFor(role));

		if (!endpoint.allows(role)) {
			verify(this.projects, never()).save(any());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyWritingEndpoint")
	void withoutATokenEveryWritingEndpointIsA401Problem(Writing<ProjectApiRolesTests> endpoint) throws Exception {
		ApiClient.of(this.mvc, null).perform(endpoint.request().apply(this)).andExpect(RoleTable.unauthenticated());

		verify(this.projects, never()).save(any());
	}

	@Test
	void withoutATokenNothingIsRead() throws Exception {
		ApiClient.of(this.mvc, null).get(PROJECTS).andExpect(RoleTable.unauthenticated());
	}

	static Stream<Writing<ProjectApiRolesTests>> everyWritingEndpoint() {
		return WRITING.stream();
	}

	/**
	 * A project welcomed on 2024-03-04 that the repository finds, after {@code then};
	 * answers its id.
	 */
	private String project(Function<Project, String> then) {
		Project project = Project.welcome("La Boucle", Programme.BENEFICE_CREA, LocalDate.parse("2024-03-04"),
				"Sombernon", null, List.of(new Holder("Camille", "Durand", null, null)), RECORDED);
		then.apply(project);
		given(this.projects.findById(project.id())).willReturn(Optional.of(project));
		return project.id();
	}

	private static String created(Project project) {
		return project.recordCreation(LocalDate.parse("2024-06-01"), "SCIC", 1, RECORDED);
	}

	private static String meetingUrl(ProjectApiRolesTests test) {
		String[] meeting = new String[1];
		String project = test.project((recorded) -> meeting[0] = recorded.holdMeeting(LocalDate.parse("2024-04-02"),
				MeetingKind.FOLLOW_UP, null, RECORDED));
		return PROJECTS + "/" + project + "/meetings/" + meeting[0];
	}

	private static String reviewUrl(ProjectApiRolesTests test) {
		String[] review = new String[1];
		String project = test.project((recorded) -> {
			created(recorded);
			return review[0] = recorded.recordPostCreationReview(LocalDate.parse("2024-11-15"), null, RECORDED);
		});
		return PROJECTS + "/" + project + "/post-creation-reviews/" + review[0];
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return RoleTable.json(request, body);
	}

}
