package fr.pes21.localstack;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import static fr.pes21.localstack.GatewayApi.authorized;
import static fr.pes21.localstack.GatewayApi.id;
import static fr.pes21.localstack.GatewayApi.json;
import static fr.pes21.localstack.GatewayApi.request;
import static fr.pes21.localstack.GatewayApi.send;
import static fr.pes21.localstack.GatewayApi.sendForBytes;
import static fr.pes21.localstack.GatewayApi.token;
import static fr.pes21.localstack.TheSuite.ADMIN_PASSWORD;
import static fr.pes21.localstack.TheSuite.figure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff web application (module frontend, at the gateway's {@code /}) in headless
 * Chromium against the suite ({@link TheSuite}, started once for every end-to-end class):
 * each scenario enters its data through the screens only, as a person would, then reads
 * the figures on the reports page. Every page visited is photographed under
 * {@code local-stack/target/screenshots/} and checked with axe-core. Facts are dated 2021
 * and before, so that the demo data's 2024 report stays exact (SuiteEndToEndTests).
 */
@ExtendWith(TheSuite.class)
class StaffApplicationEndToEndTests {

	private static final String ADMIN = "admin";

	@Test
	void showsAFigureChangeOnTheDashboardWhenAFactIsRecorded(@TempDir Path profile) throws Exception {
		try (StaffApplicationPage app = StaffApplicationPage.open(TheSuite.gatewayUrl(), profile, "/")) {
			app.logIn(ADMIN, ADMIN_PASSWORD);
			app.awaitHeading("Rapports");
			app.showYear(2021);
			app.awaitLive();
			assertThat(app.programmes()).containsExactly("Dispositif local d’accompagnement (DLA)",
					"Création / accompagnement", "Générateur BFC", "Événements");
			assertThat(app.label("dla.structuresWelcomed")).isEqualTo("Structures accueillies");
			long before = app.figure("dla.structuresWelcomed");

			String token = token();
			String structureId = id(send(authorized(request("/api/dla/structures"), token).POST(
					json(Map.of("name", "La Recyclerie de l'Ouche", "legalForm", "ASSOCIATION", "commune", "Dijon")))));
			id(send(authorized(request("/api/dla/structures/" + structureId + "/welcome"), token)
				.POST(json(Map.of("date", "2021-06-10")))));
			long answeredAt = System.nanoTime();

			app.awaitFigure("dla.structuresWelcomed", before + 1);
			figure("dashboard freshness (welcome answered to figure on screen)",
					"%d ms".formatted((System.nanoTime() - answeredAt) / 1_000_000));
			app.assertNoContentSecurityPolicyViolation();
		}
	}

	@Test
	void followsABeneficeCreaProjectFromIntakeToCreationAndTheReportShowsIt(@TempDir Path profile) throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String name = "Coopérative des Lavandières " + marker;
		String holder = "Charpentier" + marker;
		try (StaffApplicationPage app = StaffApplicationPage.open(TheSuite.gatewayUrl(), profile, "/")) {
			app.screenshot("01-connexion");
			app.assertAccessible("the login page");
			app.logIn(ADMIN, ADMIN_PASSWORD);
			app.awaitHeading("Rapports");
			app.showYear(2020);
			Map<String, Long> before = figures(app, "accompaniment.projectsWelcomed.BENEFICE_CREA",
					"accompaniment.projectsAccompanied.BENEFICE_CREA", "accompaniment.structuresCreated.BENEFICE_CREA",
					"accompaniment.jobsCreated.BENEFICE_CREA", "accompaniment.postCreationReviews.BENEFICE_CREA");

			app.navigateTo("Création / accompagnement");
			app.clickLink("Nouveau projet");
			app.awaitHeading("Nouveau projet");
			app.fill("Nom du projet", name);
			app.fill("Programme", "Bénéfice Créa");
			app.fill("Date de l’accueil", "04/03/2020");
			app.fill("Commune", "Is-sur-Tille");
			app.fill("Secteur d’activité", "Blanchisserie");
			app.fill("Prénom", "Noémie");
			app.fill("Nom", holder);
			app.fill("Adresse e-mail", "noemie@example.org");
			app.screenshot("04-nouveau-projet");
			app.clickButton("Enregistrer l’accueil du projet");
			app.awaitHeading(name);

			app.fill("Date de la rencontre", "04/03/2020");
			app.fill("Type de rencontre", "Accueil");
			app.fill("Notes", "Premier rendez-vous avec Noémie " + holder + ".");
			app.clickButton("Enregistrer la rencontre");
			app.awaitNotice("Rencontre enregistrée");
			app.fill("Date de la rencontre", "02/04/2020");
			app.fill("Type de rencontre", "Suivi");
			app.clickButton("Enregistrer la rencontre");
			app.until("the second meeting in the history", (driver) -> app.history().size() == 3);
			app.choose("La création de la structure");
			app.fill("Date de création (immatriculation)", "01/09/2020");
			app.fill("Forme juridique", "SCOP");
			app.fill("Emplois créés", "2");
			app.clickButton("Enregistrer la création");
			app.until("the creation in the history", (driver) -> app.history().size() == 4);
			app.choose("Un bilan post-création");
			app.fill("Date du bilan", "15/12/2020");
			app.clickButton("Enregistrer le bilan");
			app.until("the review in the history", (driver) -> app.history().size() == 5);
			app.choose("La clôture");
			app.fill("Date de clôture", "18/12/2020");
			app.fill("Issue", "Structure créée");
			app.clickButton("Clôturer l’accompagnement");
			app.until("the closure in the history", (driver) -> app.history().size() == 6);

			assertThat(app.history()).containsExactly("04/03/2020 | Accueil du projet",
					"04/03/2020 | Rencontre : accueil", "02/04/2020 | Rencontre : suivi",
					"01/09/2020 | Création de la structure", "15/12/2020 | Bilan post-création",
					"18/12/2020 | Clôture de l’accompagnement");
			assertThat(app.shows(By.xpath("//h2[normalize-space(.)='Enregistrer']")))
				.as("nothing to record once closed")
				.isFalse();
			assertThat(app.source()).contains("Noémie " + holder);
			app.screenshot("05-projet");
			app.assertAccessible("a project's page");

			app.navigateTo("Création / accompagnement");
			app.fill("Porteur·se (nom ou prénom)", holder.toLowerCase());
			app.clickButton("Rechercher");
			app.until("the project found alone",
					(driver) -> app.tableRows().size() == 1 && app.tableRows().getFirst().startsWith(name));
			assertThat(app.tableRows()).singleElement()
				.isEqualTo(name + " | Bénéfice Créa | Is-sur-Tille | 04/03/2020 | 2 | 01/09/2020 | 18/12/2020");
			app.screenshot("03-projets");
			app.assertAccessible("the projects' list");

			app.navigateTo("Rapports");
			app.showYear(2020);
			app.awaitFigure("accompaniment.projectsWelcomed.BENEFICE_CREA",
					before.get("accompaniment.projectsWelcomed.BENEFICE_CREA") + 1);
			app.awaitFigure("accompaniment.projectsAccompanied.BENEFICE_CREA",
					before.get("accompaniment.projectsAccompanied.BENEFICE_CREA") + 1);
			app.awaitFigure("accompaniment.structuresCreated.BENEFICE_CREA",
					before.get("accompaniment.structuresCreated.BENEFICE_CREA") + 1);
			app.awaitFigure("accompaniment.jobsCreated.BENEFICE_CREA",
					before.get("accompaniment.jobsCreated.BENEFICE_CREA") + 2);
			app.awaitFigure("accompaniment.postCreationReviews.BENEFICE_CREA",
					before.get("accompaniment.postCreationReviews.BENEFICE_CREA") + 1);
			app.screenshot("02-rapports");
			app.assertAccessible("the reports page");
			long jobs = app.figure("accompaniment.jobsCreated.BENEFICE_CREA");
			Path csv = app.download(profile.resolve("downloads"), "pes21-2020.csv",
					() -> app.clickButton("Télécharger le CSV de 2020"));
			assertThat(Files.readString(csv)).startsWith("indicateur;libellé;valeur")
				.contains("accompaniment.jobsCreated.BENEFICE_CREA;Emplois créés (Bénéfice Créa);" + jobs);
			app.assertNoContentSecurityPolicyViolation();
		}
	}

	@Test
	void showsTheServersRefusalAtTheFieldAndARulesRefusalAsTheFormsMessage(@TempDir Path profile) throws Exception {
		String name = "Atelier vélo " + UUID.randomUUID().toString().substring(0, 8);
		try (StaffApplicationPage app = StaffApplicationPage.open(TheSuite.gatewayUrl(), profile,
				"/accompagnement/nouveau")) {
			app.logIn(ADMIN, ADMIN_PASSWORD);
			app.awaitHeading("Nouveau projet");
			app.clickButton("Enregistrer l’accueil du projet");
			assertThat(app.fieldError("name")).isEqualTo("Ce champ est obligatoire.");
			assertThat(app.fieldError("holders[0].lastName")).isEqualTo("Ce champ est obligatoire.");
			app.screenshot("06-nouveau-projet-erreurs");
			app.assertAccessible("the new project form showing its errors");

			app.fill("Nom du projet", name);
			app.fill("Programme", "Émergence");
			app.fill("Date de l’accueil", "12/01/2021");
			app.fill("Commune", "Dijon");
			app.fill("Prénom", "Bastien");
			app.fill("Nom", "Roy");
			// an address the browser lets through and the service's rule refuses
			app.fill("Adresse e-mail", "bastien@velo..fr");
			app.clickButton("Enregistrer l’accueil du projet");

			assertThat(app.fieldError("holders[0].email")).isNotBlank().isNotEqualTo("Adresse e-mail invalide.");
			assertThat(app.awaitFormMessage()).startsWith("Certains champs sont manquants ou invalides.");
			assertThat(app.path()).isEqualTo("/accompagnement/nouveau");
			app.screenshot("07-nouveau-projet-refus-du-service");

			app.fill("Adresse e-mail", "bastien@velo.fr");
			app.clickButton("Enregistrer l’accueil du projet");
			app.awaitHeading(name);
			app.fill("Date de la rencontre", "05/01/2021");
			app.fill("Type de rencontre", "Suivi");
			app.clickButton("Enregistrer la rencontre");

			String refusal = app.awaitFormMessage();
			assertThat(refusal).isNotBlank().doesNotStartWith("Certains champs");
			assertThat(app.history()).containsExactly("12/01/2021 | Accueil du projet");
			app.screenshot("08-projet-refus-regle");
			app.assertAccessible("a project's page showing a refusal");
		}
	}

	@Test
	void aReaderSeesNoHolderNameAnywhereAndIsOfferedNothingToRecord(@TempDir Path profile) throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String name = "Tiers-lieu des Coteaux " + marker;
		String holder = "Quatremains" + marker;
		try (StaffApplicationPage app = StaffApplicationPage.open(TheSuite.gatewayUrl(), profile,
				"/accompagnement/nouveau")) {
			app.logIn(ADMIN, ADMIN_PASSWORD);
			newProject(app, name, "CRDVA", "14/04/2021", "Nuits-Saint-Georges", "Zéphyrine", holder);
			app.fill("Date de la rencontre", "20/04/2021");
			app.fill("Notes", "Zéphyrine " + holder + " présente son budget.");
			app.clickButton("Enregistrer la rencontre");
			app.awaitNotice("Rencontre enregistrée");
			String project = app.path();
			app.logOut();

			app.logIn(TheSuite.READER.username(), TheSuite.READER.password());
			app.navigateTo("Création / accompagnement");
			app.fill("Nom du projet", marker);
			app.clickButton("Rechercher");
			app.awaitRow(name);
			assertThat(app.source()).doesNotContain(holder).doesNotContain("Zéphyrine");
			assertThat(app.showsLink("Nouveau projet")).isFalse();
			assertThat(app.shows(By.id("search-holder"))).isFalse();
			app.screenshot("09-projets-lecteur");

			app.clickLink(name);
			app.awaitHeading(name);
			app.until("the history", (driver) -> app.history().size() == 2);
			assertThat(app.source()).doesNotContain(holder).doesNotContain("Zéphyrine");
			assertThat(app.showsButton("Retirer")).isFalse();
			assertThat(app.shows(By.xpath("//h2[normalize-space(.)='Enregistrer']"))).isFalse();
			assertThat(app.path()).isEqualTo(project);
			app.screenshot("10-projet-lecteur");
			app.assertAccessible("a project's page read by a READER");

			app.navigateTo("Rapports");
			app.awaitLive();
			assertThat(app.source()).doesNotContain(holder);
			assertThat(app.shows(By.xpath("//nav[@id='navigation']//a[normalize-space(.)='Administration']")))
				.isFalse();
			app.visit("/administration");
			app.awaitHeading("Accès refusé");
		}
	}

	@Test
	void aWithdrawalConfirmedByNameMovesTheFigureBack(@TempDir Path profile) throws Exception {
		String name = "Conserverie partagée " + UUID.randomUUID().toString().substring(0, 8);
		String key = "accompaniment.projectsAccompanied.CRDVA";
		try (StaffApplicationPage app = StaffApplicationPage.open(TheSuite.gatewayUrl(), profile, "/rapports/2019")) {
			app.logIn(TheSuite.VOLUNTEER.username(), TheSuite.VOLUNTEER.password());
			app.showYear(2019);
			long before = app.figure(key);

			app.navigateTo("Création / accompagnement");
			app.clickLink("Nouveau projet");
			newProject(app, name, "CRDVA", "06/05/2019", "Beaune", "Inès", "Garnier");
			app.fill("Date de la rencontre", "10/06/2019");
			app.clickButton("Enregistrer la rencontre");
			app.awaitNotice("Rencontre enregistrée");
			String project = app.path();
			app.navigateTo("Rapports");
			app.showYear(2019);
			app.awaitFigure(key, before + 1);

			app.visit(project);
			app.awaitHeading(name);
			app.withdrawHistoryLine("Rencontre : suivi");
			String confirmation = app.confirmation();
			assertThat(confirmation).contains("Retirer la rencontre du 10/06/2019 ?",
					"La rencontre « Suivi » du 10/06/2019 est retirée.", "« Projets accompagnés » de 2019 (CRDVA)");
			app.screenshot("11-confirmation-retrait");
			app.assertAccessible("the withdrawal's confirmation");
			app.confirm();
			app.until("the meeting gone from the history", (driver) -> app.history().size() == 1);

			app.navigateTo("Rapports");
			app.showYear(2019);
			app.awaitFigure(key, before);
			app.assertNoContentSecurityPolicyViolation();
		}
	}

	@Test
	void everyOtherPageIsUsableOnALaptopAndAPhoneWithNoSeriousAccessibilityViolation(@TempDir Path profile)
			throws Exception {
		try (StaffApplicationPage app = StaffApplicationPage.open(TheSuite.gatewayUrl(), profile, "/")) {
			app.logIn(ADMIN, ADMIN_PASSWORD);
			app.awaitHeading("Rapports");
			List<String[]> pages = List.of(new String[] { "DLA", "12-dla" },
					new String[] { "Générateur BFC", "13-generateur" }, new String[] { "Événements", "14-evenements" },
					new String[] { "Administration", "15-administration" });
			for (String[] page : pages) {
				app.navigateTo(page[0]);
				app.screenshot(page[1]);
				app.assertAccessible("the page " + page[0]);
			}
			app.visit("/nulle-part");
			app.awaitHeading("Page introuvable");
			app.screenshot("16-introuvable");
			app.assertAccessible("the page not found");

			app.phone(true);
			app.visit("/rapports");
			app.awaitLive();
			app.screenshot("17-telephone-rapports");
			app.assertNoSidewaysScrolling("the reports page on a phone");
			app.assertAccessible("the reports page on a phone");
			app.navigateTo("Création / accompagnement");
			app.awaitRow("");
			app.screenshot("18-telephone-projets");
			app.assertNoSidewaysScrolling("the projects' list on a phone");
			app.assertAccessible("the projects' list on a phone");
			app.assertNoContentSecurityPolicyViolation();
		}
	}

	@Test
	void bringsTheLoginBackWhenTheTokenHasExpiredAndGoesOnAfterward(@TempDir Path profile) throws Exception {
		try (StaffApplicationPage app = StaffApplicationPage.open(TheSuite.gatewayUrl(), profile, "/")) {
			app.logIn(ADMIN, ADMIN_PASSWORD);
			app.awaitHeading("Rapports");
			// the session of the tab, as if its token had expired a minute ago
			app.script()
				.executeScript("sessionStorage.setItem('pes21.session', JSON.stringify({accessToken: arguments[0]}))",
						expiredToken());
			app.visit("/rapports/2021");

			app.until("the login dialog",
					(driver) -> !driver.findElements(By.cssSelector("dialog[open] #relogin-username")).isEmpty());
			app.screenshot("19-session-expiree");
			app.assertAccessible("the login dialog");
			app.field("Mot de passe").sendKeys(ADMIN_PASSWORD);
			app.clickButton("Se reconnecter");
			app.until("the figures of 2021 after logging in again",
					(driver) -> !driver.findElements(By.cssSelector(".programmes[data-year='2021'] td[data-key]"))
						.isEmpty());
			app.awaitLive();
		}
	}

	@Test
	void measuresTheFirstLoadOfTheApplication(@TempDir Path profile) throws Exception {
		try (StaffApplicationPage app = StaffApplicationPage.open(TheSuite.gatewayUrl(), profile, "/")) {
			app.logIn(ADMIN, ADMIN_PASSWORD);
			app.awaitHeading("Rapports");
			app.awaitLive();
			// a second, warm visit: what a person opening the application each morning
			// waits for
			long start = System.nanoTime();
			app.visit("/rapports/2021");
			app.until("the figures of 2021",
					(driver) -> !driver.findElements(By.cssSelector(".programmes[data-year='2021'] td[data-key]"))
						.isEmpty());
			long usable = (System.nanoTime() - start) / 1_000_000;
			@SuppressWarnings("unchecked")
			List<String> scripts = (List<String>) app.script()
				.executeScript("return performance.getEntriesByType('resource').map(e => e.name)"
						+ ".filter(n => n.endsWith('.js') && !n.includes('ProgrammeChart'))");
			long gzipped = 0;
			long raw = 0;
			for (String script : scripts) {
				byte[] body = sendForBytes(HttpRequest.newBuilder(java.net.URI.create(script)).GET()).body();
				raw += body.length;
				gzipped += gzip(body);
			}
			figure("staff application, JavaScript of the first page (reports, without the chart library)",
					"%d files, %.1f KB gzipped (%.1f KB raw)".formatted(scripts.size(), gzipped / 1024.0,
							raw / 1024.0));
			figure("staff application, navigation to the reports' figures on screen", usable + " ms");
			assertThat(gzipped).as("first-load JavaScript, gzipped").isLessThan(250 * 1024);
		}
	}

	private static long gzip(byte[] body) throws java.io.IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		return out.size();
	}

	private static void newProject(StaffApplicationPage app, String name, String programme, String date, String commune,
			String firstName, String lastName) {
		app.awaitHeading("Nouveau projet");
		app.fill("Nom du projet", name);
		app.fill("Programme", programme);
		app.fill("Date de l’accueil", date);
		app.fill("Commune", commune);
		app.fill("Prénom", firstName);
		app.fill("Nom", lastName);
		app.clickButton("Enregistrer l’accueil du projet");
		app.awaitHeading(name);
	}

	private static Map<String, Long> figures(StaffApplicationPage app, String... keys) {
		Map<String, Long> figures = new java.util.LinkedHashMap<>();
		for (String key : keys) {
			figures.put(key, app.figure(key));
		}
		return figures;
	}

	/**
	 * A token the application reads as expired a minute ago (the gateway never sees it).
	 */
	private static String expiredToken() {
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		String header = base64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		long expired = System.currentTimeMillis() / 1000 - 60;
		String claims = base64.encodeToString(
				("{\"sub\":\"admin\",\"roles\":[\"ADMIN\"],\"exp\":" + expired + "}").getBytes(StandardCharsets.UTF_8));
		return header + "." + claims + ".c2lnbmF0dXJl";
	}

}
