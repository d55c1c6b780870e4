package nl.kringloop.passport;

import java.util.Arrays;

/**
 * Conditional GET of what never changes (RFC 9110 §13.1.2, RFC 8246): a published version's representation is
 * served with a strong entity tag and {@code Cache-Control: immutable}, and an {@code If-None-Match} naming that tag
 * is answered 304 without a body.
 */
final class ConditionalGet {

    /** a year, the longest RFC 9111 asks caches to honour, and "immutable": a reload need not revalidate */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private ConditionalGet() {
    }

    /** whether the request's If-None-Match names the tag (or is "*"); weak comparison, as GET allows */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(tag));
    }
}
