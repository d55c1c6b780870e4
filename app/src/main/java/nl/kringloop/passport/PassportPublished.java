package nl.kringloop.passport;

import java.time.Instant;

/**
 * Fired synchronously inside the publishing transaction, after version n is stored: an observer that fails rolls the
 * publication back, so whatever it derives from the version exists exactly when the version does.
 *
 * @param prepared the validated document with its guideline version and reference lists
 * @param derived  what the register derived from it (the same figures the passport view shows)
 */
public record PassportPublished(String passportId, int version, String organisationId, String sha256,
                                Instant publishedAt, PassportService.Prepared prepared,
                                PassportDerivation.Result derived) {
}
