package fr.pes21.base.startup;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class StartupRefusalFailureAnalyzerTests {

	@Test
	void explainsARefusalInOneLineWithWhatToSet() {
		var cause = new StartupRefusal("PES21_ADMIN_PASSWORD is not set: ...",
				"Set the environment variable PES21_ADMIN_PASSWORD.");

		FailureAnalysis analysis = new StartupRefusalFailureAnalyzer()
			.analyze(new IllegalStateException("bean creation failed", cause));

		assertThat(analysis.getDescription()).isEqualTo("PES21_ADMIN_PASSWORD is not set: ...").doesNotContain("\n");
		assertThat(analysis.getAction()).contains("PES21_ADMIN_PASSWORD");
	}

}
