package fr.pes21.dla.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.pes21.contracts.dla.DiagnosticCompleted;
import fr.pes21.contracts.dla.DiagnosticCompletionWithdrawn;
import fr.pes21.contracts.dla.PostEngineeringFollowUpHeld;
import fr.pes21.contracts.dla.PostEngineeringFollowUpWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomeWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomed;
import fr.pes21.platform.audit.AuditEntry;
import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.outbox.OutboxAggregate;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * An employer ESS structure ("structure employeuse de l'ESS") on its DLA pathways: its
 * welcomes (one per pathway, at most one per calendar year), its shared diagnostics and
 * its post-engineering follow-ups (the engineerings it takes part in are aggregates of
 * their own). It raises facts that carry ids and dates only, never its name. Every
 * recorded fact can be withdrawn when it was entered by mistake; a withdrawn fact stops
 * counting and is announced by its own withdrawal fact.
 */
@Document("structures")
@CompoundIndex(name = "diagnostic_id", def = "{'diagnostics.id': 1}")
class Structure extends OutboxAggregate {

	private String name;

	private String legalForm;

	private String commune;

	@Indexed(unique = true, sparse = true)
	private String siret;

	private Double employeesFte;

	private List<Welcome> welcomes = new ArrayList<>();

	/**
	 * The one welcome of a document saved before a structure could come back: moved into
	 * {@link #welcomes} when the document is read.
	 */
	private Welcome welcome;

	private List<Diagnostic> diagnostics = new ArrayList<>();

	private List<FollowUp> followUps = new ArrayList<>();

	/**
	 * The structure's registration: who recorded it and when (a structure is never
	 * withdrawn).
	 */
	@Unwrapped.Nullable
	private Recorded recorded;

	private Structure() {
	}

	/**
	 * Registers a structure; nothing is published until something happens on its pathway.
	 */
	static Structure register(String name, String legalForm, String commune, String siret, Double employeesFte,
			Stamp stamp) {
		if (isBlank(name) || isBlank(legalForm) || isBlank(commune)) {
			throw new RuleViolation("A structure needs a name, a legal form and a commune.");
		}
		if (employeesFte != null && employeesFte < 0) {
			throw new RuleViolation("The employees (full-time equivalent) cannot be a negative number.");
		}
		Structure structure = new Structure();
		structure.id = Recorded.newId();
		structure.name = name.strip();
		structure.legalForm = legalForm.strip();
		structure.commune = commune.strip();
		structure.siret = blankToNull(siret);
		structure.employeesFte = employeesFte;
		structure.recorded = Recorded.as(structure.id, stamp);
		return structure;
	}

	/**
	 * Records a welcome ("accueil") of the structure in the DLA; answers its id. A
	 * structure can come back for a new pathway: it is welcomed at most once per calendar
	 * year, in any order.
	 */
	String welcome(LocalDate date, Stamp stamp) {
		requireDate(date, "A welcome");
		activeWelcomes().stream()
			.filter((welcome) -> welcome.date().getYear() == date.getYear())
			.findFirst()
			.ifPresent((first) -> {
				throw new RuleViolation("This structure was already welcomed in " + date.getYear() + ", on "
						+ first.date() + " (" + StructureController.welcomePath(this.id, first.id())
						+ "): a structure is welcomed at most once per calendar year; withdraw that welcome first "
						+ "to correct it.");
			});
		Welcome welcome = new Welcome(Recorded.now(stamp), date);
		welcomes().add(welcome);
		raise(new StructureWelcomed(welcome.id(), this.id, date), stamp.at());
		return welcome.id();
	}

	/**
	 * Records a shared diagnostic, completed already when {@code completedOn} is given;
	 * answers its id.
	 */
	String startDiagnostic(LocalDate startedOn, LocalDate completedOn, List<String> needs, Stamp stamp) {
		requireDate(startedOn, "A diagnostic");
		Diagnostic diagnostic = Diagnostic.started(Recorded.now(stamp), startedOn, needsOf(needs));
		if (completedOn != null) {
			requireCompletionNotBeforeStart(diagnostic, completedOn);
			diagnostic = diagnostic.completed(Recorded.now(stamp), completedOn);
		}
		this.diagnostics.add(diagnostic);
		if (diagnostic.isCompleted()) {
			raise(new DiagnosticCompleted(diagnostic.activeCompletionId(), diagnostic.id(), this.id, completedOn),
					stamp.at());
		}
		return diagnostic.id();
	}

	/**
	 * Records that a diagnostic under way was completed; answers the completion's id. A
	 * completion withdrawn by mistake can be recorded again: each completion is a fact
	 * with an id of its own.
	 */
	String completeDiagnostic(String diagnosticId, LocalDate date, Stamp stamp) {
		Diagnostic diagnostic = diagnostic(diagnosticId);
		requireDate(date, "A diagnostic's completion");
		if (diagnostic.isCompleted()) {
			throw new RuleViolation("This diagnostic was already completed on " + diagnostic.completedDate()
					+ "; withdraw that completion first to correct it.");
		}
		requireCompletionNotBeforeStart(diagnostic, date);
		Diagnostic completed = diagnostic.completed(Recorded.now(stamp), date);
		replace(diagnostic, completed);
		raise(new DiagnosticCompleted(completed.activeCompletionId(), diagnostic.id(), this.id, date), stamp.at());
		return completed.activeCompletionId();
	}

	/**
	 * Records a follow-up meeting; answers its id. History starts incomplete: the
	 * engineering a post-engineering follow-up follows may predate the software, so the
	 * follow-up needs no recorded engineering (the pathway view says when none is).
	 */
	String holdFollowUp(LocalDate date, FollowUpKind kind, Stamp stamp) {
		requireDate(date, "A follow-up");
		if (kind == null) {
			throw new RuleViolation("A follow-up needs its kind.");
		}
		FollowUp followUp = new FollowUp(Recorded.now(stamp), date, kind);
		this.followUps.add(followUp);
		raise(new PostEngineeringFollowUpHeld(followUp.id(), this.id, date), stamp.at());
		return followUp.id();
	}

	void withdrawWelcome(String welcomeId, Stamp stamp) {
		Welcome welcome = welcome(welcomeId);
		List<Welcome> welcomes = welcomes();
		welcomes.set(welcomes.indexOf(welcome), welcome.withdrawn(stamp));
		raise(new StructureWelcomeWithdrawn(welcome.id(), this.id, welcome.date()), stamp.at());
	}

	/**
	 * Withdraws the structure's welcome when it has only one; a structure that came back
	 * has several, and which one to withdraw must then be said (by its own URL).
	 */
	void withdrawOnlyWelcome(Stamp stamp) {
		List<Welcome> active = activeWelcomes();
		if (active.isEmpty()) {
			throw new UnknownResource("welcome recorded for the structure", this.id);
		}
		if (active.size() > 1) {
			throw new RuleViolation("This structure came back: it has " + active.size() + " welcomes (" + active
				.stream()
				.map((welcome) -> welcome.date() + ": " + StructureController.welcomePath(this.id, welcome.id()))
				.collect(Collectors.joining(", ")) + "); withdraw the one entered by mistake at its own URL.");
		}
		withdrawWelcome(active.getFirst().id(), stamp);
	}

	/**
	 * Withdraws a diagnostic entered by mistake, and its completion with it when it was
	 * completed.
	 */
	void withdrawDiagnostic(String diagnosticId, Stamp stamp) {
		Diagnostic diagnostic = diagnostic(diagnosticId);
		if (diagnostic.isCompleted()) {
			withdrawDiagnosticCompletion(diagnosticId, stamp);
			diagnostic = diagnostic(diagnosticId);
		}
		replace(diagnostic, diagnostic.withdrawn(stamp));
	}

	void withdrawDiagnosticCompletion(String diagnosticId, Stamp stamp) {
		Diagnostic diagnostic = completedDiagnostic(diagnosticId);
		replace(diagnostic, diagnostic.withCompletionWithdrawn(stamp));
		raise(new DiagnosticCompletionWithdrawn(diagnostic.activeCompletionId(), this.id, diagnostic.completedDate()),
				stamp.at());
	}

	void withdrawFollowUp(String followUpId, Stamp stamp) {
		FollowUp followUp = followUp(followUpId);
		this.followUps.set(this.followUps.indexOf(followUp), followUp.withdrawn(stamp));
		raise(new PostEngineeringFollowUpWithdrawn(followUp.id(), this.id, followUp.date()), stamp.at());
	}

	String id() {
		return this.id;
	}

	/** The structure's registration: who recorded it and when. */
	Recorded recorded() {
		return this.recorded;
	}

	/**
	 * Every fact recorded on the structure, withdrawn ones included, with who recorded
	 * and withdrew each and when. Its registration comes first: it publishes nothing.
	 */
	List<AuditEntry> auditEntries() {
		String path = StructureController.STRUCTURES + "/" + this.id;
		List<AuditEntry> entries = new ArrayList<>();
		entries.add(AuditEntry.of("StructureRegistered", path, this.recorded));
		welcomes().forEach((welcome) -> entries.add(AuditEntry.of("StructureWelcomed",
				StructureController.welcomePath(this.id, welcome.id()), welcome.recorded())));
		for (Diagnostic diagnostic : this.diagnostics) {
			String diagnosticPath = DiagnosticController.DIAGNOSTICS + "/" + diagnostic.id();
			entries.add(AuditEntry.of("DiagnosticStarted", diagnosticPath, diagnostic.recorded()));
			diagnostic.completions()
				.forEach((completion) -> entries
					.add(AuditEntry.of("DiagnosticCompleted", diagnosticPath + "/completion", completion.recorded())));
		}
		this.followUps.forEach((followUp) -> entries.add(AuditEntry.of("PostEngineeringFollowUpHeld",
				path + "/follow-ups/" + followUp.id(), followUp.recorded())));
		return entries;
	}

	String name() {
		return this.name;
	}

	String legalForm() {
		return this.legalForm;
	}

	String commune() {
		return this.commune;
	}

	String siret() {
		return this.siret;
	}

	Double employeesFte() {
		return this.employeesFte;
	}

	/** Welcomes not withdrawn, in date order: one per pathway. */
	List<Welcome> activeWelcomes() {
		return welcomes().stream().filter(Welcome::isActive).sorted(Comparator.comparing(Welcome::date)).toList();
	}

	/** The active welcome with this id. */
	Welcome welcome(String welcomeId) {
		return activeWelcomes().stream()
			.filter((welcome) -> welcome.id().equals(welcomeId))
			.findFirst()
			.orElseThrow(() -> new UnknownResource("welcome of structure " + this.id, welcomeId));
	}

	/** The latest active welcome, if the structure was welcomed. */
	Optional<Welcome> latestWelcome() {
		List<Welcome> active = activeWelcomes();
		return active.isEmpty() ? Optional.empty() : Optional.of(active.getLast());
	}

	/** Diagnostics not withdrawn, in the order they were recorded. */
	List<Diagnostic> activeDiagnostics() {
		return this.diagnostics.stream().filter(Diagnostic::isActive).toList();
	}

	/** Follow-ups not withdrawn, in the order they were recorded. */
	List<FollowUp> activeFollowUps() {
		return this.followUps.stream().filter(FollowUp::isActive).toList();
	}

	/** The active diagnostic with this id. */
	Diagnostic diagnostic(String diagnosticId) {
		return this.diagnostics.stream()
			.filter((diagnostic) -> diagnostic.isActive() && diagnostic.id().equals(diagnosticId))
			.findFirst()
			.orElseThrow(() -> new UnknownResource("diagnostic", diagnosticId));
	}

	/** The active diagnostic with this id, when its completion is recorded. */
	Diagnostic completedDiagnostic(String diagnosticId) {
		Diagnostic diagnostic = diagnostic(diagnosticId);
		if (!diagnostic.isCompleted()) {
			throw new UnknownResource("completion recorded for the diagnostic", diagnosticId);
		}
		return diagnostic;
	}

	/** The active follow-up with this id. */
	FollowUp followUp(String followUpId) {
		return this.followUps.stream()
			.filter((followUp) -> followUp.isActive() && followUp.id().equals(followUpId))
			.findFirst()
			.orElseThrow(() -> new UnknownResource("follow-up of structure " + this.id, followUpId));
	}

	/** Every welcome, withdrawn ones included, the one of an older document too. */
	private List<Welcome> welcomes() {
		if (this.welcome != null) {
			this.welcomes.add(0, this.welcome);
			this.welcome = null;
		}
		return this.welcomes;
	}

	private void replace(Diagnostic current, Diagnostic replacement) {
		this.diagnostics.set(this.diagnostics.indexOf(current), replacement);
	}

	private static void requireCompletionNotBeforeStart(Diagnostic diagnostic, LocalDate completedOn) {
		if (completedOn.isBefore(diagnostic.startedOn())) {
			throw new RuleViolation("A diagnostic cannot be completed (" + completedOn + ") before it started ("
					+ diagnostic.startedOn() + ").");
		}
	}

	private static void requireDate(LocalDate date, String what) {
		if (date == null) {
			throw new RuleViolation(what + " needs its date.");
		}
	}

	private static List<String> needsOf(List<String> needs) {
		return (needs != null) ? needs.stream().filter((need) -> !isBlank(need)).map(String::strip).toList()
				: List.of();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return isBlank(text) ? null : text.strip();
	}

}
