package fr.pes21.accompaniment.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.pes21.contracts.accompaniment.AccompanimentMeetingHeld;
import fr.pes21.contracts.accompaniment.AccompanimentMeetingWithdrawn;
import fr.pes21.contracts.accompaniment.ClosureOutcome;
import fr.pes21.contracts.accompaniment.MeetingKind;
import fr.pes21.contracts.accompaniment.PostCreationReviewDone;
import fr.pes21.contracts.accompaniment.PostCreationReviewWithdrawn;
import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.accompaniment.ProjectClosed;
import fr.pes21.contracts.accompaniment.ProjectClosureWithdrawn;
import fr.pes21.contracts.accompaniment.ProjectWelcomeWithdrawn;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.contracts.accompaniment.StructureCreated;
import fr.pes21.contracts.accompaniment.StructureCreationWithdrawn;
import fr.pes21.platform.audit.AuditEntry;
import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.outbox.OutboxAggregate;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;

import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A project accompanied towards the creation of a structure, from its welcome ("accueil")
 * in a programme to its closure. It keeps its holders' personal data to itself and raises
 * facts that carry none: ids, dates, programme, commune, kinds and counts. Every recorded
 * fact (the welcome, each meeting, the creation, each post-creation review, the closure)
 * can be withdrawn when it was entered by mistake; a withdrawn fact stops counting and is
 * announced by its own withdrawal fact.
 */
@Document("projects")
class Project extends OutboxAggregate {

	/**
	 * The name of an erasure in the audit trail (it is no fact: it is never published).
	 */
	static final String PERSONAL_DATA_ERASED = "PersonalDataErased";

	private String name;

	private Programme programme;

	private LocalDate welcomedOn;

	private String commune;

	private String sector;

	private List<Holder> holders = new ArrayList<>();

	private List<Meeting> meetings = new ArrayList<>();

	private StructureCreation creation;

	/**
	 * Creations recorded before the current one, each withdrawn (the audit trail keeps
	 * them).
	 */
	private List<StructureCreation> withdrawnCreations = new ArrayList<>();

	private List<PostCreationReview> reviews = new ArrayList<>();

	private Closure closure;

	/** Closures recorded before the current one, each withdrawn. */
	private List<Closure> withdrawnClosures = new ArrayList<>();

	/** The welcome: the project's own recording, and its withdrawal. */
	@Unwrapped.Nullable
	private Recorded recorded;

	/**
	 * The erasures of the holders' personal data (GDPR): who did each and when, nothing
	 * of what was erased.
	 */
	private List<Recorded> erasures = new ArrayList<>();

	private Project() {
	}

	/**
	 * Welcomes a new project in a programme: the intake ("accueil") that opens its
	 * accompaniment.
	 */
	static Project welcome(String name, Programme programme, LocalDate welcomedOn, String commune, String sector,
			List<Holder> holders, Stamp stamp) {
		if (isBlank(name) || programme == null || welcomedOn == null || isBlank(commune)) {
			throw new RuleViolation("A project needs a name, a programme, the date it was welcomed and a commune.");
		}
		if (holders == null || holders.isEmpty()) {
			throw new RuleViolation("A project needs at least one holder.");
		}
		Project project = new Project();
		project.id = Recorded.newId();
		project.name = name.strip();
		project.programme = programme;
		project.welcomedOn = welcomedOn;
		project.commune = commune.strip();
		project.sector = blankToNull(sector);
		project.holders = new ArrayList<>(holders);
		project.recorded = Recorded.as(project.id, stamp);
		// The welcome's fact id is the project id (see the ProjectWelcomed contract).
		project.raise(
				new ProjectWelcomed(project.id, project.id, programme, welcomedOn, project.commune, project.sector),
				stamp.at());
		return project;
	}

	/** Records an accompaniment meeting; answers its id. */
	String holdMeeting(LocalDate date, MeetingKind kind, String notes, Stamp stamp) {
		requireOpen("a meeting");
		requireNotBeforeWelcome(date, "A meeting");
		if (kind == null) {
			throw new RuleViolation("A meeting needs its kind.");
		}
		Meeting meeting = new Meeting(Recorded.now(stamp), date, kind, blankToNull(notes));
		this.meetings.add(meeting);
		raise(new AccompanimentMeetingHeld(meeting.id(), this.id, this.programme, date, kind), stamp.at());
		return meeting.id();
	}

	/**
	 * Records that the project's structure was created (registered); answers the
	 * creation's id.
	 */
	String recordCreation(LocalDate date, String legalForm, int jobsCreated, Stamp stamp) {
		requireOpen("a structure creation");
		if (hasActiveCreation()) {
			throw new RuleViolation("The structure of this project was already created on " + this.creation.date()
					+ "; withdraw that creation first to correct it.");
		}
		requireNotBeforeWelcome(date, "The structure's creation");
		if (isBlank(legalForm)) {
			throw new RuleViolation("A structure creation needs the legal form of the structure.");
		}
		if (jobsCreated < 0) {
			throw new RuleViolation("The jobs created cannot be a negative number.");
		}
		if (this.creation != null) {
			this.withdrawnCreations.add(this.creation);
		}
		this.creation = new StructureCreation(Recorded.now(stamp), date, legalForm.strip(), jobsCreated);
		raise(new StructureCreated(this.creation.id(), this.id, this.programme, date, this.creation.legalForm(),
				jobsCreated), stamp.at());
		return this.creation.id();
	}

	/** Records a post-creation review ("bilan post-création"); answers its id. */
	String recordPostCreationReview(LocalDate date, String notes, Stamp stamp) {
		requireOpen("a post-creation review");
		requireNotBeforeWelcome(date, "A post-creation review");
		if (!hasActiveCreation()) {
			throw new RuleViolation(
					"A post-creation review needs the structure's creation to be recorded first on this project.");
		}
		if (date.isBefore(this.creation.date())) {
			throw new RuleViolation("A post-creation review cannot be dated before the structure's creation ("
					+ this.creation.date() + ").");
		}
		PostCreationReview review = new PostCreationReview(Recorded.now(stamp), date, blankToNull(notes));
		this.reviews.add(review);
		raise(new PostCreationReviewDone(review.id(), this.id, this.programme, date), stamp.at());
		return review.id();
	}

	/**
	 * Closes the accompaniment; answers the closure's id. Nothing but withdrawals can be
	 * recorded afterwards.
	 */
	String close(LocalDate date, ClosureOutcome outcome, Stamp stamp) {
		requireActive();
		if (isClosed()) {
			throw new RuleViolation("This project was already closed on " + this.closure.date()
					+ "; withdraw that closure first to correct it.");
		}
		requireNotBeforeWelcome(date, "The closure");
		if (outcome == null) {
			throw new RuleViolation("A closure needs its outcome.");
		}
		if (this.closure != null) {
			this.withdrawnClosures.add(this.closure);
		}
		this.closure = new Closure(Recorded.now(stamp), date, outcome);
		raise(new ProjectClosed(this.closure.id(), this.id, this.programme, date, outcome), stamp.at());
		return this.closure.id();
	}

	void withdrawMeeting(String meetingId, Stamp stamp) {
		Meeting meeting = meeting(meetingId);
		this.meetings.set(this.meetings.indexOf(meeting), meeting.withdrawn(stamp));
		raise(new AccompanimentMeetingWithdrawn(meeting.id(), this.id, this.programme, meeting.date()), stamp.at());
	}

	void withdrawCreation(Stamp stamp) {
		StructureCreation withdrawn = creation();
		this.creation = withdrawn.withdrawn(stamp);
		raise(new StructureCreationWithdrawn(withdrawn.id(), this.id, this.programme, withdrawn.date()), stamp.at());
	}

	void withdrawPostCreationReview(String reviewId, Stamp stamp) {
		PostCreationReview review = postCreationReview(reviewId);
		this.reviews.set(this.reviews.indexOf(review), review.withdrawn(stamp));
		raise(new PostCreationReviewWithdrawn(review.id(), this.id, this.programme, review.date()), stamp.at());
	}

	void withdrawClosure(Stamp stamp) {
		Closure withdrawn = closure();
		this.closure = withdrawn.withdrawn(stamp);
		raise(new ProjectClosureWithdrawn(withdrawn.id(), this.id, this.programme, withdrawn.date()), stamp.at());
	}

	/**
	 * Withdraws the whole project: every fact still active, latest first, then its
	 * welcome. The holders' personal data goes with it, since nothing may be done with a
	 * withdrawn project any more.
	 */
	void withdraw(Stamp stamp) {
		requireActive();
		if (isClosed()) {
			withdrawClosure(stamp);
		}
		activeReviews().reversed().forEach((review) -> withdrawPostCreationReview(review.id(), stamp));
		if (hasActiveCreation()) {
			withdrawCreation(stamp);
		}
		activeMeetings().reversed().forEach((meeting) -> withdrawMeeting(meeting.id(), stamp));
		this.recorded = this.recorded.withdrawn(stamp);
		this.holders = new ArrayList<>();
		raise(new ProjectWelcomeWithdrawn(this.id, this.id, this.programme, this.welcomedOn), stamp.at());
	}

	/**
	 * Erases the holders' personal data at their request (GDPR), the project withdrawn or
	 * not: the holders and the notes of every meeting and review go; the facts, their
	 * dates and counts stay as they were, and no fact is raised, so no figure changes.
	 * The erasure itself is kept (who, when), without what was erased.
	 */
	void erasePersonalData(Stamp stamp) {
		this.holders = new ArrayList<>();
		this.meetings.replaceAll(Meeting::erased);
		this.reviews.replaceAll(PostCreationReview::erased);
		this.erasures.add(Recorded.now(stamp));
	}

	boolean isWithdrawn() {
		return !this.recorded.isActive();
	}

	boolean isClosed() {
		return this.closure != null && this.closure.isActive();
	}

	String id() {
		return this.id;
	}

	/** The project's own recording (its welcome), and its withdrawal. */
	Recorded recorded() {
		return this.recorded;
	}

	/**
	 * Every fact recorded on the project, withdrawn ones included, with who recorded and
	 * withdrew each and when.
	 */
	List<AuditEntry> auditEntries() {
		String path = ProjectController.PROJECTS + "/" + this.id;
		List<AuditEntry> entries = new ArrayList<>();
		entries.add(AuditEntry.of("ProjectWelcomed", path, this.recorded));
		this.meetings.forEach((meeting) -> entries
			.add(AuditEntry.of("AccompanimentMeetingHeld", path + "/meetings/" + meeting.id(), meeting.recorded())));
		creations().forEach(
				(creation) -> entries.add(AuditEntry.of("StructureCreated", path + "/creation", creation.recorded())));
		this.reviews.forEach((review) -> entries.add(AuditEntry.of("PostCreationReviewDone",
				path + "/post-creation-reviews/" + review.id(), review.recorded())));
		closures()
			.forEach((closure) -> entries.add(AuditEntry.of("ProjectClosed", path + "/closure", closure.recorded())));
		this.erasures.forEach((erasure) -> entries.add(AuditEntry.of(PERSONAL_DATA_ERASED, path, erasure)));
		return entries;
	}

	String name() {
		return this.name;
	}

	Programme programme() {
		return this.programme;
	}

	LocalDate welcomedOn() {
		return this.welcomedOn;
	}

	String commune() {
		return this.commune;
	}

	String sector() {
		return this.sector;
	}

	List<Holder> holders() {
		return List.copyOf(this.holders);
	}

	/** Every meeting, withdrawn ones included, in the order they were recorded. */
	List<Meeting> meetings() {
		return List.copyOf(this.meetings);
	}

	/**
	 * Every post-creation review, withdrawn ones included, in the order they were
	 * recorded.
	 */
	List<PostCreationReview> reviews() {
		return List.copyOf(this.reviews);
	}

	/** Meetings not withdrawn, in the order they were recorded. */
	List<Meeting> activeMeetings() {
		return this.meetings.stream().filter(Meeting::isActive).toList();
	}

	/** Post-creation reviews not withdrawn, in the order they were recorded. */
	List<PostCreationReview> activeReviews() {
		return this.reviews.stream().filter(PostCreationReview::isActive).toList();
	}

	/** The active meeting with this id. */
	Meeting meeting(String meetingId) {
		requireActive();
		return this.meetings.stream()
			.filter((meeting) -> meeting.isActive() && meeting.id().equals(meetingId))
			.findFirst()
			.orElseThrow(() -> new UnknownResource("meeting in project " + this.id, meetingId));
	}

	/** The active post-creation review with this id. */
	PostCreationReview postCreationReview(String reviewId) {
		requireActive();
		return this.reviews.stream()
			.filter((review) -> review.isActive() && review.id().equals(reviewId))
			.findFirst()
			.orElseThrow(() -> new UnknownResource("post-creation review in project " + this.id, reviewId));
	}

	/** The structure's creation, when recorded and not withdrawn. */
	StructureCreation creation() {
		requireActive();
		if (!hasActiveCreation()) {
			throw new UnknownResource("structure creation recorded for the project", this.id);
		}
		return this.creation;
	}

	/** The closure, when recorded and not withdrawn. */
	Closure closure() {
		requireActive();
		if (!isClosed()) {
			throw new UnknownResource("closure recorded for the project", this.id);
		}
		return this.closure;
	}

	boolean hasActiveCreation() {
		return this.creation != null && this.creation.isActive();
	}

	private List<StructureCreation> creations() {
		List<StructureCreation> all = new ArrayList<>(this.withdrawnCreations);
		if (this.creation != null) {
			all.add(this.creation);
		}
		return all;
	}

	private List<Closure> closures() {
		List<Closure> all = new ArrayList<>(this.withdrawnClosures);
		if (this.closure != null) {
			all.add(this.closure);
		}
		return all;
	}

	private void requireActive() {
		if (isWithdrawn()) {
			throw new UnknownResource("project", this.id);
		}
	}

	private void requireOpen(String what) {
		requireActive();
		if (isClosed()) {
			throw new RuleViolation("This project was closed on " + this.closure.date() + ": " + what
					+ " cannot be recorded after its closure. Withdraw the closure first if it was a mistake.");
		}
	}

	private void requireNotBeforeWelcome(LocalDate date, String what) {
		if (date == null) {
			throw new RuleViolation(what + " needs its date.");
		}
		if (date.isBefore(this.welcomedOn)) {
			throw new RuleViolation(
					what + " cannot be dated before the project was welcomed (" + this.welcomedOn + ").");
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return isBlank(text) ? null : text.strip();
	}

}
