package org.diktyo.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date within {@link PlausibleDates}' range; a missing date is the business of {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    String message() default PlausibleDates.KEY;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator of the constraint. */
    class Check implements ConstraintValidator<PlausibleDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return PlausibleDates.within(date);
        }
    }
}
