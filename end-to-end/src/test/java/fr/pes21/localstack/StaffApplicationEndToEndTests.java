package fr.pes21.localstack;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
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
 * {@code end-to-end/target/screenshots/} and checked with axe-core. Facts are dated 2021
 * and before, so that the demo data's 2024 report stays exact (SuiteEndToEndTests).
 */
@ExtendWith(TheSuite.class)
@ResourceLock(TheSuite.LOCK)
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

	@Test
	void followsLeCriDeLaPlumesDlaPathwayThroughTheScreensAndTheReportShowsIt(@TempDir Path profile) throws Exception {
		// Le Cri de la Plume's pathway of the 2024 report (docs/domain.md), dated
		// 2017–2018 so that the demo
		// data's 2024 figures stay exact
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String plume = "Le Cri de la Plume " + marker;
		String siret = siret(marker);
		String lin = "Les Ateliers du Lin " + marker;
		String epicerie = "Épicerie du Val " + marker;
		String collective = "Définir une stratégie commerciale, éthique et solidaire " + marker;
		try (StaffApplicationPage app = StaffApplicationPage.open(TheSuite.gatewayUrl(), profile, "/")) {
			app.logIn(ADMIN, ADMIN_PASSWORD);
			app.awaitHeading("Rapports");
			app.showYear(2017);
			Map<String, Long> before2017 = figures(app, "dla.structuresWelcomed", "dla.individualDiagnostics",
					"dla.individualEngineerings");
			app.showYear(2018);
			Map<String, Long> before2018 = figures(app, "dla.postEngineeringFollowUps", "dla.collectiveEngineerings",
					"dla.collectiveEngineeringBeneficiaries");

			app.navigateTo("DLA");
			app.awaitHeading("Structures DLA");
			newStructure(app, lin, null, "Montbard");
			app.navigateTo("DLA");
			newStructure(app, epicerie, null, "Semur-en-Auxois");
			app.navigateTo("DLA");
			app.clickLink("Nouvelle structure");
			app.awaitHeading("Nouvelle structure");
			app.screenshot("20-dla-nouvelle-structure");
			app.assertAccessible("the new structure form");
			newStructure(app, plume, siret, "Dijon");
			assertThat(app.texts("[data-testid='siret']")).singleElement()
				.isEqualTo("%s %s %s %s".formatted(siret.substring(0, 3), siret.substring(3, 6), siret.substring(6, 9),
						siret.substring(9)));
			String plumePage = app.path();

			app.fill("Date de l’accueil", "09/03/2017");
			app.clickButton("Enregistrer l’accueil");
			app.until("the welcome in the pathway", (driver) -> app.history().size() == 1);
			app.choose("Un diagnostic partagé");
			app.fill("Début du diagnostic", "05/04/2017");
			app.fill("Fin du diagnostic", "30/06/2017");
			app.fill("Besoins repérés", "Modèle économique\nGouvernance");
			app.clickButton("Enregistrer le diagnostic");
			app.until("the diagnostic in the pathway", (driver) -> app.history().size() == 3);

			app.clickLink("Commencer une ingénierie");
			app.awaitHeading("Nouvelle ingénierie");
			app.fill("Type d’ingénierie", "Individuelle");
			app.fill("Sujet", "Modèle économique " + marker);
			app.fill("Consultant·e ou cabinet", "Cabinet Tilleul");
			app.fill("Nombre de jours", "5");
			app.fill("Date de début", "02/10/2017");
			app.screenshot("21-dla-nouvelle-ingenierie");
			app.assertAccessible("the new engineering form");
			app.clickButton("Commencer l’ingénierie");
			app.awaitHeading("Modèle économique " + marker);
			app.fill("Date d’achèvement", "15/01/2018");
			app.clickButton("Enregistrer l’achèvement");
			app.awaitNotice("Achèvement de l’ingénierie");

			app.visit(plumePage);
			app.awaitHeading(plume);
			app.choose("Un suivi post-ingénierie");
			app.fill("Date du suivi", "20/02/2018");
			app.clickButton("Enregistrer le suivi");
			app.until("the follow-up in the pathway", (driver) -> app.history().size() == 6);

			// the collective engineering of summer 2018, which Le Cri de la Plume joins
			// after its start
			app.navigateTo("DLA");
			app.clickLink("Ingénieries");
			app.awaitHeading("Ingénieries DLA");
			app.clickLink("Nouvelle ingénierie");
			app.awaitHeading("Nouvelle ingénierie");
			app.fill("Type d’ingénierie", "Collective");
			app.fill("Sujet", collective);
			app.fill("Consultant·e ou cabinet", "Cabinet 3ème Élément");
			app.fill("Nombre de jours", "6");
			app.fill("Date de début", "02/07/2018");
			app.fill("Filtrer les structures (nom, commune, SIRET)", marker);
			app.check(lin);
			app.check(epicerie);
			app.clickButton("Commencer l’ingénierie");
			app.awaitHeading(collective);
			app.fill("Structure", plume + " (Dijon)");
			app.fill("Date d’entrée", "10/07/2018");
			app.clickButton("Ajouter la structure");
			app.awaitNotice("participe à l’ingénierie");
			app.until("the three structures of the engineering", (driver) -> app.history().size() == 3);
			assertThat(app.history()).containsExactlyInAnyOrder("02/07/2018 | " + lin, "02/07/2018 | " + epicerie,
					"10/07/2018 | " + plume);
			app.screenshot("22-dla-ingenierie");
			app.assertAccessible("an engineering's page");

			app.visit(plumePage);
			app.awaitHeading(plume);
			app.until("the whole pathway", (driver) -> app.history().size() == 7);
			assertThat(app.history()).containsExactly("09/03/2017 | Accueil 2017", "05/04/2017 | Diagnostic partagé",
					"30/06/2017 | Diagnostic terminé",
					"02/10/2017 | Ingénierie individuelle : Modèle économique " + marker,
					"15/01/2018 | Ingénierie terminée : Modèle économique " + marker,
					"20/02/2018 | Suivi post-ingénierie",
					"10/07/2018 | Entrée dans l’ingénierie collective : " + collective);
			assertThat(app.source()).contains("Besoins : Modèle économique ; Gouvernance",
					"Consultant·e : Cabinet Tilleul — 5 jours");
			app.screenshot("23-dla-structure");
			app.assertAccessible("a structure's pathway");

			app.navigateTo("DLA");
			app.fill("Nom, commune ou SIRET", marker);
			app.clickButton("Rechercher");
			app.until("the three structures found", (driver) -> app.tableRows().size() == 3);
			app.screenshot("24-dla-structures");
			app.assertAccessible("the structures' list");

			app.navigateTo("Rapports");
			app.showYear(2017);
			for (String key : before2017.keySet()) {
				app.awaitFigure(key, before2017.get(key) + 1);
			}
			app.showYear(2018);
			app.awaitFigure("dla.postEngineeringFollowUps", before2018.get("dla.postEngineeringFollowUps") + 1);
			app.awaitFigure("dla.collectiveEngineerings", before2018.get("dla.collectiveEngineerings") + 1);
			app.awaitFigure("dla.collectiveEngineeringBeneficiaries",
					before2018.get("dla.collectiveEngineeringBeneficiaries") + 3);
			app.assertNoContentSecurityPolicyViolation();
		}
	}

	@Test
	void followsLaBouclesSteeringMeetingsAndLaunchThroughTheScreensAndTheReportShowsIt(@TempDir Path profile)
			throws Exception {
		// La Boucle of the 2024 report (docs/domain.md), dated 2018
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String territory = "Ouche et Montagne " + marker;
		String boucle = "La Boucle " + marker;
		try (StaffApplicationPage app = StaffApplicationPage.open(TheSuite.gatewayUrl(), profile, "/")) {
			app.logIn(ADMIN, ADMIN_PASSWORD);
			app.awaitHeading("Rapports");
			app.showYear(2018);
			Map<String, Long> before = figures(app, "territory.initiativesLaunched", "territory.steeringMeetings",
					"territory.jobsCreated");

			app.navigateTo("Générateur BFC");
			app.clickLink("Nouveau territoire");
			app.awaitHeading("Nouveau territoire");
			app.fill("Nom du territoire", territory);
			app.fill("Type de territoire", "EPCI");
			app.fill("Département", "21");
			app.screenshot("25-generateur-nouveau-territoire");
			app.assertAccessible("the new territory form");
			app.clickButton("Enregistrer le territoire");
			app.awaitHeading(territory);
			app.fill("Besoin", "Une recyclerie à Sombernon");
			app.fill("Repéré le", "15/01/2018");
			app.clickButton("Enregistrer le besoin");
			app.awaitNotice("Besoin « Une recyclerie à Sombernon »");
			app.fill("Nom de l’initiative", boucle);
			app.fill("Née du besoin", "Une recyclerie à Sombernon");
			app.fill("Commencée le", "01/02/2018");
			app.screenshot("26-generateur-territoire");
			app.assertAccessible("a territory's page");
			app.clickButton("Commencer l’initiative");
			app.awaitHeading(boucle);

			for (String date : List.of("26/02/2018", "24/04/2018", "27/05/2018", "02/07/2018", "17/09/2018")) {
				int lines = app.history().size();
				app.fill("Date du comité de pilotage", date);
				app.clickButton("Enregistrer le comité");
				app.until("the steering meeting of " + date, (driver) -> app.history().size() == lines + 1);
			}
			String[][] stages = { { "Faisabilité", "01/03/2018" }, { "Création", "02/05/2018" },
					{ "Lancement", "01/06/2018" } };
			assertThat(app.texts("[data-stage]")).as("only the next stage or stopping").hasSize(2);
			for (String[] stage : stages) {
				int lines = app.history().size();
				app.choose(stage[0]);
				app.fill("Date du changement d’étape", stage[1]);
				if (stage[0].equals("Lancement")) {
					app.fill("Emplois au lancement", "1");
				}
				app.clickButton("Changer d’étape");
				app.until("the stage " + stage[0], (driver) -> app.history().size() == lines + 1);
			}
			app.fill("Type de jalon", "Ouverture");
			app.fill("Intitulé", "Ouverture de la recyclerie");
			app.fill("Date", "05/06/2018");
			app.clickButton("Enregistrer le jalon");
			app.awaitNotice("Jalon « Ouverture de la recyclerie »");

			assertThat(app.texts("[data-testid='progress-line'] li[data-state='done'] .progress-label"))
				.containsExactly("Émergence", "Faisabilité", "Création");
			assertThat(app.texts("[data-testid='progress-line'] li[aria-current='step'] .progress-label"))
				.containsExactly("Lancement");
			assertThat(app.texts("[data-testid='jobs']")).containsExactly("1 emploi au lancement.");
			assertThat(app.showsButton("Changer d’étape")).as("launched is final").isFalse();
			assertThat(app.history()).containsSubsequence("26/02/2018 | Comité de pilotage",
					"01/03/2018 | Étape : faisabilité", "24/04/2018 | Comité de pilotage",
					"02/05/2018 | Étape : création", "27/05/2018 | Comité de pilotage",
					"01/06/2018 | Étape : lancement", "05/06/2018 | Jalon : ouverture",
					"02/07/2018 | Comité de pilotage", "17/09/2018 | Comité de pilotage");
			app.screenshot("27-generateur-initiative");
			app.assertAccessible("an initiative's page");

			app.navigateTo("Générateur BFC");
			app.awaitRow(boucle);
			app.screenshot("28-generateur");
			app.assertAccessible("the territories and initiatives");

			app.navigateTo("Rapports");
			app.showYear(2018);
			app.awaitFigure("territory.initiativesLaunched", before.get("territory.initiativesLaunched") + 1);
			app.awaitFigure("territory.steeringMeetings", before.get("territory.steeringMeetings") + 5);
			app.awaitFigure("territory.jobsCreated", before.get("territory.jobsCreated") + 1);
			app.assertNoContentSecurityPolicyViolation();
		}
	}

	@Test
	void aClubEveningOfTwoPlacesMovesTheWaitingOneUpWhenSomeoneCancelsAndTheReportCountsItHeld(@TempDir Path profile)
			throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String title = "Soirée du Club : écosystème de coopération " + marker;
		// registrations close when an evening starts and it can be marked held only once
		// started: registrations on tomorrow's evening, then one that started a few
		// minutes ago, recorded afterwards as the staff do, is marked held and counted
		ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Paris")).truncatedTo(ChronoUnit.MINUTES);
		ZonedDateTime tomorrow = now.plusDays(1).withHour(18).withMinute(30);
		ZonedDateTime startedAt = now.minusMinutes(5);
		String heldTitle = "Soirée du Club : la coopérative d’activité " + marker;
		int year = startedAt.getYear();
		try (StaffApplicationPage app = StaffApplicationPage.open(TheSuite.gatewayUrl(), profile, "/")) {
			app.logIn(ADMIN, ADMIN_PASSWORD);
			app.awaitHeading("Rapports");
			app.showYear(year);
			Map<String, Long> before = figures(app, "events.held.CLUB_EVENING", "events.participants");

			app.navigateTo("Événements");
			app.awaitHeading("Agenda des événements");
			scheduleClubEvening(app, title, tomorrow);
			app.screenshot("29-evenements-nouvel-evenement");
			app.assertAccessible("the new event form");
			app.clickButton("Programmer l’événement");
			app.awaitHeading(title);

			String[][] people = { { "Anne Morel " + marker, "anne." + marker + "@example.org" },
					{ "Bruno Petit " + marker, "bruno." + marker + "@example.org" },
					{ "Chloé Vidal " + marker, "chloe." + marker + "@example.org" } };
			for (String[] person : people) {
				app.fill("Nom et prénom", person[0]);
				app.fill("Adresse e-mail", person[1]);
				app.clickButton("Inscrire");
				app.awaitNotice(person[0]);
			}
			assertThat(app.texts("[data-list='confirmed'] li strong")).containsExactly(people[0][0], people[1][0]);
			assertThat(app.texts("[data-list='waiting'] li strong")).containsExactly("1. " + people[2][0]);
			assertThat(app.texts("[data-testid='places']")).containsExactly("2 / 2 places");
			assertThat(app.showsButton("Marquer comme tenu")).as("an evening not started yet cannot be held").isFalse();

			app.clickButton("Annuler l’inscription de " + people[0][0]);
			assertThat(app.confirmation())
				.contains(people[2][0] + ", première de la liste d’attente, obtient sa place.");
			app.confirm();
			app.awaitNotice(people[2][0] + " passe de la liste d’attente aux inscrit·es.");
			assertThat(app.texts("[data-list='confirmed'] li strong")).containsExactly(people[1][0], people[2][0]);
			assertThat(app.texts("[data-list='waiting'] li strong")).isEmpty();
			app.screenshot("30-evenements-inscriptions");
			app.assertAccessible("an event's registrations");
			app.phone(true);
			app.screenshot("31-telephone-inscriptions");
			app.assertNoSidewaysScrolling("an event's registrations on a phone");
			app.assertAccessible("an event's registrations on a phone");
			app.phone(false);

			app.navigateTo("Événements");
			app.awaitHeading("Agenda des événements");
			scheduleClubEvening(app, heldTitle, startedAt);
			app.clickButton("Programmer l’événement");
			app.awaitHeading(heldTitle);
			app.clickButton("Marquer comme tenu");
			app.awaitNotice("marqué comme tenu");
			app.fill("Nombre de personnes présentes", "2");
			app.clickButton("Enregistrer la présence");
			app.awaitNotice("Présence : 2 personnes");
			app.screenshot("32-evenements-tenu");

			app.navigateTo("Événements");
			app.visit("/evenements?mois=" + startedAt.format(DateTimeFormatter.ofPattern("yyyy-MM")));
			app.until("the evening in the agenda", (driver) -> app.source().contains(heldTitle));
			app.screenshot("33-evenements-agenda");
			app.assertAccessible("the agenda");

			app.navigateTo("Rapports");
			app.showYear(year);
			app.awaitFigure("events.held.CLUB_EVENING", before.get("events.held.CLUB_EVENING") + 1);
			app.awaitFigure("events.participants", before.get("events.participants") + 2);
			app.assertNoContentSecurityPolicyViolation();
		}
	}

	/**
	 * Fills the new event form of a Club evening of two places starting at
	 * {@code startsAt}.
	 */
	private static void scheduleClubEvening(StaffApplicationPage app, String title, ZonedDateTime startsAt) {
		app.clickLink("Nouvel événement");
		app.awaitHeading("Nouvel événement");
		app.fill("Type d’événement", "Soirée du Club des Entrepreneurs");
		app.fill("Titre", title);
		app.fill("Début", startsAt.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		app.fillNamed("startsAt-time", startsAt.format(DateTimeFormatter.ofPattern("HH:mm")));
		app.fill("Lieu", "Tache Papier, Dijon");
		app.fill("Nombre de places", "2");
		app.fill("Partenaires", "Tache Papier\nCAE Bourgogne");
	}

	/**
	 * A SIRET of 14 digits whose check digit is valid (Luhn), different for each marker.
	 */
	private static String siret(String marker) {
		String body = "%013d".formatted(Math.floorMod((long) marker.hashCode(), 9_999_999_999_999L));
		for (int check = 0; check < 10; check++) {
			String candidate = body + check;
			int sum = 0;
			for (int i = 0; i < 14; i++) {
				int digit = candidate.charAt(13 - i) - '0';
				if (i % 2 == 1) {
					digit *= 2;
					if (digit > 9) {
						digit -= 9;
					}
				}
				sum += digit;
			}
			if (sum % 10 == 0) {
				return candidate;
			}
		}
		throw new IllegalStateException("no check digit");
	}

	private static void newStructure(StaffApplicationPage app, String name, String siret, String commune) {
		if (!app.path().equals("/dla/structures/nouvelle")) {
			app.clickLink("Nouvelle structure");
			app.awaitHeading("Nouvelle structure");
		}
		app.fill("Nom de la structure", name);
		if (siret != null) {
			app.fill("SIRET", siret);
		}
		app.fill("Commune", commune);
		app.fill("Forme juridique", "Association");
		app.fill("Salarié·es en équivalent temps plein", "3");
		app.clickButton("Enregistrer la structure");
		app.awaitHeading(name);
	}

	@Test
	void anAdministratorSubscribesAWebhookSeesItsSecretOnceAndRebuildsTheFigures(@TempDir Path profile)
			throws Exception {
		String url = "https://crm.example.org/pes21/" + UUID.randomUUID().toString().substring(0, 8);
		try (StaffApplicationPage app = StaffApplicationPage.open(TheSuite.gatewayUrl(), profile, "/administration")) {
			app.logIn(ADMIN, ADMIN_PASSWORD);
			app.awaitHeading("Administration");
			app.fill("Adresse (URL) du destinataire", url);
			app.fill("Description", "Le CRM de l’association");
			app.clickButton("Créer l’abonnement");
			app.until("the secret shown", (driver) -> !app.texts("[data-testid='secret']").isEmpty());
			String secret = (String) app.script().executeScript("return document.getElementById('secret-value').value");
			assertThat(secret).isNotBlank();
			app.clickButton("Copier le secret");
			app.awaitRow(url);
			app.screenshot("34-administration-secret");
			app.assertAccessible("the administration page showing a new secret");

			app.clickLink(url);
			app.awaitHeading("Abonnement webhook");
			app.until("the delivery log", (driver) -> app.source().contains("Livraisons ("));
			assertThat(app.source()).doesNotContain(secret);
			app.screenshot("35-administration-abonnement");
			app.assertAccessible("a webhook subscription's page");

			app.clickLink("Administration");
			app.awaitHeading("Administration");
			app.awaitRow(url);
			assertThat(app.source()).as("the secret is shown once").doesNotContain(secret);
			app.clickButton("Arrêter l’abonnement vers " + url);
			assertThat(app.confirmation()).contains("Ses livraisons en attente sont annulées.");
			app.confirm();
			app.awaitNotice("Abonnement vers " + url + " arrêté.");

			app.clickButton("Reconstruire les chiffres");
			app.confirm();
			app.until(Duration.ofMinutes(2), Duration.ofMillis(500), "the rebuild completed",
					(driver) -> app.texts("[data-testid='rebuild'] [role='status']")
						.stream()
						.anyMatch((text) -> text.startsWith("Terminée le")));
			app.screenshot("36-administration-reconstruction");
			app.assertAccessible("the rebuild's progress");
			app.assertNoContentSecurityPolicyViolation();
		}
	}

	@Test
	void anAdministratorOpensAnAccountWhoseHolderLogsInAndChangesTheirPassword(@TempDir Path profile) throws Exception {
		String username = "camille." + UUID.randomUUID().toString().substring(0, 8);
		String firstPassword = "trois-pommes-sur-le-buffet";
		String secondPassword = "quatre-poires-dans-le-panier";
		try (StaffApplicationPage app = StaffApplicationPage.open(TheSuite.gatewayUrl(), profile,
				"/administration/comptes")) {
			app.logIn(ADMIN, ADMIN_PASSWORD);
			app.awaitHeading("Comptes");
			app.awaitRow(ADMIN);
			assertThat(app.showsLink(ADMIN)).as("the bootstrap account is not offered").isFalse();
			app.fill("Identifiant", username);
			app.fill("Nom affiché", "Camille Rousseau");
			app.check("bénévole");
			app.fill("Mot de passe initial", "court");
			app.clickButton("Ouvrir le compte");
			assertThat(app.fieldError("password")).as("the password rule, at its field").isNotBlank();
			app.fill("Mot de passe initial", firstPassword);
			app.clickButton("Ouvrir le compte");
			app.awaitNotice("Compte " + username + " ouvert");
			app.awaitRow(username);
			app.screenshot("37-administration-comptes");
			app.assertAccessible("the accounts page");

			app.clickLink(username);
			app.awaitHeading("Compte " + username);
			app.until("the account's state",
					(driver) -> app.texts("[data-testid='account-state']").contains("Actif, jamais connecté"));
			app.screenshot("38-administration-compte");
			app.assertAccessible("an account's page");
			app.logOut();

			app.logIn(username, firstPassword);
			app.clickLink("Mon compte");
			app.awaitHeading("Mon compte");
			app.until("my roles", (driver) -> app.texts("[data-testid='own-roles']").contains("bénévole"));
			app.fill("Mot de passe actuel", "pas-le-bon-mot-de-passe");
			app.fill("Nouveau mot de passe", secondPassword);
			app.clickButton("Changer le mot de passe");
			assertThat(app.fieldError("currentPassword")).as("a wrong current password, at its field").isNotBlank();
			app.fill("Mot de passe actuel", firstPassword);
			app.clickButton("Changer le mot de passe");
			app.awaitNotice("Mot de passe changé.");
			app.screenshot("39-mon-compte");
			app.assertAccessible("« Mon compte »");
			app.logOut();

			app.logIn(username, secondPassword);
			app.awaitHeading("Mon compte");
			app.assertNoContentSecurityPolicyViolation();
		}
	}

	@Test
	void anAdministratorReadsAProjectsAuditTrailAndErasesItsHoldersWithoutChangingTheFigures(@TempDir Path profile)
			throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String name = "Atelier vélo solidaire " + marker;
		String holder = "Lemaire" + marker;
		String key = "accompaniment.projectsWelcomed.BENEFICE_CREA";
		try (StaffApplicationPage app = StaffApplicationPage.open(TheSuite.gatewayUrl(), profile, "/")) {
			app.logIn(ADMIN, ADMIN_PASSWORD);
			app.awaitHeading("Rapports");
			app.showYear(2020);
			long before = app.figure(key);

			app.navigateTo("Création / accompagnement");
			app.clickLink("Nouveau projet");
			newProject(app, name, "Bénéfice Créa", "12/03/2020", "Dijon", "Aline", holder);
			app.fill("Date de la rencontre", "14/03/2020");
			app.fill("Type de rencontre", "Suivi");
			app.fill("Notes", "Rencontre avec Aline " + holder + ".");
			app.clickButton("Enregistrer la rencontre");
			app.awaitNotice("Rencontre enregistrée");

			app.clickButton("Afficher l’historique des saisies");
			app.until("the audit trail", (driver) -> app.texts("[data-testid='audit'] tbody tr").size() == 2);
			assertThat(app.texts("[data-testid='audit'] tbody tr")).allMatch((row) -> row.contains("par admin"))
				.anyMatch((row) -> row.startsWith("Accueil du projet"))
				.anyMatch((row) -> row.startsWith("Rencontre"));

			app.clickButton("Effacer les données personnelles");
			assertThat(app.confirmation()).contains("Les faits et tous les chiffres ne changent pas.")
				.contains("L’effacement est définitif : il ne peut pas être annulé.");
			app.confirm();
			app.awaitNotice("Données personnelles effacées");
			app.until("holders and notes erased", (driver) -> !app.source().contains(holder));
			app.clickButton("Actualiser l’historique des saisies");
			app.until("the erasure in the audit trail",
					(driver) -> app.texts("[data-testid='audit'] tbody tr")
						.stream()
						.anyMatch((row) -> row.startsWith("Effacement des données personnelles")));
			app.screenshot("40-projet-historique-effacement");
			app.assertAccessible("a project's page with its audit trail, after an erasure");

			app.navigateTo("Rapports");
			app.showYear(2020);
			app.awaitFigure(key, before + 1);
			app.assertNoContentSecurityPolicyViolation();
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
