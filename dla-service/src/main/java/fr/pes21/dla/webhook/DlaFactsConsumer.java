package fr.pes21.dla.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.MalformedFact;
import fr.pes21.contracts.dla.DlaFact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * Reads the DLA facts of one polled batch of {@code pes21.dla.events} records (binding
 * {@code dlaWebhooks-in-0}, batch mode: values in the payload, each record's headers at
 * the same index). A record that is not a readable DLA fact is logged with its position
 * and skipped: one bad record never stops the webhook.
 */
final class DlaFactsConsumer {

	private static final Logger log = LoggerFactory.getLogger(DlaFactsConsumer.class);

	private DlaFactsConsumer() {
	}

	static List<WebhookFanOut.Fact> read(Message<? extends List<?>> batch) {
		List<?> values = batch.getPayload();
		MessageHeaders headers = batch.getHeaders();
		List<?> recordHeaders = list(headers, KafkaHeaders.BATCH_CONVERTED_HEADERS);
		List<WebhookFanOut.Fact> facts = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			try {
				facts.add(read(at(recordHeaders, i), values.get(i)));
			}
			catch (MalformedFact ex) {
				log.warn("Skipped the record at {}-{}@{}: not a readable DLA fact ({})",
						at(list(headers, KafkaHeaders.RECEIVED_TOPIC), i),
						at(list(headers, KafkaHeaders.RECEIVED_PARTITION), i),
						at(list(headers, KafkaHeaders.OFFSET), i), ex.getMessage());
			}
		}
		return facts;
	}

	private static WebhookFanOut.Fact read(Object headers, Object value) {
		if (!(headers instanceof Map<?, ?> map)) {
			throw new MalformedFact("no headers");
		}
		if (!(value instanceof byte[] data)) {
			throw new MalformedFact("no data");
		}
		@SuppressWarnings("unchecked")
		FactEnvelope envelope = FactEnvelope.fromBinaryHeaders((Map<String, ?>) map, data);
		Fact fact = envelope.fact();
		if (!(fact instanceof DlaFact dlaFact)) {
			throw new MalformedFact(envelope.type() + " is not a DLA fact");
		}
		return new WebhookFanOut.Fact(envelope, dlaFact);
	}

	private static List<?> list(MessageHeaders headers, String name) {
		return (headers.get(name) instanceof List<?> list) ? list : List.of();
	}

	private static Object at(List<?> list, int index) {
		return (index < list.size()) ? list.get(index) : null;
	}

}
