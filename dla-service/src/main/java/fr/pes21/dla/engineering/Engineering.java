package fr.pes21.dla.engineering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import fr.pes21.contracts.dla.CollectiveEngineeringParticipantAdded;
import fr.pes21.contracts.dla.CollectiveEngineeringParticipantWithdrawn;
import fr.pes21.contracts.dla.CollectiveEngineeringStarted;
import fr.pes21.contracts.dla.CollectiveEngineeringWithdrawn;
import fr.pes21.contracts.dla.EngineeringCompleted;
import fr.pes21.contracts.dla.EngineeringCompletionWithdrawn;
import fr.pes21.contracts.dla.IndividualEngineeringStarted;
import fr.pes21.contracts.dla.IndividualEngineeringWithdrawn;
import fr.pes21.platform.audit.AuditEntry;
import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.outbox.OutboxAggregate;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * An engineering ("ingénierie") by a consultant for DLA structures: individual (exactly
 * one structure) or collective (two or more, and more can join later), from its start to
 * its completion. Its facts carry ids, dates and days, never the topic or the consultant
 * (they go to the regional DLA network). Withdrawing it withdraws what was recorded on
 * it.
 */
@Document("engineerings")
@CompoundIndex(name = "participant_structure", def = "{'participants.structureId': 1}")
class Engineering extends OutboxAggregate {

	private EngineeringKind kind;

	private String topic;

	private String consultant;

	private double days;

	private LocalDate startedOn;

	private List<Participation> participants = new ArrayList<>();

	private EngineeringCompletion completion;

	/**
	 * Completions recorded before the current one, each withdrawn (the audit trail keeps
	 * them).
	 */
	private List<EngineeringCompletion> withdrawnCompletions = new ArrayList<>();

	/** The engineering's start: who recorded it and when, and its withdrawal. */
	@Unwrapped.Nullable
	private Recorded recorded;

	private Engineering() {
	}

	/**
	 * Starts an engineering for its structures: exactly one for an individual
	 * engineering, two or more for a collective one.
	 */
	static Engineering start(EngineeringKind kind, String topic, String consultant, double days, LocalDate startedOn,
			List<String> structureIds, Stamp stamp) {
		if (kind == null || isBlank(topic) || isBlank(consultant) || startedOn == null || structureIds == null) {
			throw new RuleViolation(
					"An engineering needs its kind, topic, consultant, days, start date and structures.");
		}
		if (!(days > 0)) {
			throw new RuleViolation("An engineering's days must be more than 0.");
		}
		if (new HashSet<>(structureIds).size() != structureIds.size()) {
			throw new RuleViolation("A structure is listed twice among the engineering's structures.");
		}
		if (kind == EngineeringKind.INDIVIDUAL && structureIds.size() != 1) {
			throw new RuleViolation("An individual engineering is for exactly one structure (" + structureIds.size()
					+ " given); an engineering for two or more structures is a COLLECTIVE one.");
		}
		if (kind == EngineeringKind.COLLECTIVE && structureIds.size() < 2) {
			throw new RuleViolation("A collective engineering is for two or more structures (" + structureIds.size()
					+ " given); an engineering for one structure is an INDIVIDUAL one.");
		}
		Engineering engineering = new Engineering();
		engineering.id = Recorded.newId();
		engineering.kind = kind;
		engineering.topic = topic.strip();
		engineering.consultant = consultant.strip();
		engineering.days = days;
		engineering.startedOn = startedOn;
		engineering.recorded = Recorded.as(engineering.id, stamp);
		for (String structureId : structureIds) {
			engineering.participants.add(new Participation(Recorded.now(stamp), structureId, startedOn, true));
		}
		// The start's fact id is the engineering id (see the contracts).
		if (kind == EngineeringKind.INDIVIDUAL) {
			engineering.raise(new IndividualEngineeringStarted(engineering.id, engineering.id, structureIds.getFirst(),
					startedOn, days), stamp.at());
		}
		else {
			engineering.raise(new CollectiveEngineeringStarted(engineering.id, engineering.id,
					List.copyOf(structureIds), startedOn, days), stamp.at());
		}
		return engineering;
	}

	/**
	 * Adds a structure to a collective engineering; answers the participation's id. The
	 * structure takes part from {@code joinedOn}, or without it from the engineering's
	 * start: never from the day it is recorded, which is not a business date. It cannot
	 * join before the start, nor after the completion.
	 */
	String addParticipant(String structureId, LocalDate joinedOn, Stamp stamp) {
		requireActive();
		if (isBlank(structureId)) {
			throw new RuleViolation("A participant needs its structure.");
		}
		if (this.kind != EngineeringKind.COLLECTIVE) {
			throw new RuleViolation("Participants can only be added to a collective engineering; an individual "
					+ "engineering is for exactly one structure.");
		}
		if (participationOf(structureId).isPresent()) {
			throw new RuleViolation("This structure already takes part in this engineering.");
		}
		LocalDate from = (joinedOn != null) ? joinedOn : this.startedOn;
		if (from.isBefore(this.startedOn)) {
			throw new RuleViolation("A structure cannot join an engineering (" + from + ") before it started ("
					+ this.startedOn + ").");
		}
		if (isCompleted() && from.isAfter(this.completion.date())) {
			throw new RuleViolation("This engineering was completed on " + this.completion.date()
					+ ": a structure can join it only up to that day (joinedOn " + from + ").");
		}
		Participation participation = new Participation(Recorded.now(stamp), structureId, from, false);
		this.participants.add(participation);
		raise(new CollectiveEngineeringParticipantAdded(participation.id(), this.id, structureId, from, this.startedOn),
				stamp.at());
		return participation.id();
	}

	/** Records the engineering's completion; answers its id. */
	String complete(LocalDate date, Stamp stamp) {
		requireActive();
		if (date == null) {
			throw new RuleViolation("A completion needs its date.");
		}
		if (isCompleted()) {
			throw new RuleViolation("This engineering was already completed on " + this.completion.date()
					+ "; withdraw that completion first to correct it.");
		}
		if (date.isBefore(this.startedOn)) {
			throw new RuleViolation(
					"An engineering cannot be completed (" + date + ") before it started (" + this.startedOn + ").");
		}
		LocalDate lastJoined = activeParticipants().stream()
			.map(Participation::joinedOn)
			.max(LocalDate::compareTo)
			.orElse(this.startedOn);
		if (date.isBefore(lastJoined)) {
			throw new RuleViolation("An engineering cannot be completed (" + date
					+ ") before the day a structure joined it (" + lastJoined + ").");
		}
		if (this.completion != null) {
			this.withdrawnCompletions.add(this.completion);
		}
		this.completion = new EngineeringCompletion(Recorded.now(stamp), date);
		raise(new EngineeringCompleted(this.completion.id(), this.id, date), stamp.at());
		return this.completion.id();
	}

	/**
	 * Withdraws a participant added after the start. The structures there from the start
	 * are part of the start's fact: withdraw the engineering to correct them.
	 */
	void withdrawParticipant(String participationId, Stamp stamp) {
		Participation participation = participant(participationId);
		if (participation.atStart()) {
			throw new RuleViolation("This structure took part from the engineering's start: withdraw the engineering "
					+ "and record it again with the right structures.");
		}
		this.participants.set(this.participants.indexOf(participation), participation.withdrawn(stamp));
		raise(new CollectiveEngineeringParticipantWithdrawn(participation.id(), this.id, participation.structureId(),
				participation.joinedOn()), stamp.at());
	}

	void withdrawCompletion(Stamp stamp) {
		EngineeringCompletion withdrawn = completion();
		this.completion = withdrawn.withdrawn(stamp);
		raise(new EngineeringCompletionWithdrawn(withdrawn.id(), this.id, withdrawn.date()), stamp.at());
	}

	/**
	 * Withdraws the whole engineering: its completion, the participants added later
	 * (latest first), then its start. It is gone afterwards.
	 */
	void withdraw(Stamp stamp) {
		requireActive();
		if (isCompleted()) {
			withdrawCompletion(stamp);
		}
		activeParticipants().reversed()
			.stream()
			.filter((participation) -> !participation.atStart())
			.forEach((participation) -> withdrawParticipant(participation.id(), stamp));
		this.recorded = this.recorded.withdrawn(stamp);
		if (this.kind == EngineeringKind.INDIVIDUAL) {
			raise(new IndividualEngineeringWithdrawn(this.id, this.id, this.participants.getFirst().structureId(),
					this.startedOn), stamp.at());
		}
		else {
			raise(new CollectiveEngineeringWithdrawn(this.id, this.id, this.startedOn), stamp.at());
		}
	}

	boolean isWithdrawn() {
		return !this.recorded.isActive();
	}

	boolean isCompleted() {
		return this.completion != null && this.completion.isActive();
	}

	String id() {
		return this.id;
	}

	/** The engineering's start: who recorded it and when, and its withdrawal. */
	Recorded recorded() {
		return this.recorded;
	}

	/**
	 * Every fact recorded on the engineering, withdrawn ones included, with who recorded
	 * and withdrew each and when.
	 */
	List<AuditEntry> auditEntries() {
		String path = EngineeringController.ENGINEERINGS + "/" + this.id;
		List<AuditEntry> entries = new ArrayList<>();
		entries.add(AuditEntry.of((this.kind == EngineeringKind.INDIVIDUAL) ? "IndividualEngineeringStarted"
				: "CollectiveEngineeringStarted", path, this.recorded));
		this.participants.stream()
			.filter((participation) -> !participation.atStart())
			.forEach((participation) -> entries.add(AuditEntry.of("CollectiveEngineeringParticipantAdded",
					path + "/participants/" + participation.id(), participation.recorded())));
		List<EngineeringCompletion> completions = new ArrayList<>(this.withdrawnCompletions);
		if (this.completion != null) {
			completions.add(this.completion);
		}
		completions.forEach((completion) -> entries
			.add(AuditEntry.of("EngineeringCompleted", path + "/completion", completion.recorded())));
		return entries;
	}

	EngineeringKind kind() {
		return this.kind;
	}

	String topic() {
		return this.topic;
	}

	String consultant() {
		return this.consultant;
	}

	double days() {
		return this.days;
	}

	LocalDate startedOn() {
		return this.startedOn;
	}

	/** The structures taking part, in the order they joined. */
	List<Participation> activeParticipants() {
		return this.participants.stream().filter(Participation::isActive).toList();
	}

	/** The active participation of this structure, if it takes part. */
	Optional<Participation> participationOf(String structureId) {
		return activeParticipants().stream()
			.filter((participation) -> participation.structureId().equals(structureId))
			.findFirst();
	}

	/** The active participation with this id. */
	Participation participant(String participationId) {
		requireActive();
		return activeParticipants().stream()
			.filter((participation) -> participation.id().equals(participationId))
			.findFirst()
			.orElseThrow(() -> new UnknownResource("participant in engineering " + this.id, participationId));
	}

	/** The completion, when recorded and not withdrawn. */
	EngineeringCompletion completion() {
		requireActive();
		if (!isCompleted()) {
			throw new UnknownResource("completion recorded for the engineering", this.id);
		}
		return this.completion;
	}

	private void requireActive() {
		if (isWithdrawn()) {
			throw new UnknownResource("engineering", this.id);
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
