package fr.pes21.platform.problem;

import java.net.URI;

import fr.pes21.base.problem.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the suite's RFC 9457 problem details: one {@code type} URI per kind of problem,
 * from the vocabulary the services share with the gateway ({@link ProblemTypes}).
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, String kind, String title, String detail) {
		return ProblemTypes.problem(status, kind, title, detail);
	}

	public static URI type(String kind) {
		return ProblemTypes.uri(kind);
	}

}
