package fr.pes21.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.springframework.http.HttpHeaders;

/**
 * A real HTTP server standing in for a PES 21 service: records what reaches it and
 * answers like a service would, including a {@code Location} built from its own address.
 */
public final class StubService {

	/** What the service received. */
	public record Received(String method, String path, HttpHeaders headers, byte[] body) {
	}

	private final HttpServer server;

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	private StubService(HttpServer server) {
		this.server = server;
	}

	static StubService start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			StubService stub = new StubService(server);
			server.createContext("/", stub::handle);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.start();
			// Spring caches test contexts until the JVM exits: stop with it.
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
			return stub;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String baseUrl() {
		return "http://localhost:" + this.server.getAddress().getPort();
	}

	/**
	 * The next request that reached the service, waiting for it a few seconds at most.
	 */
	public Received nextRequest() {
		try {
			Received next = this.received.poll(5, TimeUnit.SECONDS);
			if (next == null) {
				throw new AssertionError("no request reached the service");
			}
			return next;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** True if no request reached the service since the last one taken. */
	public boolean receivedNothing() {
		return this.received.isEmpty();
	}

	public void forget() {
		this.received.clear();
	}

	/** A port on which nothing listens: a service that is down. */
	public static int unusedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		HttpHeaders headers = new HttpHeaders();
		exchange.getRequestHeaders().forEach(headers::addAll);
		String path = exchange.getRequestURI().getRawPath();
		this.received.add(new Received(exchange.getRequestMethod(), path, headers, body));
		if ("POST".equals(exchange.getRequestMethod()) && path.equals("/api/accompaniment/projects")) {
			exchange.getResponseHeaders().set("Location", baseUrl() + "/api/accompaniment/projects/p-1?view=full");
			respond(exchange, 201, "{\"id\":\"p-1\"}");
		}
		else if (path.equals("/api/accompaniment/redirect-elsewhere")) {
			exchange.getResponseHeaders().set("Location", "https://elsewhere.example/somewhere");
			respond(exchange, 303, "");
		}
		else {
			respond(exchange, 200, "{\"items\":[],\"page\":0,\"size\":50,\"total\":0}");
		}
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
