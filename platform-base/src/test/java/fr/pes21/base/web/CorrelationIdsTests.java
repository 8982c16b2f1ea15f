package fr.pes21.base.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdsTests {

	@Test
	void keepsAPlainTokenUpTo128Characters() {
		assertThat(CorrelationIds.accept("front-42")).isEqualTo("front-42");
		assertThat(CorrelationIds.accept("trace:4bf92f3577b34da6a3ce929d0e0e4736")).startsWith("trace:");
		assertThat(CorrelationIds.accept("x".repeat(128))).hasSize(128);
	}

	@Test
	void replacesAnIdUnfitForHeadersAndLogsWithANewOne() {
		for (String unfit : new String[] { null, "", "x".repeat(129), "a b", "line\nbreak", "é" }) {
			String accepted = CorrelationIds.accept(unfit);

			assertThat(UUID.fromString(accepted)).isNotNull();
			assertThat(CorrelationIds.acceptable(accepted)).isTrue();
		}
	}

}
