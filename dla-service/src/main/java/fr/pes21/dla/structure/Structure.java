package fr.pes21.dla.structure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import fr.pes21.contracts.dla.DiagnosticCompleted;
import fr.pes21.contracts.dla.DiagnosticCompletionWithdrawn;
import fr.pes21.contracts.dla.PostEngineeringFollowUpHeld;
import fr.pes21.contracts.dla.PostEngineeringFollowUpWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomeWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomed;
import fr.pes21.platform.outbox.OutboxAggregate;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An employer ESS structure ("structure employeuse de l'ESS") on its DLA pathway: its
 * welcome, its shared diagnostics and its post-engineering follow-ups (the engineerings
 * it takes part in are aggregates of their own). It raises facts that carry ids and dates
 * only, never its name. Every recorded fact can be withdrawn when it was entered by
 * mistake; a withdrawn fact stops counting and is announced by its own withdrawal fact.
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

	private Welcome welcome;

	private List<Diagnostic> diagnostics = new ArrayList<>();

	private List<FollowUp> followUps = new ArrayList<>();

	private Instant recordedAt;

	private Structure() {
	}

	/**
	 * Registers a structure; nothing is published until something happens on its pathway.
	 */
	static Structure register(String name, String legalForm, String commune, String siret, Double employeesFte,
			Instant recordedAt) {
		if (isBlank(name) || isBlank(legalForm) || isBlank(commune)) {
			throw new RuleViolation("A structure needs a name, a legal form and a commune.");
		}
		if (employeesFte != null && employeesFte < 0) {
			throw new RuleViolation("The employees (full-time equivalent) cannot be a negative number.");
		}
		Structure structure = new Structure();
		structure.id = newId();
		structure.name = name.strip();
		structure.legalForm = legalForm.strip();
		structure.commune = commune.strip();
		structure.siret = blankToNull(siret);
		structure.employeesFte = employeesFte;
		structure.recordedAt = recordedAt;
		return structure;
	}

	/** Records the structure's welcome ("accueil") in the DLA; answers its id. */
	String welcome(LocalDate date, Instant now) {
		requireDate(date, "A welcome");
		if (isWelcomed()) {
			throw new RuleViolation("This structure was already welcomed on " + this.welcome.date()
					+ "; withdraw that welcome first to correct it.");
		}
		this.welcome = new Welcome(newId(), date, now, null);
		raise(new StructureWelcomed(this.welcome.id(), this.id, date), now);
		return this.welcome.id();
	}

	/**
	 * Records a shared diagnostic, completed already when {@code completedOn} is given;
	 * answers its id.
	 */
	String startDiagnostic(LocalDate startedOn, LocalDate completedOn, List<String> needs, Instant now) {
		requireDate(startedOn, "A diagnostic");
		Diagnostic diagnostic = new Diagnostic(newId(), startedOn, null, needsOf(needs), now, null, null);
		if (completedOn != null) {
			requireCompletionNotBeforeStart(diagnostic, completedOn);
			diagnostic = diagnostic.completed(completedOn);
		}
		this.diagnostics.add(diagnostic);
		if (diagnostic.isCompleted()) {
			raise(new DiagnosticCompleted(diagnostic.id(), this.id, completedOn), now);
		}
		return diagnostic.id();
	}

	/** Records that a diagnostic under way was completed. */
	void completeDiagnostic(String diagnosticId, LocalDate date, Instant now) {
		Diagnostic diagnostic = diagnostic(diagnosticId);
		requireDate(date, "A diagnostic's completion");
		if (diagnostic.isCompleted()) {
			throw new RuleViolation("This diagnostic was already completed on " + diagnostic.completedOn()
					+ "; withdraw that completion first to correct it.");
		}
		if (diagnostic.hadItsCompletionWithdrawn()) {
			// The completion's fact id is the diagnostic's id, and read models keep a
			// withdrawn fact id withdrawn for good.
			throw new RuleViolation("The completion of this diagnostic was withdrawn, so it cannot be completed again: "
					+ "withdraw the diagnostic and record it again with its completion.");
		}
		requireCompletionNotBeforeStart(diagnostic, date);
		replace(diagnostic, diagnostic.completed(date));
		raise(new DiagnosticCompleted(diagnostic.id(), this.id, date), now);
	}

	/**
	 * Records a follow-up meeting; answers its id. A post-engineering follow-up follows
	 * an engineering: the structure must take part in one that had begun by then.
	 */
	String holdFollowUp(LocalDate date, FollowUpKind kind, List<EngineeringOfStructure> engineerings, Instant now) {
		requireDate(date, "A follow-up");
		if (kind == null) {
			throw new RuleViolation("A follow-up needs its kind.");
		}
		LocalDate firstEngineering = engineerings.stream()
			.map(EngineeringOfStructure::joinedOn)
			.min(Comparator.naturalOrder())
			.orElseThrow(() -> new RuleViolation("A post-engineering follow-up follows an engineering, and this "
					+ "structure never took part in one: record its engineering first."));
		if (date.isBefore(firstEngineering)) {
			throw new RuleViolation("A post-engineering follow-up cannot be dated before the structure's first "
					+ "engineering (" + firstEngineering + ").");
		}
		FollowUp followUp = new FollowUp(newId(), date, kind, now, null);
		this.followUps.add(followUp);
		raise(new PostEngineeringFollowUpHeld(followUp.id(), this.id, date), now);
		return followUp.id();
	}

	void withdrawWelcome(Instant now) {
		Welcome withdrawn = welcome();
		this.welcome = withdrawn.withdrawn(now);
		raise(new StructureWelcomeWithdrawn(withdrawn.id(), this.id, withdrawn.date()), now);
	}

	/**
	 * Withdraws a diagnostic entered by mistake, and its completion with it when it was
	 * completed.
	 */
	void withdrawDiagnostic(String diagnosticId, Instant now) {
		Diagnostic diagnostic = diagnostic(diagnosticId);
		if (diagnostic.isCompleted()) {
			withdrawDiagnosticCompletion(diagnosticId, now);
			diagnostic = diagnostic(diagnosticId);
		}
		replace(diagnostic, diagnostic.withdrawn(now));
	}

	void withdrawDiagnosticCompletion(String diagnosticId, Instant now) {
		Diagnostic diagnostic = completedDiagnostic(diagnosticId);
		replace(diagnostic, diagnostic.withCompletionWithdrawn(now));
		raise(new DiagnosticCompletionWithdrawn(diagnostic.id(), this.id, diagnostic.completedOn()), now);
	}

	void withdrawFollowUp(String followUpId, Instant now) {
		FollowUp followUp = followUp(followUpId);
		this.followUps.set(this.followUps.indexOf(followUp), followUp.withdrawn(now));
		raise(new PostEngineeringFollowUpWithdrawn(followUp.id(), this.id, followUp.date()), now);
	}

	String id() {
		return this.id;
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

	boolean isWelcomed() {
		return this.welcome != null && this.welcome.isActive();
	}

	/** The welcome, when recorded and not withdrawn. */
	Welcome welcome() {
		if (!isWelcomed()) {
			throw new UnknownResource("welcome recorded for the structure", this.id);
		}
		return this.welcome;
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

	private static String newId() {
		return UUID.randomUUID().toString();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return isBlank(text) ? null : text.strip();
	}

}
