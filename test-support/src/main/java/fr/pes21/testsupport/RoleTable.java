package fr.pes21.testsupport;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may call each writing endpoint of a service, as a table a parameterized test runs
 * for every role (docs/api.md, "Access"): a row names the endpoint, the roles it allows
 * and the answer they get; every other role gets {@code 403}
 * ({@code urn:pes21:problem:forbidden}).
 *
 * @see #rows(List)
 */
public final class RoleTable {

	/** Every role, from the widest to the narrowest. */
	public static final List<String> ROLES = List.of("ADMIN", "STAFF", "VOLUNTEER", "READER");

	/** Who records and withdraws facts: everyone but a READER. */
	public static final Set<String> RECORDERS = Set.of("ADMIN", "STAFF", "VOLUNTEER");

	/** The withdrawal of a whole project or event (docs/api.md, "Access"). */
	public static final Set<String> STAFF_AND_ADMIN = Set.of("ADMIN", "STAFF");

	/**
	 * The webhook subscriptions, the rebuild of the read models, the erasure of personal
	 * data (docs/decisions/0020).
	 */
	public static final Set<String> ADMIN_ONLY = Set.of("ADMIN");

	private RoleTable() {
	}

	/** A {@code POST} answering {@code 201} to the roles allowed. */
	public static <T> Writing<T> created(String name, Set<String> roles,
			Function<T, MockHttpServletRequestBuilder> request) {
		return new Writing<>(name, roles, 201, request);
	}

	/** A {@code DELETE} answering {@code 204} to the roles allowed. */
	public static <T> Writing<T> withdrawn(String name, Set<String> roles,
			Function<T, MockHttpServletRequestBuilder> request) {
		return new Writing<>(name, roles, 204, request);
	}

	/**
	 * Any other writing (a {@code POST} without a body, such as an erasure) answering
	 * {@code 204} to the roles allowed.
	 */
	public static <T> Writing<T> noContent(String name, Set<String> roles,
			Function<T, MockHttpServletRequestBuilder> request) {
		return new Writing<>(name, roles, 204, request);
	}

	/** Every row for every role of {@link #ROLES}: the arguments of the test. */
	public static <T> Stream<Arguments> rows(List<Writing<T>> table) {
		return table.stream().flatMap((row) -> ROLES.stream().map((role) -> Arguments.of(row, role)));
	}

	/** The answer without a token: {@code 401} and its problem. */
	public static ResultMatcher unauthenticated() {
		return (result) -> {
			status().isUnauthorized().match(result);
			jsonPath("$.type").value("urn:pes21:problem:unauthenticated").match(result);
		};
	}

	/** A request with a JSON body. */
	public static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/**
	 * One writing endpoint.
	 *
	 * @param <T> the test that prepares what the request needs (the aggregate it acts on)
	 * @param name what the endpoint does
	 * @param roles the roles allowed
	 * @param success the answer they get
	 * @param request the request, made by the test
	 */
	public record Writing<T>(String name, Set<String> roles, int success,
			Function<T, MockHttpServletRequestBuilder> request) {

		public boolean allows(String role) {
			return this.roles.contains(role);
		}

		/** The endpoint's answer to this role: its success, or a 403 problem. */
		public ResultMatcher expectedFor(String role) {
			if (allows(role)) {
				return status().is(this.success);
			}
			return (result) -> {
				status().isForbidden().match(result);
				jsonPath("$.type").value("urn:pes21:problem:forbidden").match(result);
			};
		}

		@Override
		public String toString() {
			return this.name + " " + new TreeSet<>(this.roles);
		}

	}

}
