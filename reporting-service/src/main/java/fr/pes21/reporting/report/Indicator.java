package fr.pes21.reporting.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.events.EventKind;

/**
 * The yearly indicators of the activity report ("rapport d'activité"): the one list of
 * every key {@code GET /api/reports/years/{year}} answers. A new indicator is a new
 * constant here, counted by an {@link IndicatorSource}.
 * <p>
 * Order of the keys in a report: the constants in declaration order, which follows
 * docs/domain.md (dla, accompaniment, territory, events); within an indicator with a
 * breakdown, one key per segment in the segment enum's order, then {@code .total}, the
 * sum of the segments.
 */
public enum Indicator {

	/** Distinct structures with a welcome ("accueil") dated in the year. */
	DLA_STRUCTURES_WELCOMED("dla.structuresWelcomed"),

	/**
	 * Distinct structures with, in the year, a completed diagnostic, an individual
	 * engineering started, a collective engineering started in which they take part, or a
	 * post-engineering follow-up meeting ("structures bénéficiaires"; a welcome alone
	 * does not count).
	 */
	DLA_BENEFICIARY_STRUCTURES("dla.beneficiaryStructures"),

	/** Shared diagnostics ("diagnostics partagés") completed in the year. */
	DLA_INDIVIDUAL_DIAGNOSTICS("dla.individualDiagnostics"),

	/** Individual engineerings started in the year. */
	DLA_INDIVIDUAL_ENGINEERINGS("dla.individualEngineerings"),

	/** Collective engineerings started in the year. */
	DLA_COLLECTIVE_ENGINEERINGS("dla.collectiveEngineerings"),

	/**
	 * Distinct structures taking part in a collective engineering started in the year,
	 * participants added later included.
	 */
	DLA_COLLECTIVE_ENGINEERING_BENEFICIARIES("dla.collectiveEngineeringBeneficiaries"),

	/**
	 * Distinct structures with at least one post-engineering follow-up meeting ("suivi
	 * post-ingénierie") in the year.
	 */
	DLA_POST_ENGINEERING_FOLLOW_UPS("dla.postEngineeringFollowUps"),

	/** Distinct projects whose intake ("accueil") is dated in the year. */
	ACCOMPANIMENT_PROJECTS_WELCOMED("accompaniment.projectsWelcomed", Programme.values()),

	/** Distinct projects with at least one accompaniment meeting in the year. */
	ACCOMPANIMENT_PROJECTS_ACCOMPANIED("accompaniment.projectsAccompanied", Programme.values()),

	/** Projects whose structure was created (registered) in the year. */
	ACCOMPANIMENT_STRUCTURES_CREATED("accompaniment.structuresCreated", Programme.values()),

	/** Jobs declared at creation by the structures created in the year. */
	ACCOMPANIMENT_JOBS_CREATED("accompaniment.jobsCreated", Programme.values()),

	/**
	 * Distinct projects with a post-creation review ("bilan post-création") in the year.
	 */
	ACCOMPANIMENT_POST_CREATION_REVIEWS("accompaniment.postCreationReviews", Programme.values()),

	/**
	 * Distinct territories with at least one steering meeting or milestone of an
	 * initiative dated in the year (Générateur BFC).
	 */
	TERRITORY_TERRITORIES_ACCOMPANIED("territory.territoriesAccompanied"),

	/**
	 * Distinct initiatives that reached the stage LAUNCHED (activity opened) in the year.
	 */
	TERRITORY_INITIATIVES_LAUNCHED("territory.initiativesLaunched"),

	/** Steering meetings ("comités de pilotage") of initiatives held in the year. */
	TERRITORY_STEERING_MEETINGS("territory.steeringMeetings"),

	/** Jobs declared by the initiatives launched in the year. */
	TERRITORY_JOBS_CREATED("territory.jobsCreated"),

	/**
	 * Events held, not cancelled, on a day of the year (their start in Europe/Paris), per
	 * kind (Club evenings, "Paroles d'Experts" talks, CFGA workshops, courses...).
	 */
	EVENTS_HELD("events.held", EventKind.values()),

	/**
	 * Attendance of the events held in the year, summed; an attendance recorded again
	 * replaces the previous figure.
	 */
	EVENTS_PARTICIPANTS("events.participants");

	static final String TOTAL = "total";

	private final String key;

	private final List<String> segments;

	/**
	 * An indicator broken down by the given segments (programmes, kinds...), with a
	 * total.
	 */
	Indicator(String key, Enum<?>[] segments) {
		this.key = key;
		this.segments = Arrays.stream(segments).map(Enum::name).toList();
	}

	/** An indicator with a single value. */
	Indicator(String key) {
		this.key = key;
		this.segments = List.of();
	}

	/** The key without segment, e.g. {@code accompaniment.projectsAccompanied}. */
	public String key() {
		return this.key;
	}

	/** The segments of the breakdown, empty for a single-valued indicator. */
	public List<String> segments() {
		return this.segments;
	}

	/** The key of one segment, e.g. {@code accompaniment.projectsAccompanied.CRDVA}. */
	public String key(Enum<?> segment) {
		if (!this.segments.contains(segment.name())) {
			throw new IllegalArgumentException(this.key + " has no segment " + segment);
		}
		return this.key + "." + segment.name();
	}

	/**
	 * The key summing the segments, e.g. {@code accompaniment.projectsAccompanied.total}.
	 */
	String totalKey() {
		return this.key + "." + TOTAL;
	}

	/**
	 * Every key of this indicator in report order: the segments, then the total; or the
	 * key alone.
	 */
	public List<String> keys() {
		if (this.segments.isEmpty()) {
			return List.of(this.key);
		}
		List<String> keys = new ArrayList<>(this.segments.size() + 1);
		this.segments.forEach((segment) -> keys.add(this.key + "." + segment));
		keys.add(totalKey());
		return keys;
	}

	/** Every key of the report, in report order. */
	public static List<String> allKeys() {
		return Arrays.stream(values()).flatMap((indicator) -> indicator.keys().stream()).toList();
	}

}
