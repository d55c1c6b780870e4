package nl.kringloop.platform;

import jakarta.enterprise.context.RequestScoped;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Optimistic concurrency for one request (RFC 9110 §13.1.1): the {@code If-Match} the client sent, checked by a
 * service against the current entity tag of the row it has locked for writing, and the entity tag of the resource
 * the answer shows, which {@link ConditionalRequests} sends as {@code ETag}.
 * <p>
 * A write without {@code If-Match} is accepted (last writer wins, as before): the web pages and the clients written
 * before ETags existed send none, and a write is still serialised by the row lock. A client that must not lose an
 * edit sends the ETag it read; docs/api-errors.md says so.
 * <p>
 * Conditional GET of what never changes (RFC 9110 §13.1.2, RFC 8246) is here too: a published version is served
 * with a strong tag and {@link #IMMUTABLE}, and an {@code If-None-Match} naming that tag is answered 304.
 */
@RequestScoped
public class Preconditions {

    /** a year, the longest RFC 9111 asks caches to honour, and "immutable": a reload need not revalidate */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private String ifMatch;
    private String current;

    /** the entity tag of a row kind and its version column, e.g. {@code "passport-7"} */
    public static String tag(String kind, long version) {
        return "\"" + kind + "-" + version + "\"";
    }

    /**
     * The entity tag of a row without a version column (feedback, a person): a digest of the state a write can
     * change, so that any such change gives a new tag.
     */
    public static String tagOfState(String kind, String state) {
        byte[] d = Tokens.sha256(state.getBytes(StandardCharsets.UTF_8));
        return "\"" + kind + "-" + HexFormat.of().formatHex(d, 0, 8) + "\"";
    }

    void ifMatch(String header) {
        this.ifMatch = header == null || header.isBlank() ? null : header.strip();
    }

    /**
     * Refuses the write (412, nothing stored) when the request's If-Match names none of the resource's current
     * tag; the caller holds the row lock, so no other write comes between this check and its own.
     */
    public void check(String currentTag) {
        if (ifMatch == null || "*".equals(ifMatch)) {
            return;
        }
        boolean matches = tags(ifMatch).anyMatch(currentTag::equals);
        if (!matches) {
            throw DomainException.stale("If-Match " + ifMatch + " is not the current version " + currentTag + " of this"
                    + " resource: someone changed it since you read it. Nothing was stored; read it again, merge, and"
                    + " repeat with its ETag");
        }
    }

    /**
     * whether the answer to a GET is 304: its {@code If-None-Match} names the tag (or is "*"); weak comparison, as a GET allows
     * (RFC 9110 §13.1.2)
     */
    public static boolean notModified(String ifNoneMatch, String tag) {
        return ifNoneMatch != null && !ifNoneMatch.isBlank()
                && tags(ifNoneMatch).map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(tag));
    }

    /** the entity tags of an If-Match or If-None-Match list */
    private static Stream<String> tags(String header) {
        return Arrays.stream(header.split(",")).map(String::strip);
    }

    /** the entity tag of the resource this request's answer shows */
    public void current(String tag) {
        this.current = tag;
    }

    String current() {
        return current;
    }
}
