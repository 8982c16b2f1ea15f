package fr.pes21.dla.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.FactJson;
import fr.pes21.contracts.dla.DlaFact;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;

/**
 * What a webhook posts: the fact as a CloudEvent in JSON structured mode
 * ({@code application/cloudevents+json}), its attributes beside its {@code data}.
 * <p>
 * The data is written again from the fact's record, not copied from the Kafka record: the
 * receiver gets exactly the fields of the published contract (ids, dates, kinds, counts)
 * and nothing a record might carry beside them.
 */
final class WebhookPayload {

	static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE + "; charset=utf-8";

	private static final JsonFormat JSON = new JsonFormat();

	private WebhookPayload() {
	}

	static String of(FactEnvelope envelope, DlaFact fact) {
		CloudEvent event = CloudEventBuilder.v1()
			.withId(envelope.id())
			.withType(envelope.type())
			.withSource(URI.create(envelope.source()))
			.withSubject(envelope.subject())
			.withTime(envelope.time().atOffset(ZoneOffset.UTC))
			.withData(FactEnvelope.CONTENT_TYPE, FactJson.write(fact))
			.build();
		return new String(JSON.serialize(event), StandardCharsets.UTF_8);
	}

}
