package fr.pes21.platform.outbox;

/** Stands for the platform's aggregate in BoundariesTests. */
public abstract class OutboxAggregate {

	public static java.util.List<String> collections(Object mappingContext) {
		return java.util.List.of();
	}

	/** Stands for the platform's pending fact. */
	public record PendingFact(String eventId) {
	}

}
