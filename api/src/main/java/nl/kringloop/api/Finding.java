package nl.kringloop.api;

import java.util.Objects;

/**
 * A validation or data-quality observation, produced by the host or a plugin rule. Errors are data:
 * a rule never throws for bad input, it returns findings.
 *
 * @param severity how serious it is
 * @param rule     the rule that produced it, as {@link RuleRef#label()} (e.g. {@code "RWS-MKI 4.0 §2.2c"})
 * @param subject  what it is about: a line id, an indicator code, a data row; may be {@code null}
 * @param field    the JSON path of the offending input field (e.g. {@code "lines[6].card"}); may be {@code null}
 * @param message  a sentence for the user
 */
public record Finding(Severity severity, String rule, String subject, String field, String message) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Finding error(RuleRef rule, String subject, String field, String message) {
        return new Finding(Severity.ERROR, rule.label(), subject, field, message);
    }

    public static Finding warning(RuleRef rule, String subject, String field, String message) {
        return new Finding(Severity.WARNING, rule.label(), subject, field, message);
    }

    public static Finding info(RuleRef rule, String subject, String field, String message) {
        return new Finding(Severity.INFO, rule.label(), subject, field, message);
    }
}
