package fr.pes21.reporting.facts;

import java.util.Map;

/**
 * A record that is not a fact, as it was read, on its way to the topic's dead letters.
 *
 * @param topic the topic it was read from
 * @param partition its partition
 * @param offset its offset
 * @param key its key, as read ({@code byte[]}, or {@code null})
 * @param value its value, as read
 * @param headers its headers, as read (values {@code byte[]} or text)
 * @param reason why it is not a fact, short and never quoting its data
 */
public record DeadLetter(String topic, int partition, long offset, Object key, Object value, Map<String, ?> headers,
		String reason) {
}
