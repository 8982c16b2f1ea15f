package fr.pes21.dla.structure;

import java.util.List;

/**
 * What the structure feature needs to know of engineerings: the ones a structure takes
 * part in, for its pathway. The engineering feature implements it: it already depends on
 * this package (an engineering names its structures), and this interface keeps the
 * dependency one-way.
 */
public interface StructureEngineerings {

	/** The engineerings, not withdrawn, in which the structure takes part now. */
	List<EngineeringOfStructure> of(String structureId);

}
