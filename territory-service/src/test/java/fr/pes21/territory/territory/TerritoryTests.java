package fr.pes21.territory.territory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactCatalog;
import fr.pes21.contracts.FactJson;
import fr.pes21.contracts.FactType;
import fr.pes21.contracts.territory.InitiativeStage;
import fr.pes21.contracts.territory.NeedIdentified;
import fr.pes21.contracts.territory.NeedWithdrawn;
import fr.pes21.contracts.territory.TerritoryKind;
import fr.pes21.contracts.territory.TerritoryRegistered;
import fr.pes21.contracts.territory.TerritoryRegistrationWithdrawn;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.outbox.OutboxAggregate.PendingFact;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TerritoryTests {

	// 23:30 UTC on 8 January is already 9 January in Paris.
	private static final Stamp NOW = new Stamp(Instant.parse("2024-01-08T23:30:00Z"), "alice");

	private static final LocalDate PARIS_DAY = LocalDate.of(2024, 1, 9);

	private final Territory territory = Territory.register("Communauté de communes Ouche et Montagne",
			TerritoryKind.EPCI, "21", NOW);

	@Test
	void registeringATerritoryRaisesTerritoryRegisteredOnTheDayItIsRecordedInParis() {
		assertThat(facts()).containsExactly(
				new TerritoryRegistered(this.territory.id(), this.territory.id(), TerritoryKind.EPCI, "21", PARIS_DAY));
		assertThat(this.territory.registeredOn()).isEqualTo(PARIS_DAY);
	}

	@Test
	void aNeedRaisesNeedIdentifiedWithItsOwnId() {
		String needId = this.territory.identifyNeed("Une recyclerie à Sombernon", LocalDate.of(2023, 2, 7), NOW);

		assertThat(needId).isNotEqualTo(this.territory.id());
		assertThat(facts()).last()
			.isEqualTo(new NeedIdentified(needId, needId, this.territory.id(), LocalDate.of(2023, 2, 7)));
		assertThat(this.territory.need(needId).title()).isEqualTo("Une recyclerie à Sombernon");
	}

	@Test
	void aNeedIsWithdrawnUnlessAnInitiativeWasBornFromIt() {
		String needId = this.territory.identifyNeed("Une recyclerie", LocalDate.of(2023, 2, 7), NOW);
		List<InitiativeOfTerritory> initiatives = List.of(initiative("la-boucle", needId));

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.territory.withdrawNeed(needId, initiatives, NOW))
			.withMessageContaining(
					"an initiative born from it is recorded: 'La Boucle' (DELETE /api/initiatives/la-boucle)");

		this.territory.withdrawNeed(needId, List.of(initiative("other", null)), NOW);

		assertThat(facts()).last()
			.isEqualTo(new NeedWithdrawn(needId, needId, this.territory.id(), LocalDate.of(2023, 2, 7)));
		assertThat(this.territory.activeNeeds()).isEmpty();
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> this.territory.need(needId));
	}

	@Test
	void aTerritoryIsWithdrawnOnlyWithoutNeedsNorInitiatives() {
		String needId = this.territory.identifyNeed("Une recyclerie", LocalDate.of(2023, 2, 7), NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.territory.withdraw(List.of(initiative("la-boucle", needId)), NOW))
			.withMessageContaining("still has 1 initiative and 1 need");
		this.territory.withdrawNeed(needId, List.of(), NOW);
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.territory.withdraw(List.of(initiative("tiers-lieu", null)), NOW))
			.withMessageContaining("1 initiative and 0 needs");

		this.territory.withdraw(List.of(), NOW);

		assertThat(facts()).last()
			.isEqualTo(new TerritoryRegistrationWithdrawn(this.territory.id(), this.territory.id(), PARIS_DAY));
		assertThat(this.territory.isWithdrawn()).isTrue();
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> this.territory.identifyNeed("Autre", LocalDate.of(2024, 1, 1), NOW));
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> this.territory.withdraw(List.of(), NOW));
	}

	@Test
	void noFactCarriesTheTerritorysNameNorANeedsTitle() {
		this.territory.identifyNeed("Une recyclerie à Sombernon", LocalDate.of(2023, 2, 7), NOW);

		assertThat(this.territory.pendingFacts()).hasSize(2)
			.allSatisfy((fact) -> assertThat(fact.data()).doesNotContain("Ouche", "recyclerie", "Sombernon"));
	}

	private static InitiativeOfTerritory initiative(String id, String needId) {
		String name = "la-boucle".equals(id) ? "La Boucle" : "Tiers-lieu";
		return new InitiativeOfTerritory(id, name, needId, LocalDate.of(2023, 3, 1), InitiativeStage.EMERGENCE);
	}

	private List<Fact> facts() {
		return this.territory.pendingFacts().stream().map(TerritoryTests::read).toList();
	}

	private static Fact read(PendingFact pending) {
		FactType type = FactCatalog.byCloudEventType(pending.type()).orElseThrow();
		return FactJson.read(pending.data().getBytes(StandardCharsets.UTF_8), type.javaType());
	}

}
