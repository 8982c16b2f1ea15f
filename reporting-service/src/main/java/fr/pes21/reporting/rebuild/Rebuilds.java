package fr.pes21.reporting.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import fr.pes21.reporting.facts.FactIndicators;
import fr.pes21.reporting.facts.FactProjection;
import fr.pes21.reporting.facts.FactProjections;
import fr.pes21.reporting.facts.Generations;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every read model from the beginning of the fact topics, aside, then swaps.
 * <ol>
 * <li>{@link Generations#startBuilding} names the next generation: from then on the
 * binder's consumers store each batch in the current generation and in it;</li>
 * <li>a plain {@link KafkaConsumer} of its own (no group, nothing committed) reads each
 * topic's partitions from their beginning up to the end offsets taken just after; the
 * records of each poll are read per topic by its {@link FactProjection} (records that are
 * not facts are skipped and counted), folded per fact into one unordered bulk write
 * ({@code FactCollection.storing}), and written into the new generation by a writer
 * thread, one bulk at a time and in order, while the next poll is read;</li>
 * <li>{@link Generations#swapTo} switches the figures to the new generation in one
 * write.</li>
 * </ol>
 * What was published after the end offsets is stored in the new generation by the
 * binder's consumers (step 1), and every write is idempotent, so a fact read by both is
 * stored once. One rebuild at a time; the previous generation's collections are dropped
 * when the next rebuild starts, so a request still reading them is never cut short.
 */
@Component
public class Rebuilds implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(Rebuilds.class);

	private static final Duration POLL = Duration.ofMillis(500);

	/** The most records one poll of the rebuild's consumer returns. */
	static final int MAX_POLL_RECORDS = 2000;

	/** The most bytes one fetch brings of a partition (Kafka's default is 1 MiB). */
	private static final int MAX_PARTITION_FETCH_BYTES = 4 * 1024 * 1024;

	private final Generations generations;

	private final FactProjections projections;

	private final FactIndicators indicators;

	private final MongoTemplate mongo;

	private final Environment environment;

	private final String bootstrapServers;

	private final Duration stallDeadline;

	private final Clock clock = Clock.systemUTC();

	private final ExecutorService runner = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("reporting-rebuild").daemon().factory());

	private final Map<String, Rebuild> known = new ConcurrentHashMap<>();

	private Rebuild running;

	/** Called after the new generation is built, before the swap: a test's pause. */
	volatile Consumer<Rebuild> beforeSwap = (rebuild) -> {
	};

	/**
	 * Called after each poll that read records, once they are stored and counted in the
	 * progress: a test's pause while the new generation is half-built.
	 */
	volatile Consumer<Rebuild> afterPoll = (rebuild) -> {
	};

	Rebuilds(Generations generations, FactProjections projections, FactIndicators indicators, MongoTemplate mongo,
			Environment environment, @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
			@Value("${pes21.reporting.rebuild.stall-deadline:60s}") Duration stallDeadline) {
		this.generations = generations;
		this.projections = projections;
		this.indicators = indicators;
		this.mongo = mongo;
		this.environment = environment;
		this.bootstrapServers = bootstrapServers;
		this.stallDeadline = stallDeadline;
	}

	/**
	 * Starts a rebuild.
	 * @throws AlreadyRunning when one runs, naming it
	 */
	public synchronized Rebuild start() {
		if (this.running != null && this.running.status() == Rebuild.Status.RUNNING) {
			throw new AlreadyRunning(this.running);
		}
		Rebuild rebuild = new Rebuild(UUID.randomUUID().toString(), this.clock.instant());
		this.known.put(rebuild.id(), rebuild);
		this.running = rebuild;
		this.runner.execute(() -> run(rebuild));
		return rebuild;
	}

	public Optional<Rebuild> find(String id) {
		return Optional.ofNullable(this.known.get(id));
	}

	private void run(Rebuild rebuild) {
		try {
			dropAbandonedGenerations();
			int generation = this.generations.startBuilding();
			try {
				this.indicators.createIndexes(generation);
				replay(rebuild, generation);
				this.beforeSwap.accept(rebuild);
				this.generations.swapTo(generation);
			}
			catch (RuntimeException | Error ex) {
				this.generations.abandon();
				throw ex;
			}
			rebuild.completed(this.clock.instant());
			logger.info("Rebuild {} completed: {} records read, {} skipped, figures now read from generation {}",
					rebuild.id(), rebuild.processed(), rebuild.skipped(), generation);
		}
		catch (RuntimeException | Error ex) {
			logger.error("Rebuild {} failed", rebuild.id(), ex);
			rebuild.failed(this.clock.instant(), "The rebuild stopped: " + ex.getClass().getSimpleName()
					+ "; the figures are still read from the previous generation.");
		}
	}

	/**
	 * Reads every topic from its beginning to the end offsets taken now. The writes go to
	 * a writer thread of their own, one at a time and in order, while the next records
	 * are read.
	 */
	private void replay(Rebuild rebuild, int generation) {
		Map<String, FactProjection<?, ?>> byTopic = new HashMap<>();
		this.projections.all().forEach((projection) -> byTopic.put(topicOf(projection), projection));
		ExecutorService writer = Executors
			.newSingleThreadExecutor(Thread.ofPlatform().name("reporting-rebuild-writer").daemon().factory());
		Future<?> writing = CompletableFuture.completedFuture(null);
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.CLIENT_ID_CONFIG,
						"reporting-rebuild-" + rebuild.id(), ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS,
						ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MAX_PARTITION_FETCH_BYTES),
				new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : byTopic.keySet()) {
				for (PartitionInfo partition : consumer.partitionsFor(topic)) {
					partitions.add(new TopicPartition(topic, partition.partition()));
				}
			}
			Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			Map<TopicPartition, Long> positions = new HashMap<>(beginnings);
			rebuild.total(partitions.stream().mapToLong((tp) -> ends.get(tp) - beginnings.get(tp)).sum());
			List<TopicPartition> toRead = partitions.stream()
				.filter((tp) -> beginnings.get(tp) < ends.get(tp))
				.toList();
			consumer.assign(toRead);
			consumer.seekToBeginning(toRead);
			Instant lastProgress = this.clock.instant();
			while (!consumer.assignment().isEmpty()) {
				ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
				boolean moved = false;
				// One write per topic and poll, its partitions together.
				Map<String, List<ConsumerRecord<byte[], byte[]>>> byTopicRead = new HashMap<>();
				for (TopicPartition partition : records.partitions()) {
					long end = ends.get(partition);
					for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
						if (record.offset() < end) {
							byTopicRead.computeIfAbsent(partition.topic(), (topic) -> new ArrayList<>()).add(record);
						}
					}
				}
				for (Map.Entry<String, List<ConsumerRecord<byte[], byte[]>>> read : byTopicRead.entrySet()) {
					FactProjection.Rebuilding next = byTopic.get(read.getKey()).rebuild(read.getValue(), generation);
					rebuild.read(0, next.skipped());
					awaitWrite(writing);
					writing = writer.submit(next.store());
				}
				List<TopicPartition> done = new ArrayList<>();
				for (TopicPartition partition : consumer.assignment()) {
					// Offsets passed, so that control records and gaps count too.
					long position = Math.min(consumer.position(partition), ends.get(partition));
					long passed = position - positions.get(partition);
					if (passed > 0) {
						moved = true;
						rebuild.read(passed, 0);
						positions.put(partition, position);
						lastProgress = this.clock.instant();
					}
					if (position >= ends.get(partition)) {
						done.add(partition);
					}
				}
				if (moved) {
					this.afterPoll.accept(rebuild);
				}
				if (!done.isEmpty()) {
					List<TopicPartition> left = new ArrayList<>(consumer.assignment());
					left.removeAll(done);
					consumer.assign(left);
				}
				if (Duration.between(lastProgress, this.clock.instant()).compareTo(this.stallDeadline) > 0) {
					throw new IllegalStateException("no progress for " + this.stallDeadline);
				}
			}
			awaitWrite(writing);
		}
		finally {
			writer.shutdownNow();
		}
	}

	/** Waits for a write, at most the stall deadline; its failure is the rebuild's. */
	private void awaitWrite(Future<?> writing) {
		try {
			writing.get(this.stallDeadline.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("a write took longer than " + this.stallDeadline);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted");
		}
	}

	private String topicOf(FactProjection<?, ?> projection) {
		String binding = "spring.cloud.stream.bindings." + projection.model().context() + "Facts-in-0.destination";
		return this.environment.getRequiredProperty(binding);
	}

	/**
	 * Drops the collections of generations other than the current one: the previous
	 * generation (kept until now for the requests that were reading it at the swap) and
	 * any a failed rebuild left.
	 */
	private void dropAbandonedGenerations() {
		int current = this.generations.current();
		List<String> collections = this.projections.all()
			.stream()
			.map((projection) -> projection.model().collection())
			.toList();
		for (String name : this.mongo.getCollectionNames()) {
			String base = Generations.base(name);
			if (collections.contains(base) && !name.equals(Generations.name(base, current))) {
				this.mongo.dropCollection(name);
			}
		}
	}

	@Override
	public void destroy() {
		this.runner.shutdownNow();
	}

	/** A rebuild is running already. */
	public static final class AlreadyRunning extends RuntimeException {

		private final transient Rebuild running;

		AlreadyRunning(Rebuild running) {
			super("A rebuild is running already.", null, false, false);
			this.running = running;
		}

		public Rebuild running() {
			return this.running;
		}

	}

}
