package fr.pes21.dla.webhook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A URL that {@link WebhookTargets} accepts as a webhook receiver; a refused one is a
 * {@code 400} problem naming the field and the reason.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptableTarget.Validator.class)
@interface AcceptableTarget {

	String message() default "is not an acceptable webhook receiver";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Built by Spring, which hands it the configured guard. */
	class Validator implements ConstraintValidator<AcceptableTarget, String> {

		private final WebhookTargets targets;

		Validator(WebhookTargets targets) {
			this.targets = targets;
		}

		@Override
		public boolean isValid(String url, ConstraintValidatorContext context) {
			if (url == null || url.isBlank()) {
				// @NotBlank says it
				return true;
			}
			Optional<String> refusal = this.targets.refusal(url.strip());
			if (refusal.isEmpty()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			// the reason is one of the guard's fixed sentences: nothing of the URL is
			// interpolated
			context.buildConstraintViolationWithTemplate(refusal.get()).addConstraintViolation();
			return false;
		}

	}

}
