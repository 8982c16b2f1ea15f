package fr.pes21.testsupport;

import java.io.UnsupportedEncodingException;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A service's API as its tests call it, through its {@link MockMvc}, as one user: JSON
 * bodies, the user's bearer token on every request, the {@code Idempotency-Key} when a
 * test gives one. Every call answers MockMvc's {@link ResultActions}, so tests keep
 * asserting with {@code andExpect(..)}; {@link #record} and {@link #idOf} read the
 * {@code id} of what was recorded. <pre>{@code
 * ApiClient staff = ApiClient.of(this.mvc, TestTokens.bearer("alice", "STAFF"));
 * String project = staff.record("/api/accompaniment/projects", body);
 * staff.withdraw("/api/accompaniment/projects/" + project).andExpect(status().isNoContent());
 * staff.as(READER).get("/api/accompaniment/projects/" + project).andExpect(status().isNotFound());
 * }</pre>
 */
public final class ApiClient {

	/** The header that makes a {@code POST} safe to repeat (docs/decisions/0012). */
	public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final MockMvc mvc;

	private final String authorization;

	private ApiClient(MockMvc mvc, String authorization) {
		this.mvc = mvc;
		this.authorization = authorization;
	}

	/**
	 * @param authorization the {@code Authorization} header of every request (e.g.
	 * {@link TestTokens#bearer}), or {@code null} for none
	 */
	public static ApiClient of(MockMvc mvc, String authorization) {
		return new ApiClient(mvc, authorization);
	}

	/** The same API as another user ({@code null}: without a token). */
	public ApiClient as(String authorization) {
		return new ApiClient(this.mvc, authorization);
	}

	public ResultActions get(String path) throws Exception {
		return perform(MockMvcRequestBuilders.get(path));
	}

	/** {@code POST} of a JSON body. */
	public ResultActions post(String path, String body) throws Exception {
		return perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	/** {@code POST} of a JSON body with an {@code Idempotency-Key}. */
	public ResultActions post(String path, String body, String idempotencyKey) throws Exception {
		return perform(MockMvcRequestBuilders.post(path)
			.header(IDEMPOTENCY_KEY, idempotencyKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/** {@code DELETE}: withdraws the fact at {@code path}. */
	public ResultActions withdraw(String path) throws Exception {
		return perform(MockMvcRequestBuilders.delete(path));
	}

	/** Records a fact that must be accepted ({@code 201}) and answers its id. */
	public String record(String path, String body) throws Exception {
		return idOf(post(path, body).andExpect(status().isCreated()).andReturn());
	}

	/** Any other request, with this user's token added. */
	public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		if (this.authorization != null) {
			request.header(HttpHeaders.AUTHORIZATION, this.authorization);
		}
		return this.mvc.perform(request);
	}

	/** The {@code id} of the JSON answered. */
	public static String idOf(MvcResult result) throws UnsupportedEncodingException {
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

}
