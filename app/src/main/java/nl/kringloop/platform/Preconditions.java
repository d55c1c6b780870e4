package nl.kringloop.platform;

import jakarta.enterprise.context.RequestScoped;

import java.util.Arrays;

/**
 * Optimistic concurrency for one request (RFC 9110 §13.1.1): the {@code If-Match} the client sent, checked by a
 * service against the current entity tag of the row it has locked for writing, and the entity tag of the resource
 * the answer shows, which {@link ConditionalRequests} sends as {@code ETag}.
 * <p>
 * A write without {@code If-Match} is accepted (last writer wins, as before): the web pages and the clients written
 * before ETags existed send none, and a write is still serialised by the row lock. A client that must not lose an
 * edit sends the ETag it read; docs/api-errors.md says so.
 */
@RequestScoped
public class Preconditions {

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
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(state.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "\"" + kind + "-" + java.util.HexFormat.of().formatHex(d, 0, 8) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required algorithm of every Java platform", e);
        }
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
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::strip).anyMatch(currentTag::equals);
        if (!matches) {
            throw new ProblemException(Problem.of(412, "precondition-failed", "Precondition failed", "If-Match "
                    + ifMatch + " is not the current version " + currentTag + " of this resource: someone changed"
                    + " it since you read it. Nothing was stored; read it again, merge, and repeat with its ETag"));
        }
    }

    /** the entity tag of the resource this request's answer shows */
    public void current(String tag) {
        this.current = tag;
    }

    String current() {
        return current;
    }
}
