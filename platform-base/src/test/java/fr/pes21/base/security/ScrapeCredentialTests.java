package fr.pes21.base.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScrapeCredentialTests {

	private final ScrapeCredential credential = new ScrapeCredential("s3cr3t-scrape-token");

	@Test
	void acceptsOnlyTheBearerTokenItWasGiven() {
		assertThat(this.credential.accepts("Bearer s3cr3t-scrape-token")).isTrue();
		assertThat(this.credential.accepts("bearer s3cr3t-scrape-token")).isTrue();
		assertThat(this.credential.accepts("Bearer s3cr3t-scrape-tokem")).isFalse();
		assertThat(this.credential.accepts("Basic czNjcjN0")).isFalse();
		assertThat(this.credential.accepts("Bearer")).isFalse();
		assertThat(this.credential.accepts(null)).isFalse();
	}

	@Test
	void acceptsNobodyWithoutAToken() {
		ScrapeCredential none = new ScrapeCredential("");

		assertThat(none.configured()).isFalse();
		assertThat(none.accepts("Bearer ")).isFalse();
		assertThat(none.accepts("Bearer null")).isFalse();
	}

}
