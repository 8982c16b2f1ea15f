package fr.pes21.localstack;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * How the launcher knows a process is ready to serve; one probe, answered without waiting
 * long.
 */
enum Readiness {

	/** The broker answers a {@code describeCluster} with at least one node. */
	KAFKA {
		@Override
		boolean check(String host, int port) {
			if (!acceptsConnections(host, port)) {
				return false;
			}
			Properties properties = new Properties();
			properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, host + ":" + port);
			properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "pes21-local-stack-readiness");
			properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
			properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
			properties.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, 1000L);
			try (Admin admin = Admin.create(properties)) {
				return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
			}
			catch (Exception ex) {
				if (ex instanceof InterruptedException) {
					Thread.currentThread().interrupt();
				}
				return false;
			}
		}
	},

	/** The server answers the {@code ping} command with {@code ok: 1}. */
	MONGO {
		@Override
		boolean check(String host, int port) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(host, port), 1000);
				socket.setSoTimeout(2000);
				socket.getOutputStream().write(pingMessage());
				DataInputStream in = new DataInputStream(socket.getInputStream());
				byte[] lengthBytes = new byte[4];
				in.readFully(lengthBytes);
				int length = ByteBuffer.wrap(lengthBytes).order(ByteOrder.LITTLE_ENDIAN).getInt();
				if (length < 21 || length > 16 * 1024 * 1024) {
					return false;
				}
				byte[] rest = new byte[length - 4];
				in.readFully(rest);
				ByteBuffer reply = ByteBuffer.wrap(rest).order(ByteOrder.LITTLE_ENDIAN);
				// header (requestID, responseTo, opCode) then flagBits and one section of
				// kind 0: a document
				if (reply.getInt(8) != OP_MSG || rest[16] != 0) {
					return false;
				}
				return isOk(reply.position(17).slice().order(ByteOrder.LITTLE_ENDIAN));
			}
			catch (IOException | RuntimeException ex) {
				return false;
			}
		}
	},

	/** The Spring Boot readiness group answers 200. */
	HTTP {
		@Override
		boolean check(String host, int port) {
			return answersOk(host, port, "/actuator/health/readiness");
		}
	},

	/** Prometheus says it is ready to serve queries. */
	PROMETHEUS {
		@Override
		boolean check(String host, int port) {
			return answersOk(host, port, "/-/ready");
		}
	};

	private static final int OP_MSG = 2013;

	private static final HttpClient HTTP_CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(1))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	/** Whether the process listening on {@code host:port} is ready now. */
	abstract boolean check(String host, int port);

	private static boolean answersOk(String host, int port, String path) {
		String authority = (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + authority + path))
			.timeout(Duration.ofSeconds(2))
			.GET()
			.build();
		try {
			return HTTP_CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static boolean acceptsConnections(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** An OP_MSG holding {@code {ping: 1, $db: "admin"}}. */
	private static byte[] pingMessage() {
		ByteBuffer document = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
		document.putInt(30);
		document.put((byte) 0x10).put("ping".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).putInt(1);
		document.put((byte) 0x02).put("$db".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).putInt(6);
		document.put("admin".getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
		document.put((byte) 0);
		ByteBuffer message = ByteBuffer.allocate(16 + 4 + 1 + 30).order(ByteOrder.LITTLE_ENDIAN);
		message.putInt(message.capacity()).putInt(1).putInt(0).putInt(OP_MSG);
		message.putInt(0).put((byte) 0).put(document.array());
		return message.array();
	}

	/** Whether a BSON document has a top-level {@code ok} equal to 1. */
	private static boolean isOk(ByteBuffer document) {
		int end = document.getInt();
		while (document.position() < end - 1) {
			byte type = document.get();
			StringBuilder name = new StringBuilder();
			for (byte b = document.get(); b != 0; b = document.get()) {
				name.append((char) b);
			}
			if (name.toString().equals("ok")) {
				return switch (type) {
					case 0x01 -> document.getDouble() == 1.0;
					case 0x10 -> document.getInt() == 1;
					case 0x12 -> document.getLong() == 1L;
					case 0x08 -> document.get() == 1;
					default -> false;
				};
			}
			int skip = switch (type) {
				case 0x01, 0x09, 0x11, 0x12 -> 8;
				case 0x02 -> 4 + document.getInt(document.position());
				case 0x03, 0x04 -> document.getInt(document.position());
				case 0x07 -> 12;
				case 0x08 -> 1;
				case 0x0A -> 0;
				case 0x10 -> 4;
				default -> -1;
			};
			if (skip < 0) {
				return false;
			}
			document.position(document.position() + skip);
		}
		return false;
	}

}
