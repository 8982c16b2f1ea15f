package fr.pes21.territory.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.pes21.contracts.territory.InitiativeStage;
import fr.pes21.contracts.territory.InitiativeStageChangeWithdrawn;
import fr.pes21.contracts.territory.InitiativeStageChanged;
import fr.pes21.contracts.territory.InitiativeStarted;
import fr.pes21.contracts.territory.InitiativeWithdrawn;
import fr.pes21.contracts.territory.MilestoneKind;
import fr.pes21.contracts.territory.MilestoneReached;
import fr.pes21.contracts.territory.MilestoneWithdrawn;
import fr.pes21.contracts.territory.SteeringMeetingHeld;
import fr.pes21.contracts.territory.SteeringMeetingWithdrawn;
import fr.pes21.platform.audit.AuditEntry;
import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.outbox.OutboxAggregate;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;

import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * An initiative of the Générateur BFC ("Fabrique à initiatives"), born on a territory,
 * possibly from an unmet need, and carried through its stages: EMERGENCE, FEASIBILITY,
 * CREATION, LAUNCHED (activity opened), or STOPPED on the way. It also records its
 * milestones and steering meetings. Its facts carry ids, stages, kinds, dates and jobs,
 * never its name nor a milestone's label. Stages only move forward; a stage entered by
 * mistake is corrected by withdrawing the latest stage change (decision 8).
 */
@Document("initiatives")
class Initiative extends OutboxAggregate {

	@Indexed
	private String territoryId;

	private String needId;

	private String name;

	private LocalDate startedOn;

	private List<StageChange> stageChanges = new ArrayList<>();

	private List<Milestone> milestones = new ArrayList<>();

	private List<Meeting> meetings = new ArrayList<>();

	/** The initiative's start: who recorded it and when, and its withdrawal. */
	@Unwrapped.Nullable
	private Recorded recorded;

	private Initiative() {
	}

	/**
	 * Starts an initiative on a territory, at the stage EMERGENCE, from one of its needs
	 * when {@code needId} is given (then never before that need was identified).
	 * @param needIdentifiedOn the day the need was identified, {@code null} without a
	 * need
	 */
	static Initiative start(String territoryId, String name, String needId, LocalDate needIdentifiedOn,
			LocalDate startedOn, Stamp stamp) {
		if (isBlank(territoryId) || isBlank(name) || startedOn == null) {
			throw new RuleViolation("An initiative needs its territory, a name and the day it started.");
		}
		if (needIdentifiedOn != null && startedOn.isBefore(needIdentifiedOn)) {
			throw new RuleViolation("An initiative born from a need cannot start (" + startedOn
					+ ") before the need was identified (" + needIdentifiedOn + ").");
		}
		Initiative initiative = new Initiative();
		initiative.id = Recorded.newId();
		initiative.territoryId = territoryId;
		initiative.needId = isBlank(needId) ? null : needId;
		initiative.name = name.strip();
		initiative.startedOn = startedOn;
		initiative.recorded = Recorded.as(initiative.id, stamp);
		// The start's fact id is the initiative id (see the InitiativeStarted contract).
		initiative.raise(new InitiativeStarted(initiative.id, initiative.id, territoryId, initiative.needId, startedOn),
				stamp.at());
		return initiative;
	}

	/**
	 * Moves the initiative to its next stage, or stops it; answers the stage change's id.
	 * {@code jobs} (0 when not given) is declared with LAUNCHED only.
	 */
	String changeStage(InitiativeStage stage, LocalDate date, Integer jobs, Stamp stamp) {
		requireActive();
		if (stage == null || date == null) {
			throw new RuleViolation("A stage change needs its stage and its date.");
		}
		InitiativeStage current = stage();
		requireReachable(current, stage);
		if (date.isBefore(stageSince())) {
			throw new RuleViolation("The initiative cannot reach " + stage + " on " + date + ", before "
					+ (latestStageChange().isPresent() ? "it reached " + current : "it started") + " (" + stageSince()
					+ ").");
		}
		if (jobs != null && stage != InitiativeStage.LAUNCHED) {
			throw new RuleViolation("Jobs are declared when the initiative is LAUNCHED (its activity opens), not at "
					+ stage + ": leave jobs out.");
		}
		if (jobs != null && jobs < 0) {
			throw new RuleViolation("The jobs of a launched initiative cannot be a negative number.");
		}
		Integer declared = (stage == InitiativeStage.LAUNCHED) ? ((jobs != null) ? jobs : 0) : null;
		StageChange change = new StageChange(Recorded.now(stamp), stage, current, date, declared);
		this.stageChanges.add(change);
		raise(new InitiativeStageChanged(change.id(), this.id, this.territoryId, stage, current, date, declared),
				stamp.at());
		return change.id();
	}

	/**
	 * Withdraws a stage change entered by mistake: only the latest, so that the
	 * initiative goes back to the stage it was at before.
	 */
	void withdrawStageChange(String stageChangeId, Stamp stamp) {
		StageChange change = stageChange(stageChangeId);
		StageChange latest = latestStageChange().orElseThrow();
		if (!latest.id().equals(change.id())) {
			throw new RuleViolation("Only the latest stage change can be withdrawn, and the initiative reached "
					+ latest.stage() + " on " + latest.date() + " after this one: withdraw that change first (DELETE "
					+ stageChangePath(latest) + ").");
		}
		withdrawStageChange(change, stamp);
	}

	/** Records a milestone the initiative reached; answers its id. */
	String reachMilestone(MilestoneKind kind, LocalDate date, String label, Stamp stamp) {
		requireActive();
		if (kind == null || isBlank(label)) {
			throw new RuleViolation("A milestone needs its kind and a label.");
		}
		requireNotBeforeStart(date, "A milestone");
		Milestone milestone = new Milestone(Recorded.now(stamp), kind, date, label.strip());
		this.milestones.add(milestone);
		raise(new MilestoneReached(milestone.id(), this.id, this.territoryId, kind, date), stamp.at());
		return milestone.id();
	}

	void withdrawMilestone(String milestoneId, Stamp stamp) {
		Milestone milestone = milestone(milestoneId);
		this.milestones.set(this.milestones.indexOf(milestone), milestone.withdrawn(stamp));
		raise(new MilestoneWithdrawn(milestone.id(), this.id, this.territoryId, milestone.date()), stamp.at());
	}

	/** Records a meeting held on the initiative; answers its id. */
	String holdMeeting(LocalDate date, MeetingKind kind, Stamp stamp) {
		requireActive();
		if (kind == null) {
			throw new RuleViolation("A meeting needs its kind.");
		}
		requireNotBeforeStart(date, "A steering meeting");
		Meeting meeting = new Meeting(Recorded.now(stamp), date, kind);
		this.meetings.add(meeting);
		raise(new SteeringMeetingHeld(meeting.id(), this.id, this.territoryId, date), stamp.at());
		return meeting.id();
	}

	void withdrawMeeting(String meetingId, Stamp stamp) {
		Meeting meeting = meeting(meetingId);
		this.meetings.set(this.meetings.indexOf(meeting), meeting.withdrawn(stamp));
		raise(new SteeringMeetingWithdrawn(meeting.id(), this.id, this.territoryId, meeting.date()), stamp.at());
	}

	/**
	 * Withdraws the whole initiative: every fact recorded on it, the latest dated first
	 * (so stage changes go from the latest back), then its start. It is gone afterwards.
	 */
	void withdraw(Stamp stamp) {
		requireActive();
		List<Withdrawal> withdrawals = new ArrayList<>();
		activeStageChanges().reversed()
			.forEach((change) -> withdrawals
				.add(new Withdrawal(change.date(), () -> withdrawStageChange(change, stamp))));
		activeMilestones().reversed()
			.forEach((milestone) -> withdrawals
				.add(new Withdrawal(milestone.date(), () -> withdrawMilestone(milestone.id(), stamp))));
		activeMeetings().reversed()
			.forEach((meeting) -> withdrawals
				.add(new Withdrawal(meeting.date(), () -> withdrawMeeting(meeting.id(), stamp))));
		// A stable sort: facts of the same day keep the latest recorded first.
		withdrawals.sort(Comparator.comparing(Withdrawal::date).reversed());
		withdrawals.forEach((fact) -> fact.withdrawal().run());
		this.recorded = this.recorded.withdrawn(stamp);
		raise(new InitiativeWithdrawn(this.id, this.id, this.territoryId, this.startedOn), stamp.at());
	}

	boolean isWithdrawn() {
		return !this.recorded.isActive();
	}

	String id() {
		return this.id;
	}

	/** The initiative's start: who recorded it and when, and its withdrawal. */
	Recorded recorded() {
		return this.recorded;
	}

	/**
	 * Its start and every fact recorded on it, withdrawn ones included, with who recorded
	 * and withdrew each and when.
	 */
	List<AuditEntry> auditEntries() {
		String path = InitiativeController.INITIATIVES + "/" + this.id;
		List<AuditEntry> entries = new ArrayList<>();
		entries.add(AuditEntry.of("InitiativeStarted", path, this.recorded));
		this.stageChanges.forEach((change) -> entries
			.add(AuditEntry.of("InitiativeStageChanged", stageChangePath(change), change.recorded())));
		this.milestones.forEach((milestone) -> entries
			.add(AuditEntry.of("MilestoneReached", path + "/milestones/" + milestone.id(), milestone.recorded())));
		this.meetings.forEach((meeting) -> entries
			.add(AuditEntry.of("SteeringMeetingHeld", path + "/meetings/" + meeting.id(), meeting.recorded())));
		return entries;
	}

	String territoryId() {
		return this.territoryId;
	}

	String needId() {
		return this.needId;
	}

	String name() {
		return this.name;
	}

	LocalDate startedOn() {
		return this.startedOn;
	}

	/** The stage the initiative is at: EMERGENCE from its start. */
	InitiativeStage stage() {
		return latestStageChange().map(StageChange::stage).orElse(InitiativeStage.EMERGENCE);
	}

	/** The day the initiative reached its current stage. */
	LocalDate stageSince() {
		return latestStageChange().map(StageChange::date).orElse(this.startedOn);
	}

	/** The jobs declared when it was launched, while it is. */
	Integer jobs() {
		return latestStageChange().map(StageChange::jobs).orElse(null);
	}

	Optional<StageChange> latestStageChange() {
		List<StageChange> active = activeStageChanges();
		return active.isEmpty() ? Optional.empty() : Optional.of(active.getLast());
	}

	/** Stage changes not withdrawn, in the order they happened. */
	List<StageChange> activeStageChanges() {
		return this.stageChanges.stream().filter(StageChange::isActive).toList();
	}

	/** Milestones not withdrawn, in the order they were recorded. */
	List<Milestone> activeMilestones() {
		return this.milestones.stream().filter(Milestone::isActive).toList();
	}

	/** Meetings not withdrawn, in the order they were recorded. */
	List<Meeting> activeMeetings() {
		return this.meetings.stream().filter(Meeting::isActive).toList();
	}

	/** The active stage change with this id. */
	StageChange stageChange(String stageChangeId) {
		requireActive();
		return activeStageChanges().stream()
			.filter((change) -> change.id().equals(stageChangeId))
			.findFirst()
			.orElseThrow(() -> new UnknownResource("stage change of initiative " + this.id, stageChangeId));
	}

	/** The active milestone with this id. */
	Milestone milestone(String milestoneId) {
		requireActive();
		return activeMilestones().stream()
			.filter((milestone) -> milestone.id().equals(milestoneId))
			.findFirst()
			.orElseThrow(() -> new UnknownResource("milestone of initiative " + this.id, milestoneId));
	}

	/** The active meeting with this id. */
	Meeting meeting(String meetingId) {
		requireActive();
		return activeMeetings().stream()
			.filter((meeting) -> meeting.id().equals(meetingId))
			.findFirst()
			.orElseThrow(() -> new UnknownResource("meeting of initiative " + this.id, meetingId));
	}

	String stageChangePath(StageChange change) {
		return InitiativeController.INITIATIVES + "/" + this.id + "/stages/" + change.id();
	}

	/**
	 * Refuses a stage that is not ahead of the current one: the next stage, or STOPPED
	 * from a stage that is not final. The detail says how to correct.
	 */
	private void requireReachable(InitiativeStage current, InitiativeStage target) {
		// Only EMERGENCE has no stage change behind it, and it is never final nor behind.
		String undo = latestStageChange()
			.map((change) -> "withdraw the latest stage change (DELETE " + stageChangePath(change)
					+ "): the initiative is then back at " + change.previousStage() + ".")
			.orElse("");
		if (isFinal(current)) {
			throw new RuleViolation("This initiative is " + current + " since " + stageSince()
					+ ", a final stage: no stage comes after it. If " + current + " was entered by mistake, " + undo);
		}
		if (target == current) {
			throw new RuleViolation("This initiative is already at " + current + " (since " + stageSince()
					+ "); its next stage is " + next(current) + ", or STOPPED."
					+ (undo.isEmpty() ? "" : " If " + current + " was entered by mistake, " + undo));
		}
		if (target == InitiativeStage.STOPPED || target == next(current)) {
			return;
		}
		if (target.ordinal() < current.ordinal()) {
			throw new RuleViolation("Stages only move forward: this initiative is at " + current + " and " + target
					+ " is behind it. To correct a stage entered by mistake, " + undo);
		}
		throw new RuleViolation("Stages are not skipped: this initiative is at " + current + ", so its next stage is "
				+ next(current) + " (or STOPPED); record " + next(current) + " first.");
	}

	private void withdrawStageChange(StageChange change, Stamp stamp) {
		this.stageChanges.set(this.stageChanges.indexOf(change), change.withdrawn(stamp));
		raise(new InitiativeStageChangeWithdrawn(change.id(), this.id, this.territoryId, change.stage(), change.date()),
				stamp.at());
	}

	private void requireNotBeforeStart(LocalDate date, String what) {
		if (date == null) {
			throw new RuleViolation(what + " needs its date.");
		}
		if (date.isBefore(this.startedOn)) {
			throw new RuleViolation(what + " cannot be dated (" + date + ") before the initiative started ("
					+ this.startedOn + "). If the initiative started earlier, withdraw it and record it again "
					+ "with the day it really started.");
		}
	}

	private void requireActive() {
		if (isWithdrawn()) {
			throw new UnknownResource("initiative", this.id);
		}
	}

	private static boolean isFinal(InitiativeStage stage) {
		return stage == InitiativeStage.LAUNCHED || stage == InitiativeStage.STOPPED;
	}

	private static InitiativeStage next(InitiativeStage stage) {
		return switch (stage) {
			case EMERGENCE -> InitiativeStage.FEASIBILITY;
			case FEASIBILITY -> InitiativeStage.CREATION;
			case CREATION -> InitiativeStage.LAUNCHED;
			case LAUNCHED, STOPPED -> throw new IllegalArgumentException(stage + " is a final stage");
		};
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** A fact recorded on the initiative, with how to withdraw it. */
	private record Withdrawal(LocalDate date, Runnable withdrawal) {

	}

}
