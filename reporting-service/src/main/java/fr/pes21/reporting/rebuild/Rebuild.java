package fr.pes21.reporting.rebuild;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One rebuild of the read models and its progress, as {@code GET
 * /api/reports/rebuilds/{id}} shows it.
 */
public final class Rebuild {

	/** Where a rebuild stands. */
	@Schema(name = "RebuildStatus")
	public enum Status {

		RUNNING, COMPLETED, FAILED

	}

	private final String id;

	private final Instant startedAt;

	private final AtomicLong processed = new AtomicLong();

	private final AtomicLong skipped = new AtomicLong();

	private volatile long total;

	private volatile Status status = Status.RUNNING;

	private volatile Instant finishedAt;

	private volatile String error;

	Rebuild(String id, Instant startedAt) {
		this.id = id;
		this.startedAt = startedAt;
	}

	public String id() {
		return this.id;
	}

	public Status status() {
		return this.status;
	}

	/** The records read so far (offsets passed), facts and skipped records alike. */
	public long processed() {
		return this.processed.get();
	}

	/**
	 * The records to read: the topics' end offsets minus their beginning ones at the
	 * start.
	 */
	public long total() {
		return this.total;
	}

	/**
	 * The records read that are not facts (they went to the dead letters when first
	 * consumed).
	 */
	public long skipped() {
		return this.skipped.get();
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public Instant finishedAt() {
		return this.finishedAt;
	}

	public String error() {
		return this.error;
	}

	void total(long total) {
		this.total = total;
	}

	void read(long records, long skipped) {
		this.processed.addAndGet(records);
		this.skipped.addAndGet(skipped);
	}

	void completed(Instant at) {
		this.finishedAt = at;
		this.status = Status.COMPLETED;
	}

	void failed(Instant at, String error) {
		this.finishedAt = at;
		this.error = error;
		this.status = Status.FAILED;
	}

}
