package fr.pes21.dla.engineering;

import java.util.List;

import fr.pes21.dla.structure.EngineeringOfStructure;
import fr.pes21.dla.structure.StructureEngineerings;

import org.springframework.stereotype.Component;

/** The engineerings a structure takes part in, for its pathway. */
@Component
class EngineeringsTakenPartIn implements StructureEngineerings {

	private final EngineeringRepository engineerings;

	EngineeringsTakenPartIn(EngineeringRepository engineerings) {
		this.engineerings = engineerings;
	}

	@Override
	public List<EngineeringOfStructure> of(String structureId) {
		return this.engineerings.findByParticipantsStructureIdAndRecordedWithdrawnAtIsNull(structureId)
			.stream()
			.flatMap((engineering) -> engineering.participationOf(structureId)
				.map((participation) -> new EngineeringOfStructure(engineering.id(), engineering.kind().name(),
						engineering.topic(), engineering.consultant(), engineering.days(), engineering.startedOn(),
						participation.id(), participation.joinedOn(), participation.atStart(),
						engineering.isCompleted() ? engineering.completion().date() : null))
				.stream())
			.toList();
	}

}
