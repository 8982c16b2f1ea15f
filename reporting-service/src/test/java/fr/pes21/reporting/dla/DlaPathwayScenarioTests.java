package fr.pes21.reporting.dla;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import fr.pes21.contracts.dla.DiagnosticCompleted;
import fr.pes21.contracts.dla.DiagnosticCompletedV1;
import fr.pes21.reporting.dla.DlaDataset.Recorded;
import org.junit.jupiter.api.Test;

import static fr.pes21.reporting.dla.DlaDataset.count;
import static fr.pes21.reporting.dla.DlaDataset.dlaColumn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DLA pathway rules counted without infrastructure, from the facts of
 * {@link DlaPathwayScenario}; {@code DlaPathwayScenarioIntegrationTests} proves the same
 * through Kafka and MongoDB.
 */
class DlaPathwayScenarioTests {

	private final List<Recorded> facts = DlaPathwayScenario.facts();

	@Test
	void countsAReturningStructureInEachYearItWasWelcomedALateParticipantInTheStartYearAndARecordedAgainCompletionOnce() {
		assertThat(dlaColumn(count(2041, this.facts))).isEqualTo(DlaPathwayScenario.COLUMN_2041);
		assertThat(dlaColumn(count(2042, this.facts))).isEqualTo(DlaPathwayScenario.COLUMN_2042);
		assertThat(dlaColumn(count(2043, this.facts))).isEqualTo(DlaPathwayScenario.COLUMN_2043);
	}

	@Test
	void countsTheSameInAnyOrderOfDeliveryAndWhenEveryFactComesTwice() {
		List<Recorded> shuffled = new ArrayList<>(this.facts);
		shuffled.addAll(this.facts);
		Collections.reverse(shuffled);

		assertThat(dlaColumn(count(2041, shuffled))).isEqualTo(DlaPathwayScenario.COLUMN_2041);
		assertThat(dlaColumn(count(2042, shuffled))).isEqualTo(DlaPathwayScenario.COLUMN_2042);
		assertThat(dlaColumn(count(2043, shuffled))).isEqualTo(DlaPathwayScenario.COLUMN_2043);
	}

	@Test
	void holdsBothVersionsOfDiagnosticCompleted() {
		assertThat(this.facts).map(Recorded::fact)
			.hasAtLeastOneElementOfType(DiagnosticCompletedV1.class)
			.hasAtLeastOneElementOfType(DiagnosticCompleted.class);
	}

}
