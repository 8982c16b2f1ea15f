package fr.pes21.platform.idempotency;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The request running now on this thread with an Idempotency-Key: its key's record id and
 * the token of this attempt, and the aggregates it wrote (collection and id), which are
 * settled or rolled back together once the request's outcome is known.
 */
final class Attempt {

	private static final ThreadLocal<Attempt> CURRENT = new ThreadLocal<>();

	private final String key;

	private final String token;

	private final Map<String, Written> written = new LinkedHashMap<>();

	private Attempt(String key, String token) {
		this.key = key;
		this.token = token;
	}

	/** Starts the attempt on this thread; {@link #end()} in a finally block. */
	static Attempt begin(String key, String token) {
		Attempt attempt = new Attempt(key, token);
		CURRENT.set(attempt);
		return attempt;
	}

	/** The attempt running on this thread, if any. */
	static Attempt current() {
		return CURRENT.get();
	}

	void end() {
		if (CURRENT.get() == this) {
			CURRENT.remove();
		}
	}

	String key() {
		return this.key;
	}

	String token() {
		return this.token;
	}

	void wrote(String collection, Object id) {
		this.written.putIfAbsent(collection + "\u0000" + id, new Written(collection, id));
	}

	Iterable<Written> written() {
		return this.written.values();
	}

	/** An aggregate document written by the attempt. */
	record Written(String collection, Object id) {

		Written {
			Objects.requireNonNull(collection);
			Objects.requireNonNull(id);
		}

	}

}
