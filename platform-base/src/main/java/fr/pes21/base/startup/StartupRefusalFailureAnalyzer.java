package fr.pes21.base.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Registered in {@code META-INF/spring.factories}: what to set, not a stack trace. */
public class StartupRefusalFailureAnalyzer extends AbstractFailureAnalyzer<StartupRefusal> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupRefusal cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
