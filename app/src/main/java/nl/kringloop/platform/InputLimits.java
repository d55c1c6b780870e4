package nl.kringloop.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The limits every request body meets before a resource sees it, so that no input can reach the database or a
 * calculation in a form that fails later (docs/api-errors.md, "Input limits"):
 * <ul>
 *   <li>at most {@code kringloop.limits.maxBodyBytes} bytes (default 48 MiB: a 200,000-line MKI document, the most one may hold, is about 41 MB) — 413;</li>
 *   <li>a charset, when named, is one Java knows — 415 otherwise; a body in another charset than UTF-8 is
 *       handed on as UTF-8; the bytes are valid in their charset — 400 {@code invalid-encoding};</li>
 *   <li>JSON (any {@code application/json} or {@code +json} type): well formed, nested at most {@link #MAX_DEPTH}
 *       levels, each number a literal of at most {@link #MAX_NUMBER_CHARS} characters inside the finite range of a
 *       double (no overflow to infinity, no underflow of a non-zero number to 0), no member name twice in one
 *       object, no string with a lone UTF-16 surrogate or a U+0000 character — 400 naming the field.</li>
 * </ul>
 * and every request line: no U+0000 or lone surrogate in the decoded path or a query parameter — 400 naming the
 * parameter; a path and query of at most {@link #MAX_URI_CHARS} characters — 414 (server.xml lets
 * Liberty read lines up to 256 KB, so that this answer, not the HTTP channel's empty 400, is what a client sees).
 * Checked before the request is matched to a resource; the body is read once here and handed on unchanged.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.ENTITY_CODER)
public class InputLimits implements ContainerRequestFilter {

    public static final int MAX_DEPTH = 64;
    public static final int MAX_URI_CHARS = 16 * 1024;
    public static final int MAX_NUMBER_CHARS = 40;
    static final long DEFAULT_MAX_BODY_BYTES = 48L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "kringloop.limits.maxBodyBytes", defaultValue = "50331648")
    long maxBodyBytes;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        URI requested;
        try {
            requested = request.getUriInfo().getRequestUri();
        } catch (IllegalArgumentException badEscape) {
            throw new ProblemException(Problem.of(400, "bad-request", "Bad request", "The query string holds a"
                    + " character that is not allowed or not properly percent-encoded (RFC 3986 §2.1)"));
        }
        String uri = requested.getRawPath();
        String query = requested.getRawQuery();
        int length = uri.length() + (query == null ? 0 : query.length() + 1);
        if (length > MAX_URI_CHARS) {
            throw new ProblemException(Problem.of(414, "uri-too-long", "URI too long", "The path and query may have"
                    + " at most " + MAX_URI_CHARS + " characters, got " + length + "; send long input in a body"));
        }
        // PostgreSQL text cannot hold U+0000 (a 500 from the driver otherwise), and no name or filter needs it
        request.getUriInfo().getQueryParameters().forEach((name, values) -> {
            checkText(name, name);
            values.forEach(v -> checkText(v, name));
        });
        checkText(request.getUriInfo().getPath(), "path");
        if (!request.hasEntity()) {
            return;
        }
        MediaType type;
        try {
            type = request.getMediaType();
        } catch (RuntimeException malformed) {
            throw unsupported("the Content-Type header is not a media type");
        }
        String charsetName = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        Charset charset = StandardCharsets.UTF_8;
        if (charsetName != null) {
            try {
                charset = Charset.forName(charsetName);
            } catch (RuntimeException unknown) {
                throw unsupported("charset '" + abbreviate(charsetName) + "' is not known: send the body as UTF-8"
                        + " (RFC 8259 §8.1)");
            }
        }
        long limit = maxBodyBytes > 0 ? maxBodyBytes : DEFAULT_MAX_BODY_BYTES;
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        byte[] body = read(request.getEntityStream(), limit, request.getLength());
        boolean text = type != null && (type.getType().equals("text") || isJson(type) || type.getSubtype().endsWith("xml"));
        if (text && !charset.equals(StandardCharsets.UTF_8)) {
            // another charset, named and known: the resources read UTF-8, so the body is handed on as UTF-8
            body = decode(body, charset).getBytes(StandardCharsets.UTF_8);
            request.getHeaders().putSingle("Content-Type", new MediaType(type.getType(), type.getSubtype(),
                    StandardCharsets.UTF_8.name()).toString());
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        if (body.length == 0) {
            return; // no body after all (a GET with a Content-Type): the resource says whether it needs one
        }
        if (type != null && (isJson(type) || type.getType().equals("text")) && !validUtf8(body)) {
            throw invalidEncoding(StandardCharsets.UTF_8);
        }
        if (type != null && isJson(type)) {
            // checked once the resource method is known (JsonBodyLimits): a method that reads the body through
            // limited(…) checks it while it reads, without a second parse of the whole body
            request.setProperty(UNCHECKED_JSON, body);
        }
    }

    /** request property: a JSON body's bytes, valid UTF-8, not yet checked against the JSON limits */
    static final String UNCHECKED_JSON = "nl.kringloop.platform.InputLimits.uncheckedJson";

    static boolean isJson(MediaType t) {
        return t.getSubtype().equals("json") || t.getSubtype().endsWith("+json");
    }

    static String decode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw invalidEncoding(charset);
        }
    }

    private static ProblemException invalidEncoding(Charset charset) {
        return new ProblemException(Problem.of(400, "invalid-encoding", "Invalid encoding",
                "The request body is not valid " + charset.name()).withRule("RFC 8259 §8.1; RFC 3629"));
    }

    /**
     * Strict UTF-8 (RFC 3629 §4) over the bytes, without decoding them: no stray continuation byte, no overlong
     * form, no encoded surrogate, nothing above U+10FFFF, no sequence cut short: refused, never replaced by U+FFFD or '?'.
     */
    static boolean validUtf8(byte[] b) {
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
            } else if (c < 0xC2) {
                return false;
            } else if (c < 0xE0) {
                if (i + 1 >= n || !continuation(b[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (c < 0xF0) {
                if (i + 2 >= n || !continuation(b[i + 1]) || !continuation(b[i + 2])) {
                    return false;
                }
                int c1 = b[i + 1] & 0xff;
                if (c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 >= 0xA0) {
                    return false; // overlong, or a surrogate U+D800–U+DFFF
                }
                i += 3;
            } else if (c < 0xF5) {
                if (i + 3 >= n || !continuation(b[i + 1]) || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
                    return false;
                }
                int c1 = b[i + 1] & 0xff;
                if (c == 0xF0 && c1 < 0x90 || c == 0xF4 && c1 >= 0x90) {
                    return false; // overlong, or above U+10FFFF
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** Checks a JSON text against the limits above without building it; a malformed text is a 400 malformed-json. */
    public static void checkJson(String text) {
        check(Json.createParser(new StringReader(text)));
    }

    /** The same over UTF-8 bytes already known to be valid ({@link #validUtf8}), without a decoded copy. */
    public static void checkJson(byte[] utf8) {
        check(Json.createParserFactory(null).createParser(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8));
    }

    /**
     * One pass over the events. A field's path is built only when a value breaks a limit: building it for every
     * value was most of the cost of this check on a large MKI document.
     */
    private static void check(JsonParser parser) {
        Checker checker = new Checker();
        try (JsonParser p = parser) {
            while (p.hasNext()) {
                checker.event(p.next(), p);
            }
        } catch (JsonParsingException e) {
            throw DomainException.malformedJson(e);
        } catch (JsonException e) {
            throw DomainException.malformedJson("The request body is not valid JSON");
        }
    }

    /**
     * A parser over {@code parser} that checks every event it hands on against the JSON limits above and refuses
     * the first that breaks one with {@link Exceeded} — the problem {@link #checkJson} gives for the same body, so
     * a resource annotated {@link CheckedWhileRead} may read its body through it instead of having it checked first.
     * A syntax error is the parser's {@code JsonParsingException}, as without it.
     */
    public static JsonParser limited(JsonParser parser) {
        return new LimitedParser(parser);
    }

    /** A JSON limit broken while a resource read its body through {@link #limited}: answered as its problem. */
    public static final class Exceeded extends RuntimeException {
        /** @param refusal what the check throws for the same body: the cause, which ProblemMapper answers */
        Exceeded(RuntimeException refusal) {
            super(refusal.getMessage(), refusal, false, false);
        }

        /** @return the problem the answer is: the same as the check gives */
        public Problem problem() {
            return ProblemMapper.classify(getCause());
        }
    }

    /** The limits over a stream of events: one frame per open object or array. */
    static final class Checker {
        private final Deque<Frame> stack = new ArrayDeque<>();

        void event(JsonParser.Event e, JsonParser p) {
            Frame top = stack.peek();
            switch (e) {
                case START_OBJECT, START_ARRAY -> {
                    if (stack.size() >= MAX_DEPTH) {
                        throw new ProblemException(Problem.of(400, "too-deep", "Nested too deeply",
                                "JSON may be nested at most " + MAX_DEPTH + " levels").withField(child(top))
                                .withRule("Kringloop input limit: depth " + MAX_DEPTH));
                    }
                    stack.push(new Frame(top, e == JsonParser.Event.START_ARRAY));
                }
                case END_OBJECT, END_ARRAY -> {
                    stack.pop();
                    if (!stack.isEmpty()) {
                        stack.peek().next();
                    }
                }
                case KEY_NAME -> {
                    String name = p.getString();
                    if (!storable(name)) {
                        checkText(name, top.path());
                    }
                    if (!top.addKey(name)) {
                        throw DomainException.invalid(JsonInput.path(top.path(), name),
                                JsonInput.path(top.path(), name) + ": the member is given twice");
                    }
                    top.key = name;
                }
                case VALUE_STRING -> {
                    String value = p.getString();
                    if (!storable(value)) {
                        checkText(value, child(top));
                    }
                    advance(top);
                }
                case VALUE_NUMBER -> {
                    String literal = p.getString();
                    if (!fits(literal)) {
                        checkNumber(literal, child(top));
                    }
                    advance(top);
                }
                default -> advance(top);
            }
        }
    }

    private static String child(Frame top) {
        return top == null ? "" : top.child();
    }

    private static void advance(Frame top) {
        if (top != null) {
            top.next();
        }
    }

    /** what {@link #checkNumber} accepts, without naming a field */
    private static boolean fits(String literal) {
        if (literal.length() > MAX_NUMBER_CHARS) {
            return false;
        }
        double d = Double.parseDouble(literal);
        return !Double.isInfinite(d) && (d != 0 || new BigDecimal(literal).signum() == 0);
    }

    /** A number the server can hold as a double and render back: finite, and not a non-zero that becomes 0. */
    static void checkNumber(String literal, String field) {
        if (literal.length() > MAX_NUMBER_CHARS) {
            throw DomainException.invalid(field, field + ": a number of at most " + MAX_NUMBER_CHARS
                    + " characters, got " + literal.length());
        }
        double d = Double.parseDouble(literal);
        if (Double.isInfinite(d) || (d == 0 && new BigDecimal(literal).signum() != 0)) {
            throw DomainException.invalid(field, field + ": the number " + literal
                    + " is outside the range of a double (about ±1.8e308, non-zero magnitudes from 4.9e-324)");
        }
    }

    /** what {@link #checkText} accepts, without naming a field: no U+0000 and no surrogate at all (the common case) */
    private static boolean storable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0 || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Text the database can store as given: no lone surrogate (it would become '?'), no U+0000. */
    public static void checkText(String s, String field) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                throw DomainException.invalid(field, field + ": the character U+0000 is not allowed in text");
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw DomainException.invalid(field, field + ": a lone UTF-16 surrogate (\\u"
                        + Integer.toHexString(c) + ") is not a character");
            }
        }
    }

    /**
     * @param declared the Content-Length, or -1: with it the body is read into one array of its size (a growing
     *                 buffer copied a 20 MB body several times), and a body longer than declared is still read whole
     */
    static byte[] read(InputStream in, long limit, int declared) throws IOException {
        if (declared >= 0) {
            byte[] body = new byte[declared];
            int got = in.readNBytes(body, 0, declared);
            if (got < declared) {
                return Arrays.copyOf(body, got);
            }
            int next = in.read();
            if (next == -1) {
                return body;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 8192);
            out.write(body);
            out.write(next);
            return rest(in, limit, out, body.length + 1L);
        }
        return rest(in, limit, new ByteArrayOutputStream(), 0);
    }

    private static byte[] rest(InputStream in, long limit, ByteArrayOutputStream out, long read) throws IOException {
        if (read > limit) {
            throw tooLarge(limit);
        }
        byte[] buf = new byte[8192];
        long total = read;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > limit) {
                throw tooLarge(limit);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static ProblemException tooLarge(long limit) {
        return new ProblemException(Problem.of(413, "too-large", "Request body too large",
                "The request body may have at most " + limit + " bytes (kringloop.limits.maxBodyBytes)"));
    }

    private static ProblemException unsupported(String detail) {
        return new ProblemException(Problem.of(415, "unsupported-media-type", "Unsupported media type", detail));
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /**
     * One open object or array: its place in its parent (the path is built from it only when needed), the next
     * index or member name, the member names seen.
     */
    private static final class Frame {
        final Frame parent;
        final String nameInParent;
        final int indexInParent;
        final boolean array;
        /** the member names so far: a short array first (most objects have a few), a set beyond it */
        private String[] names;
        private int nameCount;
        private Set<String> keys;
        int index;
        String key;

        Frame(Frame parent, boolean array) {
            this.parent = parent;
            this.nameInParent = parent == null || parent.array ? null : parent.key;
            this.indexInParent = parent == null ? -1 : parent.index;
            this.array = array;
        }

        String path() {
            if (parent == null) {
                return "";
            }
            return parent.array ? JsonInput.index(parent.path(), indexInParent)
                    : JsonInput.path(parent.path(), nameInParent);
        }

        String child() {
            return array ? JsonInput.index(path(), index) : JsonInput.path(path(), key);
        }

        /** @return false when the object has the member already */
        boolean addKey(String name) {
            if (keys != null) {
                return keys.add(name);
            }
            if (names == null) {
                names = new String[8];
            }
            for (int i = 0; i < nameCount; i++) {
                if (names[i].equals(name)) {
                    return false;
                }
            }
            if (nameCount == names.length) {
                keys = new HashSet<>(Arrays.asList(names));
                names = null;
                return keys.add(name);
            }
            names[nameCount++] = name;
            return true;
        }

        void next() {
            if (array) {
                index++;
            }
        }
    }
}
