package fr.pes21.reporting.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The French label of every key of {@link Indicator}, as the activity report prints it
 * (docs/domain.md, "The 2024 figures") or, for the keys the report does not print, in the
 * same style: the indicator, then its segment in brackets. The one place where labels
 * live; {@code IndicatorLabelsTests} checks that every key has one.
 */
public final class IndicatorLabels {

	private static final Map<String, String> LABELS = labels();

	private IndicatorLabels() {
	}

	/** The label of a key of {@link Indicator#allKeys()}. */
	public static String of(String key) {
		String label = LABELS.get(key);
		if (label == null) {
			throw new IllegalArgumentException("No label for indicator key " + key);
		}
		return label;
	}

	/** Every labelled key and its label. */
	static Map<String, String> all() {
		return Collections.unmodifiableMap(LABELS);
	}

	private static Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("dla.structuresWelcomed", "Structures accueillies");
		labels.put("dla.beneficiaryStructures", "Structures bénéficiaires");
		labels.put("dla.individualDiagnostics", "Diagnostics individuels");
		labels.put("dla.individualEngineerings", "Ingénieries individuelles");
		labels.put("dla.collectiveEngineerings", "Ingénieries collectives");
		labels.put("dla.collectiveEngineeringBeneficiaries", "Structures bénéficiaires d'ingénieries collectives");
		labels.put("dla.postEngineeringFollowUps", "Suivi post-ingénierie");
		programmes(labels, "accompaniment.projectsWelcomed", "Projets accueillis");
		programmes(labels, "accompaniment.projectsAccompanied", "Projets accompagnés");
		// The two figures the report prints, under its own words.
		labels.put("accompaniment.projectsAccompanied.BENEFICE_CREA", "Bénéfice Créa : projets accompagnés");
		labels.put("accompaniment.projectsAccompanied.CRDVA", "Accompagnements (CRDVA)");
		programmes(labels, "accompaniment.structuresCreated", "Structures créées");
		programmes(labels, "accompaniment.jobsCreated", "Emplois créés");
		programmes(labels, "accompaniment.postCreationReviews", "Bilans post-création");
		labels.put("territory.territoriesAccompanied", "Territoires accompagnés (Générateur BFC)");
		labels.put("territory.initiativesLaunched", "Initiatives lancées (Générateur BFC)");
		labels.put("territory.steeringMeetings", "Comités de pilotage (Générateur BFC)");
		labels.put("territory.jobsCreated", "Emplois créés (Générateur BFC)");
		labels.put("events.held.CLUB_EVENING", "Soirées du Club des Entrepreneurs");
		labels.put("events.held.EXPERT_TALK", "Rendez-vous Paroles d'Experts");
		labels.put("events.held.CFGA_WORKSHOP", "Ateliers CFGA animés par le PES 21");
		// The report adds the year's breakdown by school ("4 IRTESS, 3 IRTS, 1 FRANCAS"):
		// figures, not a label, so they are left out.
		labels.put("events.held.COURSE", "Cours donnés");
		labels.put("events.held.PITCH_CONTEST", "Concours de pitch");
		labels.put("events.held.CONFERENCE", "Conférences");
		labels.put("events.held.WORKSHOP", "Ateliers");
		labels.put("events.held.WEBINAR", "Webinaires");
		labels.put("events.held.OTHER", "Autres événements");
		labels.put("events.held.total", "Événements organisés (total)");
		labels.put("events.participants", "Participants aux événements");
		return labels;
	}

	private static void programmes(Map<String, String> labels, String key, String label) {
		labels.put(key + ".BENEFICE_CREA", label + " (Bénéfice Créa)");
		labels.put(key + ".CRDVA", label + " (CRDVA)");
		labels.put(key + ".EMERGENCE", label + " (Émergence)");
		labels.put(key + ".OTHER", label + " (hors programme)");
		labels.put(key + ".total", label + " (total)");
	}

}
