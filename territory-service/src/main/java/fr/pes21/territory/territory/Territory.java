package fr.pes21.territory.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import fr.pes21.contracts.territory.NeedIdentified;
import fr.pes21.contracts.territory.NeedWithdrawn;
import fr.pes21.contracts.territory.TerritoryKind;
import fr.pes21.contracts.territory.TerritoryRegistered;
import fr.pes21.contracts.territory.TerritoryRegistrationWithdrawn;
import fr.pes21.platform.audit.AuditEntry;
import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.outbox.OutboxAggregate;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;

import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A territory of the Générateur BFC (an EPCI, a commune, a PETR, a métropole) with the
 * unmet needs identified on it; the initiatives born there are aggregates of their own.
 * Its facts carry ids, the kind, the département and dates, never its name nor a need's
 * title. Every recorded fact can be withdrawn when it was entered by mistake.
 */
@Document("territories")
class Territory extends OutboxAggregate {

	private static final String PATH = TerritoryController.TERRITORIES + "/";

	private String name;

	private TerritoryKind kind;

	private String department;

	private LocalDate registeredOn;

	private List<Need> needs = new ArrayList<>();

	/** The territory's registration: who recorded it and when, and its withdrawal. */
	@Unwrapped.Nullable
	private Recorded recorded;

	private Territory() {
	}

	/**
	 * Registers a territory; its registration's business date is the day it is recorded
	 * (Europe/Paris), since nothing else dates it.
	 */
	static Territory register(String name, TerritoryKind kind, String department, Stamp stamp) {
		if (isBlank(name) || kind == null || isBlank(department)) {
			throw new RuleViolation("A territory needs a name, a kind and a département.");
		}
		Territory territory = new Territory();
		territory.id = Recorded.newId();
		territory.name = name.strip();
		territory.kind = kind;
		territory.department = department.strip();
		territory.registeredOn = stamp.day();
		territory.recorded = Recorded.as(territory.id, stamp);
		// The registration's fact id is the territory id (see the TerritoryRegistered
		// contract).
		territory.raise(
				new TerritoryRegistered(territory.id, territory.id, kind, territory.department, territory.registeredOn),
				stamp.at());
		return territory;
	}

	/** Records an unmet need identified on the territory; answers its id. */
	String identifyNeed(String title, LocalDate identifiedOn, Stamp stamp) {
		requireActive();
		if (isBlank(title) || identifiedOn == null) {
			throw new RuleViolation("A need needs its title and the day it was identified.");
		}
		Need need = new Need(Recorded.now(stamp), title.strip(), identifiedOn);
		this.needs.add(need);
		raise(new NeedIdentified(need.id(), need.id(), this.id, identifiedOn), stamp.at());
		return need.id();
	}

	/**
	 * Withdraws a need entered by mistake, unless an initiative still stands on it.
	 * @param initiatives the active initiatives of this territory
	 */
	void withdrawNeed(String needId, List<InitiativeOfTerritory> initiatives, Stamp stamp) {
		Need need = need(needId);
		List<InitiativeOfTerritory> bornFromIt = initiatives.stream()
			.filter((initiative) -> needId.equals(initiative.needId()))
			.toList();
		if (!bornFromIt.isEmpty()) {
			throw new RuleViolation("This need cannot be withdrawn while an initiative born from it is recorded: "
					+ describe(bornFromIt) + ". Withdraw the initiative first.");
		}
		this.needs.set(this.needs.indexOf(need), need.withdrawn(stamp));
		raise(new NeedWithdrawn(need.id(), need.id(), this.id, need.identifiedOn()), stamp.at());
	}

	/**
	 * Withdraws the territory's registration. Refused while needs or initiatives are
	 * still recorded on it: withdrawing them is a decision of its own.
	 * @param initiatives the active initiatives of this territory
	 */
	void withdraw(List<InitiativeOfTerritory> initiatives, Stamp stamp) {
		requireActive();
		List<Need> needs = activeNeeds();
		if (!needs.isEmpty() || !initiatives.isEmpty()) {
			throw new RuleViolation("This territory still has " + count(initiatives.size(), "initiative") + " and "
					+ count(needs.size(), "need") + " recorded (listed by GET " + PATH + this.id
					+ "): withdraw its initiatives, then its needs, before withdrawing the territory.");
		}
		this.recorded = this.recorded.withdrawn(stamp);
		raise(new TerritoryRegistrationWithdrawn(this.id, this.id, this.registeredOn), stamp.at());
	}

	boolean isWithdrawn() {
		return !this.recorded.isActive();
	}

	String id() {
		return this.id;
	}

	/** The territory's registration: who recorded it and when, and its withdrawal. */
	Recorded recorded() {
		return this.recorded;
	}

	/**
	 * Its registration and every need recorded on it, withdrawn ones included, with who
	 * recorded and withdrew each and when (initiatives have their own).
	 */
	List<AuditEntry> auditEntries() {
		String path = PATH + this.id;
		List<AuditEntry> entries = new ArrayList<>();
		entries.add(AuditEntry.of("TerritoryRegistered", path, this.recorded));
		this.needs.forEach(
				(need) -> entries.add(AuditEntry.of("NeedIdentified", path + "/needs/" + need.id(), need.recorded())));
		return entries;
	}

	String name() {
		return this.name;
	}

	TerritoryKind kind() {
		return this.kind;
	}

	String department() {
		return this.department;
	}

	LocalDate registeredOn() {
		return this.registeredOn;
	}

	/** Needs not withdrawn, in the order they were recorded. */
	List<Need> activeNeeds() {
		return this.needs.stream().filter(Need::isActive).toList();
	}

	/** The active need with this id. */
	Need need(String needId) {
		requireActive();
		return this.needs.stream()
			.filter((need) -> need.isActive() && need.id().equals(needId))
			.findFirst()
			.orElseThrow(() -> new UnknownResource("need of territory " + this.id, needId));
	}

	private void requireActive() {
		if (isWithdrawn()) {
			throw new UnknownResource("territory", this.id);
		}
	}

	private static String describe(List<InitiativeOfTerritory> initiatives) {
		return initiatives.stream()
			.map((initiative) -> "'" + initiative.name() + "' (DELETE /api/initiatives/" + initiative.initiativeId()
					+ ")")
			.collect(Collectors.joining(", "));
	}

	private static String count(int count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
