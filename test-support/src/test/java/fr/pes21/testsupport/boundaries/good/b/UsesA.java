package fr.pes21.testsupport.boundaries.good.b;

import fr.pes21.testsupport.boundaries.good.a.Aggregate;

/** Feature b uses feature a. */
public class UsesA {

	Aggregate aggregate = new Aggregate();

}
