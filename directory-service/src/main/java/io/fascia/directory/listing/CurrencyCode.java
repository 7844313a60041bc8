package io.fascia.directory.listing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A price's currency: a code ISO 4217 assigns (USD, EUR, CAD), not just any three letters. */
@Documented
@Constraint(validatedBy = CurrencyCode.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CurrencyCode {

    String message() default "must be an ISO 4217 currency code such as 'USD'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * The codes the JDK knows from ISO 4217, less those that are not money a session is paid in
     * (precious metals, bond units, drawing rights, the testing and "no currency" codes); null is
     * left to {@code @NotNull}.
     */
    class Check implements ConstraintValidator<CurrencyCode, String> {

        private static final Set<String> NOT_MONEY = Set.of("XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT",
                "XSU", "XTS", "XUA", "XXX");
        static final Set<String> CODES = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
                .filter(code -> !NOT_MONEY.contains(code)).collect(Collectors.toUnmodifiableSet());

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CODES.contains(value);
        }
    }
}
