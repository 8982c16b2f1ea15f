package fr.pes21.dla.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP receiver of webhooks on the loopback interface (the JDK's HTTP server): it
 * records every request it gets and answers as its behaviour says, per webhook id and
 * attempt. It can be stopped (connections refused) and started again on the same port.
 */
final class TestReceiver implements AutoCloseable {

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> attemptsById = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final Behaviour behaviour;

	private final int port;

	private HttpServer server;

	private TestReceiver(Behaviour behaviour) {
		this.behaviour = behaviour;
		this.server = listen(0);
		this.port = this.server.getAddress().getPort();
	}

	/** A receiver that answers as the behaviour says. */
	static TestReceiver answering(Behaviour behaviour) {
		return new TestReceiver(behaviour);
	}

	/** A receiver that accepts everything with {@code 204}. */
	static TestReceiver accepting() {
		return answering((id, attempt) -> Answer.of(204));
	}

	String url() {
		return "http://127.0.0.1:" + this.port + "/dla-facts";
	}

	/** Refuses connections from now on. */
	synchronized void stop() {
		this.server.stop(0);
	}

	/** Accepts connections again, on the same port. */
	synchronized void restart() {
		this.server = listen(this.port);
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	List<Received> receivedFor(String webhookId) {
		return this.received.stream().filter((request) -> webhookId.equals(request.webhookId())).toList();
	}

	/** The webhook ids it answered with a 2xx, with the number of times. */
	Map<String, Long> accepted() {
		return this.received.stream()
			.filter((request) -> request.answeredStatus() >= 200 && request.answeredStatus() < 300)
			.collect(Collectors.groupingBy(Received::webhookId, Collectors.counting()));
	}

	Set<String> acceptedIds() {
		return accepted().keySet();
	}

	@Override
	public void close() {
		stop();
		this.executor.shutdownNow();
	}

	private HttpServer listen(int port) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
			server.setExecutor(this.executor);
			server.createContext("/", this::handle);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Map<String, List<String>> headers = new LinkedHashMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
			String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
			int attempt = this.attemptsById.computeIfAbsent(String.valueOf(webhookId), (id) -> new AtomicInteger())
				.incrementAndGet();
			Answer answer = this.behaviour.answer(webhookId, attempt);
			this.received.add(new Received(webhookId, exchange.getRequestMethod(), headers, body, answer.status(),
					System.nanoTime()));
			answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
			exchange.sendResponseHeaders(answer.status(), -1);
		}
	}

	/** How the receiver answers the n-th request (from 1) with a webhook id. */
	@FunctionalInterface
	interface Behaviour {

		Answer answer(String webhookId, int attempt);

	}

	/**
	 * An answer.
	 *
	 * @param status its status code
	 * @param headers its headers
	 */
	record Answer(int status, Map<String, String> headers) {

		static Answer of(int status) {
			return new Answer(status, Map.of());
		}

	}

	/**
	 * A request the receiver got.
	 *
	 * @param webhookId its {@code webhook-id}
	 * @param method its method
	 * @param headers its headers
	 * @param body its body
	 * @param answeredStatus how it was answered
	 * @param arrivedAtNanos when it arrived, on {@link System#nanoTime()}'s scale
	 */
	record Received(String webhookId, String method, Map<String, List<String>> headers, String body, int answeredStatus,
			long arrivedAtNanos) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((header) -> header.getKey().equalsIgnoreCase(name))
				.map((header) -> header.getValue().getFirst())
				.findFirst()
				.orElse(null);
		}

	}

}
