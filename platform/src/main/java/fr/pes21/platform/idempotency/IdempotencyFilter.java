package fr.pes21.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;

import fr.pes21.platform.problem.PayloadTooLarge;
import fr.pes21.platform.problem.ProblemResponses;
import fr.pes21.platform.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on a {@code POST} that records something: the same key with the
 * same body answers the first answer again and records nothing new; the same key with
 * another body is a {@code 409}. Keys belong to the user and the path they were used on.
 * The first request of a key reserves it before it runs, so two identical requests racing
 * each other cannot both record. Only successful answers are kept: after an error the
 * client may correct its request and retry with the same key. An answer that shows a
 * secret once ({@link #answerShowsSecret}) is never written down: a repeat learns where
 * the first request's result is, not the secret.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

	public static final String HEADER = "Idempotency-Key";

	static final String COLLECTION = "idempotency_keys";

	private static final int MAX_KEY_LENGTH = 255;

	private static final String ANSWER_SHOWS_SECRET = IdempotencyFilter.class.getName() + ".answerShowsSecret";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final long maxBodySize;

	public IdempotencyFilter(MongoTemplate mongo, Clock clock, long maxBodySize) {
		this.mongo = mongo;
		this.clock = clock;
		this.maxBodySize = maxBodySize;
	}

	/**
	 * Marks the answer to this request as showing a secret, which the idempotency record
	 * must not keep (a controller calls it before answering).
	 */
	public static void answerShowsSecret(HttpServletRequest request) {
		request.setAttribute(ANSWER_SHOWS_SECRET, Boolean.TRUE);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
			ProblemResponses.write(response, Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
					"Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters."));
			return;
		}
		byte[] body;
		try {
			body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBodySize + 1));
			if (body.length > this.maxBodySize) {
				throw new PayloadTooLarge(this.maxBodySize);
			}
		}
		catch (PayloadTooLarge ex) {
			ProblemResponses.write(response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
					"Request too large", ex.getMessage()));
			return;
		}
		String id = scope(request) + " " + key;
		String requestHash = sha256(body);
		if (!reserve(id, requestHash)) {
			answerFromRecord(id, requestHash, response);
			return;
		}
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(new CachedBodyRequest(request, body), recorded);
			if (recorded.getStatus() >= 200 && recorded.getStatus() < 300) {
				keep(id, recorded, request.getAttribute(ANSWER_SHOWS_SECRET) != null);
				kept = true;
			}
		}
		finally {
			if (!kept) {
				this.mongo.remove(byId(id), COLLECTION);
			}
			recorded.copyBodyToResponse();
		}
	}

	private boolean reserve(String id, String requestHash) {
		try {
			this.mongo.insert(new Document("_id", id).append("requestHash", requestHash)
				.append("state", "IN_PROGRESS")
				.append("createdAt", Date.from(this.clock.instant())), COLLECTION);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private void keep(String id, ContentCachingResponseWrapper response, boolean showsSecret) {
		Document answer = new Document("state", "DONE").append("status", response.getStatus())
			.append("location", response.getHeader(HttpHeaders.LOCATION));
		if (showsSecret) {
			answer.append("bodyKept", false);
		}
		else {
			answer.append("contentType", response.getContentType())
				.append("body", new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
		}
		this.mongo.getCollection(COLLECTION).updateOne(new Document("_id", id), new Document("$set", answer));
	}

	private void answerFromRecord(String id, String requestHash, HttpServletResponse response) throws IOException {
		Document first = this.mongo.findOne(byId(id), Document.class, COLLECTION);
		if (first == null) {
			// The first request failed and released its key in the meantime: the client
			// should simply retry.
			ProblemResponses.write(response, Problems.of(HttpStatus.CONFLICT, "idempotency-key-in-use",
					"Request in progress", "A request with this Idempotency-Key was just being processed; retry."));
		}
		else if (!requestHash.equals(first.getString("requestHash"))) {
			ProblemResponses.write(response, Problems.of(HttpStatus.CONFLICT, "idempotency-key-reused",
					"Idempotency-Key reused", "This Idempotency-Key was already used with a different body."));
		}
		else if (!"DONE".equals(first.getString("state"))) {
			ProblemResponses.write(response, Problems.of(HttpStatus.CONFLICT, "idempotency-key-in-use",
					"Request in progress", "A request with this Idempotency-Key is still being processed; retry."));
		}
		else if (Boolean.FALSE.equals(first.getBoolean("bodyKept"))) {
			if (first.getString("location") != null) {
				response.setHeader(HttpHeaders.LOCATION, first.getString("location"));
			}
			ProblemResponses.write(response,
					Problems.of(HttpStatus.CONFLICT, "idempotency-answer-not-kept", "Already done",
							"The request with this Idempotency-Key succeeded (see Location); "
									+ "its answer showed a secret once and was not kept."));
		}
		else {
			response.setStatus(first.getInteger("status"));
			if (first.getString("location") != null) {
				response.setHeader(HttpHeaders.LOCATION, first.getString("location"));
			}
			if (first.getString("contentType") != null) {
				response.setContentType(first.getString("contentType"));
			}
			response.setHeader("Idempotent-Replayed", "true");
			response.getOutputStream().write(first.getString("body").getBytes(StandardCharsets.UTF_8));
		}
	}

	private static String scope(HttpServletRequest request) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		String who = (user != null) ? user.getName() : "anonymous";
		return who + " " + request.getMethod() + " " + request.getRequestURI();
	}

	private static Query byId(String id) {
		return Query.query(Criteria.where("_id").is(id));
	}

	private static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Hands the already-read body to the rest of the chain. */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}
			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
