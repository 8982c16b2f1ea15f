package fr.pes21.platform.outbox;

import fr.pes21.contracts.FactCatalog;
import fr.pes21.contracts.FactType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertEvent;

/**
 * Before an aggregate is written, gives the facts it raised the trace of the request
 * saving it; once written, counts them ({@value #RECORDED}, tag {@code type}) and wakes
 * the relay, so facts reach Kafka without delay.
 */
class OutboxSaveListener extends AbstractMongoEventListener<OutboxAggregate> {

	static final String RECORDED = "pes21.facts.recorded";

	private final OutboxRelay relay;

	private final OutboxTracing tracing;

	private final MeterRegistry meters;

	OutboxSaveListener(OutboxRelay relay, OutboxTracing tracing, MeterRegistry meters) {
		this.relay = relay;
		this.tracing = tracing;
		this.meters = meters;
	}

	@Override
	public void onBeforeConvert(BeforeConvertEvent<OutboxAggregate> event) {
		String traceparent = this.tracing.currentTraceparent();
		if (traceparent != null) {
			event.getSource().recordedInTrace(traceparent);
		}
	}

	@Override
	public void onAfterSave(AfterSaveEvent<OutboxAggregate> event) {
		OutboxAggregate aggregate = event.getSource();
		aggregate.raisedSinceSave().forEach((fact) -> recorded(fact.type()));
		aggregate.saved();
		if (!aggregate.pendingFacts().isEmpty()) {
			this.relay.wakeUp(event.getCollectionName());
		}
	}

	private void recorded(String cloudEventType) {
		String type = FactCatalog.byCloudEventType(cloudEventType).map(FactType::name).orElse(cloudEventType);
		Counter.builder(RECORDED)
			.description("Facts recorded: saved in an aggregate's outbox, with the change that raised them")
			.tag("type", type)
			.register(this.meters)
			.increment();
	}

}
