package fr.pes21.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * The first request of a key claims it before it runs, so two identical requests racing
 * each other cannot both record. Only successful answers are kept: after an error the
 * client may correct its request and retry with the same key. An answer that shows a
 * secret once ({@link #answerShowsSecret}) is never written down: a repeat learns where
 * the first request's result is, not the secret.
 * <p>
 * Across a crash (decision 12): the aggregates a request writes carry its key and the
 * state they had before, in the same document write ({@link PendingRequests}); its answer
 * is recorded in the key's record, conditionally on the request still holding the key.
 * That record decides: an answer recorded means the writes stand and a retry gets the
 * answer; no answer means they are undone (at once when the request fails, by the retry
 * or the sweeper when the service died) and a retry runs the request once more. A key
 * whose request died is taken over by a retry once {@code pes21.idempotency.in-progress-
 * limit} has passed; until then a retry is answered {@code 409} with {@code Retry-After}.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	public static final String HEADER = "Idempotency-Key";

	static final String COLLECTION = IdempotencyRecords.COLLECTION;

	private static final int MAX_KEY_LENGTH = 255;

	private static final String ANSWER_SHOWS_SECRET = IdempotencyFilter.class.getName() + ".answerShowsSecret";

	private final IdempotencyRecords records;

	private final PendingRequests pending;

	private final long maxBodySize;

	IdempotencyFilter(IdempotencyRecords records, PendingRequests pending, long maxBodySize) {
		this.records = records;
		this.pending = pending;
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
		String token = claim(id, requestHash, response);
		if (token == null) {
			return;
		}
		run(id, token, new CachedBodyRequest(request, body), response, chain);
	}

	/**
	 * The token of a new attempt holding the key; or null once the answer is written (the
	 * first answer again, or why not now).
	 */
	private String claim(String id, String requestHash, HttpServletResponse response) throws IOException {
		for (int look = 0; look < 3; look++) {
			String token = this.records.claim(id, requestHash);
			if (token != null) {
				return token;
			}
			Document first = this.records.find(id);
			if (first == null) {
				// released meanwhile: claim again
				continue;
			}
			if (!requestHash.equals(first.getString("requestHash"))) {
				ProblemResponses.write(response, Problems.of(HttpStatus.CONFLICT, "idempotency-key-reused",
						"Idempotency-Key reused", "This Idempotency-Key was already used with a different body."));
				return null;
			}
			if (IdempotencyRecords.DONE.equals(first.getString("state"))) {
				answerFromRecord(first, response);
				return null;
			}
			if (!this.records.isOver(first)) {
				inUse(response, this.records.secondsLeft(first));
				return null;
			}
			// a request that died, or has run beyond its time: this retry takes over
			token = this.records.takeOver(id, first.getString("attempt"), true);
			if (token != null) {
				log.info("Idempotency: a retry takes over a key left in progress beyond its time");
				this.pending.rollBackOthers(id, token);
				return token;
			}
		}
		inUse(response, 1);
		return null;
	}

	private void run(String id, String token, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		Attempt attempt = Attempt.begin(id, token);
		boolean succeeded = false;
		try {
			chain.doFilter(request, recorded);
			succeeded = recorded.getStatus() >= 200 && recorded.getStatus() < 300;
		}
		finally {
			attempt.end();
			if (!succeeded) {
				undo(attempt);
			}
		}
		if (!succeeded) {
			recorded.copyBodyToResponse();
			return;
		}
		if (!this.records.complete(id, token, answer(recorded, request.getAttribute(ANSWER_SHOWS_SECRET) != null))) {
			// Taken over: this request outlived its time, and a retry or the sweeper
			// decided that it did not happen.
			undo(attempt);
			recorded.reset();
			inUse(recorded, 1);
			recorded.copyBodyToResponse();
			return;
		}
		recorded.copyBodyToResponse();
		response.flushBuffer();
		settle(attempt);
	}

	/**
	 * Rolls back the attempt's writes, then frees the key; if a rollback fails (MongoDB
	 * unreachable) the key stays claimed and its time limit hands it to a retry, which
	 * rolls back first.
	 */
	private void undo(Attempt attempt) {
		try {
			for (Attempt.Written written : attempt.written()) {
				this.pending.rollBack(written.collection(), written.id(), attempt.token());
			}
			this.records.release(attempt.key(), attempt.token());
		}
		catch (RuntimeException ex) {
			log.warn("Idempotency: could not undo a failed request's writes now ({}); its key is released "
					+ "when its time is up", ex.toString());
		}
	}

	private void settle(Attempt attempt) {
		try {
			for (Attempt.Written written : attempt.written()) {
				this.pending.settle(written.collection(), written.id(), attempt.token());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Idempotency: could not settle a request's writes now ({}); the sweeper will", ex.toString());
		}
	}

	private static Document answer(ContentCachingResponseWrapper response, boolean showsSecret) {
		Document answer = new Document("status", response.getStatus()).append("location",
				response.getHeader(HttpHeaders.LOCATION));
		if (showsSecret) {
			answer.append("bodyKept", false);
		}
		else {
			answer.append("contentType", response.getContentType())
				.append("body", new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
		}
		return answer;
	}

	private static void inUse(HttpServletResponse response, long retryAfterSeconds) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		ProblemResponses.write(response, Problems.of(HttpStatus.CONFLICT, "idempotency-key-in-use",
				"Request in progress", "A request with this Idempotency-Key is still being processed; retry."));
	}

	private void answerFromRecord(Document first, HttpServletResponse response) throws IOException {
		if (Boolean.FALSE.equals(first.getBoolean("bodyKept"))) {
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
