package fr.pes21.platform.apidocs;

import java.lang.reflect.ParameterizedType;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.pes21.platform.security.SecurityConfiguration;
import fr.pes21.platform.web.Created;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * Completes each operation with what follows from the suite's conventions rather than
 * from the operation itself:
 * <ul>
 * <li>the roles it needs ({@code x-roles} and a line of its description): the platform's
 * rule (anyone signed in reads, everyone but READER records) narrowed by the controller's
 * {@code @PreAuthorize("hasRole(..)")} or {@code hasAnyRole(..)};</li>
 * <li>the {@code Idempotency-Key} header on every {@code POST};</li>
 * <li>{@code 201} with {@code Location} for a {@code POST} answering a
 * {@code ResponseEntity} (springdoc would say 200);</li>
 * <li>the problem answers it can give: 400 when it takes input other than ids in its path
 * (every {@code POST} takes the Idempotency-Key header), 401 always, 403 when its roles
 * are not everyone's, 404 with an id in its path, 409 for a {@code POST} or
 * {@code DELETE}, 413 with a body, 422 for a {@code POST} or {@code DELETE} on something
 * identified in its path. A service declares any other ({@code @ApiResponse}, e.g. 422 on
 * a creation a rule may refuse, or a 409 of its own): its description is kept and its
 * content becomes a problem.</li>
 * </ul>
 */
class ApiOperations implements GlobalOperationCustomizer {

	/**
	 * The roles an operation needs, in the order of {@link SecurityConfiguration#ROLES}.
	 */
	static final String ROLES_EXTENSION = "x-roles";

	private static final Pattern ROLE_CHECK = Pattern.compile("\\s*has(?:Any)?Role\\((.*)\\)\\s*");

	private static final Set<Class<?>> FRAMEWORK_PARAMETERS = Set.of(Authentication.class, Principal.class,
			ServletRequest.class, ServletResponse.class);

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		RequestMethod method = httpMethod(handler);
		List<String> roles = roles(handler, method);
		operation.addExtension(ROLES_EXTENSION, roles);
		String rolesLine = "**Roles:** " + String.join(", ", roles) + ".";
		operation.setDescription(
				(operation.getDescription() == null) ? rolesLine : operation.getDescription() + "\n\n" + rolesLine);
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		if (method == RequestMethod.POST) {
			operation
				.addParametersItem(new Parameter().$ref("#/components/parameters/" + ApiDocumentation.IDEMPOTENCY_KEY));
			created(operation.getResponses(), handler);
		}
		boolean writes = method == RequestMethod.POST || method == RequestMethod.DELETE;
		boolean body = parameters(handler).anyMatch((parameter) -> parameter.hasParameterAnnotation(RequestBody.class));
		boolean idInPath = parameters(handler).anyMatch(ApiOperations::isIdInPath);
		boolean otherInput = parameters(handler)
			.anyMatch((parameter) -> !isIdInPath(parameter) && !isFramework(parameter));
		problem(operation, ProblemAnswers.VALIDATION_FAILED, method == RequestMethod.POST || otherInput);
		problem(operation, ProblemAnswers.UNAUTHENTICATED, true);
		problem(operation, ProblemAnswers.FORBIDDEN, !roles.equals(SecurityConfiguration.ROLES));
		problem(operation, ProblemAnswers.NOT_FOUND, idInPath);
		problem(operation, ProblemAnswers.CONFLICT, writes);
		problem(operation, ProblemAnswers.PAYLOAD_TOO_LARGE, body);
		problem(operation, ProblemAnswers.REFUSED_BY_A_RULE, writes && idInPath);
		operation.getResponses().forEach((status, response) -> {
			if (status.startsWith("4") && response.get$ref() == null) {
				response.setContent(ApiDocumentation.problemContent());
			}
		});
		return operation;
	}

	/** The roles: the platform's rule for the method, narrowed by @PreAuthorize. */
	static List<String> roles(HandlerMethod handler, RequestMethod method) {
		List<String> roles = (method == RequestMethod.GET || method == RequestMethod.HEAD) ? SecurityConfiguration.ROLES
				: SecurityConfiguration.RECORDING_ROLES;
		PreAuthorize check = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		if (check == null) {
			check = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		if (check == null) {
			return roles;
		}
		Matcher matcher = ROLE_CHECK.matcher(check.value());
		if (!matcher.matches()) {
			throw new IllegalStateException("The API documentation cannot tell the roles of " + handler
					+ ": write its @PreAuthorize as hasRole('..') or hasAnyRole('..', '..'), not " + check.value());
		}
		List<String> allowed = Arrays.stream(matcher.group(1).split(","))
			.map((role) -> role.strip().replace("'", "").replace("\"", ""))
			.toList();
		return roles.stream().filter(allowed::contains).toList();
	}

	private static void created(ApiResponses responses, HandlerMethod handler) {
		boolean otherSuccess = responses.keySet()
			.stream()
			.anyMatch((status) -> status.startsWith("2") && !status.equals("200"));
		ApiResponse ok = responses.get("200");
		if (ok == null && !otherSuccess && answersCreated(handler)) {
			// a POST that declares only its refusals: springdoc adds no success at all
			ok = new ApiResponse().content(new Content().addMediaType(MediaType.APPLICATION_JSON_VALUE,
					new io.swagger.v3.oas.models.media.MediaType()
						.schema(new Schema<>().$ref("#/components/schemas/" + Created.class.getSimpleName()))));
		}
		if (ok == null) {
			return;
		}
		if (otherSuccess) {
			// declared by the service: the 200 springdoc added beside it never happens
			responses.remove("200");
			return;
		}
		if (ResponseEntity.class.isAssignableFrom(handler.getMethod().getReturnType())) {
			responses.remove("200");
			ok.setDescription("Recorded: its id in the body, its URL in `Location`.");
			ok.addHeaderObject(ApiDocumentation.LOCATION,
					new Header().$ref("#/components/headers/" + ApiDocumentation.LOCATION));
			responses.addApiResponse("201", ok);
		}
	}

	/** Whether the handler answers {@code ResponseEntity<Created>}. */
	private static boolean answersCreated(HandlerMethod handler) {
		return handler.getMethod().getGenericReturnType() instanceof ParameterizedType type
				&& ResponseEntity.class.equals(type.getRawType())
				&& Created.class.equals(type.getActualTypeArguments()[0]);
	}

	private static void problem(Operation operation, ProblemAnswers answer, boolean applies) {
		String status = String.valueOf(answer.status());
		if (applies && !operation.getResponses().containsKey(status)) {
			operation.getResponses().addApiResponse(status, answer.reference());
		}
	}

	private static RequestMethod httpMethod(HandlerMethod handler) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		return (mapping != null && mapping.method().length > 0) ? mapping.method()[0] : RequestMethod.GET;
	}

	private static java.util.stream.Stream<MethodParameter> parameters(HandlerMethod handler) {
		return Arrays.stream(handler.getMethodParameters());
	}

	private static boolean isIdInPath(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(PathVariable.class) && parameter.getParameterType() == String.class;
	}

	private static boolean isFramework(MethodParameter parameter) {
		return FRAMEWORK_PARAMETERS.stream().anyMatch((type) -> type.isAssignableFrom(parameter.getParameterType()));
	}

}
