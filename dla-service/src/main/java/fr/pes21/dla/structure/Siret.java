package fr.pes21.dla.structure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A SIRET number (the establishment's number in the French business register): 14 digits
 * whose Luhn checksum is right, except La Poste's establishments (SIREN 356000000) whose
 * digits add up to a multiple of 5. {@code null} is valid (the SIRET is optional).
 */
@Documented
@Constraint(validatedBy = Siret.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface Siret {

	String message() default "must be a SIRET: 14 digits with a valid check digit";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a SIRET's digits. */
	class Validator implements ConstraintValidator<Siret, String> {

		private static final String LA_POSTE_SIREN = "356000000";

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || isSiret(value);
		}

		static boolean isSiret(String value) {
			if (!value.matches("[0-9]{14}")) {
				return false;
			}
			if (value.startsWith(LA_POSTE_SIREN)) {
				return value.chars().map((digit) -> digit - '0').sum() % 5 == 0;
			}
			int sum = 0;
			for (int i = 0; i < 14; i++) {
				int digit = value.charAt(i) - '0';
				if (i % 2 == 0) {
					digit *= 2;
					digit = (digit > 9) ? digit - 9 : digit;
				}
				sum += digit;
			}
			return sum % 10 == 0;
		}

	}

}
