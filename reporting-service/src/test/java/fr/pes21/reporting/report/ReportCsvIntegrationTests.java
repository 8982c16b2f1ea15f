package fr.pes21.reporting.report;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.reporting.FactPublisher;
import fr.pes21.reporting.Reports;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /api/reports/years/{year}} as CSV ({@code Accept: text/csv}), on the whole
 * service with a real broker and store. The year 2087 belongs to this test.
 */
@WithRealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
class ReportCsvIntegrationTests {

	private static final String READER = TestTokens.bearer("ana", "READER");

	private static final int YEAR = 2087;

	@Autowired
	private MockMvcTester mvc;

	private final FactPublisher publisher = new FactPublisher();

	@AfterEach
	void closePublisher() {
		this.publisher.close();
	}

	@Test
	void answersEveryIndicatorWithItsFrenchLabelInReportOrderAsAnAttachment() {
		MvcTestResult result = csv(2100);

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"pes21-2100.csv\"");
		List<String> lines = lines(result);
		assertThat(lines.subList(0, 4)).containsExactly("indicateur;libellé;valeur",
				"dla.structuresWelcomed;Structures accueillies;0",
				"dla.beneficiaryStructures;Structures bénéficiaires;0",
				"dla.individualDiagnostics;Diagnostics individuels;0");
		assertThat(lines).hasSize(Indicator.allKeys().size() + 1);
		assertThat(lines.stream().skip(1).map((line) -> line.substring(0, line.indexOf(';'))).toList())
			.isEqualTo(Indicator.allKeys());
		assertThat(lines).contains(
				"accompaniment.projectsAccompanied.BENEFICE_CREA;Bénéfice Créa : projets accompagnés;0",
				"events.held.EXPERT_TALK;Rendez-vous Paroles d'Experts;0");
	}

	@Test
	void givesTheValueOfAFigureAsTheJsonReportDoes() {
		long before = Reports.indicators(this.mvc, YEAR).get("accompaniment.projectsWelcomed.BENEFICE_CREA");
		String project = UUID.randomUUID().toString();
		this.publisher.publish(FactPublisher.record(
				new ProjectWelcomed(project, project, Programme.BENEFICE_CREA, LocalDate.of(YEAR, 3, 4), "Dijon", null),
				"accompaniment-service", Instant.parse("2087-03-04T10:00:00Z")));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(lines(csv(YEAR))).contains(
					"accompaniment.projectsWelcomed.BENEFICE_CREA;Projets accueillis (Bénéfice Créa);" + (before + 1)));
	}

	@Test
	void staysJsonByDefault() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/reports/years/{year}", 2100)
			.header(HttpHeaders.AUTHORIZATION, READER)
			.exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
	}

	@Test
	void answersAProblemFor406WhenTheAcceptedTypeIsNeitherJsonNorCsv() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/reports/years/{year}", 2100)
			.header(HttpHeaders.AUTHORIZATION, READER)
			.accept(MediaType.APPLICATION_XML)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_ACCEPTABLE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void answersAProblemFor400WhenTheYearIsOutOfRangeInCsvToo() {
		assertThat(this.mvc.get()
			.uri("/api/reports/years/{year}", 1999)
			.header(HttpHeaders.AUTHORIZATION, READER)
			.accept(MediaType.parseMediaType("text/csv"))).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private MvcTestResult csv(int year) {
		return this.mvc.get()
			.uri("/api/reports/years/{year}", year)
			.header(HttpHeaders.AUTHORIZATION, READER)
			.accept(MediaType.parseMediaType("text/csv"))
			.exchange();
	}

	private static List<String> lines(MvcTestResult result) {
		String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(body).endsWith("\r\n");
		return List.of(body.split("\r\n"));
	}

}
