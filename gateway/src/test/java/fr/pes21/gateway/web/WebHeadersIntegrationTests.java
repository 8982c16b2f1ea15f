package fr.pes21.gateway.web;

import java.util.regex.Pattern;

import fr.pes21.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class WebHeadersIntegrationTests extends GatewayIntegrationTest {

	/** A script or style written in the page itself, which the policy forbids. */
	private static final Pattern INLINE = Pattern
		.compile("<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle=|\\son[a-z]+=");

	@Test
	void givesEveryPageAContentSecurityPolicyThatLoadsOnlyWhatTheGatewayServes() {
		for (String page : new String[] { "/", "/swagger-ui/index.html" }) {
			this.client.get()
				.uri(page)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.value("Content-Security-Policy",
						(policy) -> assertThat(policy).startsWith("default-src 'self';")
							.contains("frame-ancestors 'none'", "object-src 'none'")
							.doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:"))
				.expectHeader()
				.valueEquals("X-Content-Type-Options", "nosniff")
				.expectHeader()
				.valueEquals("Referrer-Policy", "no-referrer")
				.expectHeader()
				.valueEquals("X-Frame-Options", "DENY")
				.expectHeader()
				.exists("Permissions-Policy");
		}
	}

	@Test
	void servesPagesWhoseScriptsAndStylesAreFilesThePolicyAllows() {
		for (String page : new String[] { "/", "/swagger-ui/index.html" }) {
			String html = this.client.get()
				.uri(page)
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();

			assertThat(INLINE.matcher(html).find()).as("an inline script, style or handler in %s", page).isFalse();
		}
	}

	@Test
	void asksForHttpsOnlyOfClientsThatCameOverHttps() {
		this.client.get().uri("/").exchange().expectHeader().doesNotExist("Strict-Transport-Security");
		this.client.get()
			.uri("/")
			.header("X-Forwarded-Proto", "https")
			.exchange()
			.expectHeader()
			.valueEquals("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
	}

	@Test
	void putsTheHeadersOnTheApisAnswersToo() {
		this.client.get()
			.uri("/api/accounts/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.exists("Content-Security-Policy");
	}

}
