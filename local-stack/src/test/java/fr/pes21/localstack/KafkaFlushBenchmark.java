package fr.pes21.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test (not run by default): what forcing every append to the disk costs the local
 * stack's broker. The same broker configuration as {@link KafkaBroker}, once with Kafka's
 * default (the operating system writes the log when it likes) and once as the local stack
 * runs it ({@code log.flush.interval.messages=1}), each on a fresh directory, in this
 * JVM. Producer as the services' outbox relay: idempotent, {@code acks=all}; a 600-byte
 * fact. Two figures each: sends one at a time, waiting for each acknowledgement (what the
 * relay does), and a burst of asynchronous sends (batched by the producer).
 * <p>
 * {@code ./mvnw -B -o -pl local-stack test -Dtest=KafkaFlushBenchmark | grep 'KAFKA BENCHMARK'}
 * ({@code -Dbench.records=N}, default 2000 one at a time and ten times as many in the
 * burst).
 */
class KafkaFlushBenchmark {

	private static final int RECORDS = Integer.getInteger("bench.records", 2000);

	@TempDir
	Path directory;

	@Test
	void measuresWhatFlushingEveryAppendCosts() throws Exception {
		run("warm-up (Kafka's default)", false, RECORDS / 4);
		run("Kafka's default (no flush before acknowledging)", false, RECORDS);
		run("flush before acknowledging (the local stack's)", true, RECORDS);
	}

	private void run(String name, boolean flush, int records) throws Exception {
		int port = freePort();
		Path logDir = this.directory.resolve("kafka-" + port);
		Properties properties = KafkaBroker.serverProperties(port, freePort(), logDir);
		if (!flush) {
			properties.remove(KafkaBroker.FLUSH_EVERY_MESSAGES);
		}
		KafkaRaftServer server = KafkaBroker.create(properties);
		server.startup();
		try {
			String bootstrap = "127.0.0.1:" + port;
			Properties admin = new Properties();
			admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
			try (Admin client = Admin.create(admin)) {
				client.createTopics(List.of(new NewTopic("bench", 3, (short) 1))).all().get(60, TimeUnit.SECONDS);
			}
			Properties producerProperties = new Properties();
			producerProperties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
			producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
			producerProperties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
			byte[] fact = new byte[600];
			try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties,
					new StringSerializer(), new ByteArraySerializer())) {
				long start = System.nanoTime();
				for (int i = 0; i < records; i++) {
					producer.send(new ProducerRecord<>("bench", "aggregate-" + (i % 50), fact)).get();
				}
				double oneAtATime = records / ((System.nanoTime() - start) / 1e9);
				List<Future<RecordMetadata>> sent = new ArrayList<>();
				start = System.nanoTime();
				for (int i = 0; i < records * 10; i++) {
					sent.add(producer.send(new ProducerRecord<>("bench", "aggregate-" + (i % 50), fact)));
				}
				for (Future<RecordMetadata> future : sent) {
					future.get();
				}
				double burst = records * 10 / ((System.nanoTime() - start) / 1e9);
				System.out.println(String.format(Locale.ROOT,
						"KAFKA BENCHMARK %s: one at a time %.0f records/s (%.2f ms each), burst of %d %.0f records/s",
						name, oneAtATime, 1000 / oneAtATime, records * 10, burst));
			}
		}
		finally {
			server.shutdown();
			server.awaitShutdown();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
