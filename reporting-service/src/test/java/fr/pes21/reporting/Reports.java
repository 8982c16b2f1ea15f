package fr.pes21.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.pes21.testsupport.TestTokens;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the yearly report through the API, as a reader of the report does. */
public final class Reports {

	private static final String READER = TestTokens.bearer("ana", "READER");

	private static final JsonMapper json = JsonMapper.builder().build();

	private Reports() {
	}

	/** The body of {@code GET /api/reports/years/{year}}. */
	public static Map<String, Object> of(MockMvcTester mvc, int year) {
		MvcTestResult result = mvc.get()
			.uri("/api/reports/years/{year}", year)
			.header(HttpHeaders.AUTHORIZATION, READER)
			.exchange();
		assertThat(result).hasStatusOk();
		return json.readValue(result.getResponse().getContentAsByteArray(), new TypeReference<>() {
		});
	}

	/** Every indicator of the year's report, in report order. */
	public static Map<String, Long> indicators(MockMvcTester mvc, int year) {
		Map<String, Long> indicators = new LinkedHashMap<>();
		((Map<?, ?>) of(mvc, year).get("indicators"))
			.forEach((key, value) -> indicators.put((String) key, ((Number) value).longValue()));
		return indicators;
	}

	/**
	 * The indicators of one context ({@code dla}, {@code territory}, {@code events}...)
	 * in the year's report, in report order.
	 */
	public static Map<String, Long> indicators(MockMvcTester mvc, int year, String context) {
		return ofContext(indicators(mvc, year), context);
	}

	/** The indicators of one context among {@code indicators}, in their order. */
	public static Map<String, Long> ofContext(Map<String, Long> indicators, String context) {
		Map<String, Long> ofContext = new LinkedHashMap<>();
		indicators.forEach((key, value) -> {
			if (key.startsWith(context + ".")) {
				ofContext.put(key, value);
			}
		});
		return ofContext;
	}

}
