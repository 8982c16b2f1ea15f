package fr.pes21.gateway.routing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A reporting service whose live stream is paced by the test: {@code /api/reports/live}
 * sends each {@code indicator} event, headers with the first, only when
 * {@link #sendNext()} is called; three in all, numbered after the {@code Last-Event-ID}
 * it received, then the stream ends. Every other path answers only when the stub is
 * stopped: a service too slow for any response timeout.
 */
final class SlowEventStream {

	static final int EVENTS = 3;

	private final HttpServer server;

	private final Semaphore next = new Semaphore(0);

	private final CountDownLatch stopped = new CountDownLatch(1);

	private final BlockingQueue<String> lastEventIds = new LinkedBlockingQueue<>();

	private SlowEventStream(HttpServer server) {
		this.server = server;
	}

	static SlowEventStream start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			SlowEventStream stub = new SlowEventStream(server);
			server.createContext("/api/reports/live", stub::stream);
			server.createContext("/", stub::hang);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.start();
			return stub;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String baseUrl() {
		return "http://localhost:" + this.server.getAddress().getPort();
	}

	/** Lets the stream send its next event. */
	void sendNext() {
		this.next.release();
	}

	/** The Last-Event-ID the latest stream request carried, "" if none. */
	String lastEventIdReceived() throws InterruptedException {
		String received = this.lastEventIds.poll(5, TimeUnit.SECONDS);
		if (received == null) {
			throw new AssertionError("no stream request reached the service");
		}
		return received;
	}

	void stop() {
		this.stopped.countDown();
		this.server.stop(0);
	}

	private void stream(HttpExchange exchange) throws IOException {
		String lastEventId = exchange.getRequestHeaders().getFirst("Last-Event-ID");
		this.lastEventIds.add((lastEventId != null) ? lastEventId : "");
		long first = (lastEventId != null) ? Long.parseLong(lastEventId) + 1 : 1;
		exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
		try {
			for (long id = first; id < first + EVENTS; id++) {
				if (!this.next.tryAcquire(10, TimeUnit.SECONDS)) {
					break;
				}
				if (id == first) {
					// Like a service that commits its response on its first event.
					exchange.sendResponseHeaders(200, 0);
				}
				String event = "id:" + id
						+ "\nevent:indicator\ndata:{\"year\":2021,\"key\":\"dla.structuresWelcomed\",\"value\":" + id
						+ "}\n\n";
				OutputStream out = exchange.getResponseBody();
				out.write(event.getBytes(StandardCharsets.UTF_8));
				out.flush();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			exchange.close();
		}
	}

	private void hang(HttpExchange exchange) throws IOException {
		try {
			this.stopped.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		exchange.sendResponseHeaders(204, -1);
		exchange.close();
	}

}
