package fr.pes21.localstack;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend made durable: a command that changed the store is
 * committed to the file, and by default forced to the disk, before its answer leaves.
 * <p>
 * The library's H2 backend leaves committing to the MVStore's background writer, about
 * once a second and after answering, so a killed store loses the last second of
 * acknowledged writes; the writer may also commit in the middle of a command, with a
 * document stored and its index not yet. Here the store is opened with automatic commits
 * off, commands run one at a time (the library itself does not serialise them), and a
 * command that left unsaved changes waits for a commit that includes them. Commits are
 * grouped: while one is written and forced to the disk, the commands that finish
 * meanwhile queue up and the next commit takes them all. The file is compacted now and
 * then, between commands, since the background writer that used to do it is off. Each
 * answer is a copy of the documents taken while its command runs alone (see
 * {@link #handleCommand}).
 */
final class DurableH2Backend extends H2Backend {

	/** Below this share of live data in its chunks, the store rewrites them. */
	private static final int COMPACTION_FILL_RATE = 80;

	private static final int COMPACTION_WRITE_BYTES = 16 * 1024 * 1024;

	private final MVStore store;

	private final boolean forceToDisk;

	/** Held while a command runs or a commit captures the store's state. */
	private final ReentrantLock commands = new ReentrantLock(true);

	/** Guards {@link #durable} and {@link #committing}. */
	private final Object commitMonitor = new Object();

	/**
	 * Commands that changed the store so far, numbered in the order they ran (under
	 * {@link #commands}).
	 */
	private long changes;

	/** The highest change number known to be committed (under {@link #commitMonitor}). */
	private long durable;

	/** Whether a thread is committing now (under {@link #commitMonitor}). */
	private boolean committing;

	private final ScheduledExecutorService maintenance = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("store-maintenance").factory());

	private DurableH2Backend(MVStore store, boolean forceToDisk) {
		super(store);
		this.store = store;
		this.forceToDisk = forceToDisk;
		this.maintenance.scheduleWithFixedDelay(this::compact, 30, 30, TimeUnit.SECONDS);
	}

	/**
	 * The store in {@code file}, created if missing, with its commits forced to the disk
	 * ({@code forceToDisk}: the acknowledged writes survive a crash of the machine) or
	 * only handed to the operating system (they survive the death of this process).
	 */
	static DurableH2Backend open(Path file, boolean forceToDisk) {
		MVStore store = new MVStore.Builder().fileName(file.toString())
			// no background writer: it would commit whenever it likes
			.autoCommitDisabled()
			// and no commit from within a write when enough changes accumulate
			.autoCommitBufferSize(0)
			.open();
		if (forceToDisk) {
			// Chunks no longer used by the last commit may be reused at once (the library
			// keeps them 45 s in case the disk has not written the newer ones yet: here
			// every commit is forced to the disk before anything is acknowledged), so the
			// file does not grow by a chunk per write for 45 s.
			store.setRetentionTime(0);
		}
		return new DurableH2Backend(store, forceToDisk);
	}

	/**
	 * The answer is a copy taken before the next command runs: the library answers with
	 * the stored documents themselves and writes the answer out after the command, while
	 * an update writes its result into the stored document field by field, so a read
	 * racing an update could go out half old, half new (MongoDB reads a document whole).
	 */
	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		return durably(() -> super.handleCommand(channel, databaseName, command, query).cloneDeeply());
	}

	@Override
	public QueryResult handleQuery(MongoQuery query) {
		return durably(() -> {
			QueryResult result = super.handleQuery(query);
			return new QueryResult(result.collectDocuments().stream().map(Document::cloneDeeply).toList(),
					result.getCursorId());
		});
	}

	@Override
	public void handleClose(Channel channel) {
		this.commands.lock();
		try {
			super.handleClose(channel);
		}
		finally {
			this.commands.unlock();
		}
	}

	@Override
	public void close() {
		this.maintenance.shutdownNow();
		this.commands.lock();
		try {
			// closing the MVStore commits what is left and marks the file cleanly closed
			super.close();
		}
		finally {
			this.commands.unlock();
		}
	}

	/**
	 * Runs a command alone, then, if it changed anything, returns only once a commit
	 * holds the change (also when the command failed half-way, e.g. a duplicate key in
	 * the middle of a batch: what it did is acknowledged by its error answer).
	 */
	private <T> T durably(Supplier<T> command) {
		long change = 0;
		T result;
		this.commands.lock();
		try {
			try {
				result = command.get();
			}
			finally {
				if (this.commands.getHoldCount() == 1 && this.store.hasUnsavedChanges()) {
					change = ++this.changes;
				}
			}
		}
		catch (RuntimeException ex) {
			this.commands.unlock();
			awaitDurable(change);
			throw ex;
		}
		this.commands.unlock();
		awaitDurable(change);
		return result;
	}

	/**
	 * Waits until change number {@code change} is committed: the first thread to find no
	 * commit running commits everything done so far; the others wait for it and check
	 * again.
	 */
	private void awaitDurable(long change) {
		if (change == 0) {
			return;
		}
		while (true) {
			synchronized (this.commitMonitor) {
				while (this.durable < change && this.committing) {
					try {
						this.commitMonitor.wait();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						throw new MongoServerException("interrupted before the write was committed");
					}
				}
				if (this.durable >= change) {
					return;
				}
				this.committing = true;
			}
			long committed = 0;
			try {
				committed = commitAll();
			}
			finally {
				synchronized (this.commitMonitor) {
					this.durable = Math.max(this.durable, committed);
					this.committing = false;
					this.commitMonitor.notifyAll();
				}
			}
		}
	}

	/**
	 * Commits every change made so far, then forces the file to the disk outside the lock
	 * (commands go on meanwhile and wait for the next commit); the last change committed.
	 */
	private long commitAll() {
		long upTo;
		this.commands.lock();
		try {
			upTo = this.changes;
			this.store.commit();
		}
		finally {
			this.commands.unlock();
		}
		if (this.forceToDisk) {
			this.store.sync();
		}
		return upTo;
	}

	private void compact() {
		this.commands.lock();
		try {
			if (this.store.isClosed()) {
				return;
			}
			if (this.store.compact(COMPACTION_FILL_RATE, COMPACTION_WRITE_BYTES)) {
				this.store.commit();
				if (this.forceToDisk) {
					this.store.sync();
				}
			}
		}
		catch (RuntimeException ex) {
			System.err.println("Store compaction failed (the data is unaffected): " + ex);
		}
		finally {
			this.commands.unlock();
		}
	}

}
