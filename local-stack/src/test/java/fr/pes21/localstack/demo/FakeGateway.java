package fr.pes21.localstack.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A gateway answering the demo loader from memory (JDK HTTP server): the token at
 * {@code /auth/token}, {@code {"id": "id-<n>"}} to every other {@code POST}, and to a
 * {@code DELETE} the status set for its path (204 otherwise). It records each request as
 * {@code METHOD path key}, and its body.
 */
final class FakeGateway implements AutoCloseable {

	final List<String> requests = new CopyOnWriteArrayList<>();

	final List<String> bodies = new CopyOnWriteArrayList<>();

	final List<String> authorizations = new CopyOnWriteArrayList<>();

	final Map<String, Integer> deleteStatus = new ConcurrentHashMap<>();

	final Map<String, String> postProblem = new ConcurrentHashMap<>();

	volatile int loginStatus = 200;

	volatile boolean replaying;

	/** How many authorized requests to refuse with 401, as if the token expired. */
	final AtomicInteger expiredTokens = new AtomicInteger();

	private final AtomicInteger ids = new AtomicInteger();

	private final AtomicInteger tokens = new AtomicInteger();

	private final HttpServer server;

	private boolean closed;

	FakeGateway() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	private void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		if (path.equals("/auth/token")) {
			this.requests.add(method + " " + path);
			answer(exchange, this.loginStatus, "{\"access_token\":\"token-" + this.tokens.incrementAndGet() + "\"}");
			return;
		}
		this.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		if (this.expiredTokens.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
			answer(exchange, 401, "");
			return;
		}
		String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
		this.requests.add(method + " " + path + ((key != null) ? " " + key : ""));
		this.bodies.add(body);
		if (method.equals("DELETE")) {
			answer(exchange, this.deleteStatus.getOrDefault(path, 204), null);
		}
		else if (this.postProblem.containsKey(path)) {
			answer(exchange, 400, this.postProblem.get(path));
		}
		else {
			if (this.replaying) {
				exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
			}
			answer(exchange, 201, "{\"id\":\"id-" + this.ids.incrementAndGet() + "\"}");
		}
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		if (body == null) {
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
			return;
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
		exchange.close();
	}

	@Override
	public void close() {
		if (!this.closed) {
			this.closed = true;
			this.server.stop(0);
		}
	}

}
