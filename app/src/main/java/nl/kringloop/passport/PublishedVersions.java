package nl.kringloop.passport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import nl.kringloop.platform.JsonbSettings;
import nl.kringloop.platform.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Published passport versions rendered once as the bytes of their JSON, with a strong entity tag over those bytes.
 * A published version never changes (a published version is immutable and hashed: docs/passport-register.md), and its representation at
 * {@code /api/passports/{id}/versions/{n}} holds only what the version fixes, so the bytes can be served to every
 * reader and every conditional GET answered from memory. Bounded: the least recently read go first.
 * <p>
 * The public view of a passport ({@code GET /api/passports/{id}}: its newest published version) is kept the same way
 * under the passport's row version, which every change of the passport increases: a rendering is never served for
 * a state it was not made from, and a stale one is simply not asked for again.
 */
@ApplicationScoped
public class PublishedVersions {

    /** the versions and passports a register serves most; 2.5–20 KB each, so at most some 80 MB */
    static final int CAPACITY = 4_000;

    /** The rendered version: its JSON and its entity tag. */
    public record Rendered(byte[] json, String entityTag) {
    }

    private static final Jsonb JSON = JsonbSettings.JSONB;

    private final Map<String, Rendered> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * the version, rendered from {@code view} the first time it is asked for, tagged by a digest of its bytes. The key
     * holds a digest of the stored document ({@code storedJson}, read from the database on every request): a version
     * changed behind the register's back (direct SQL) is rendered as it now is, so the transparency log's verifier
     * sees what the database holds, not a copy from before
     */
    public Rendered rendered(String passportId, int n, String storedJson, Supplier<PassportViews.PassportView> view) {
        return rendered(key(passportId, n) + "#" + digest(storedJson), null, view);
    }

    /**
     * the public view of the passport in its present state (row version {@code lockVersion}), tagged with the
     * passport's entity tag as every other answer about it
     */
    public Rendered current(Passport p, String storedJson, Supplier<PassportViews.PassportView> view) {
        return rendered(p.id() + "@" + p.lockVersion() + "#" + digest(storedJson), PassportService.entityTag(p), view);
    }

    private static String digest(String storedJson) {
        return HexFormat.of().formatHex(Tokens.sha256(storedJson.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    private Rendered rendered(String key, String tag, Supplier<PassportViews.PassportView> view) {
        synchronized (cache) {
            Rendered known = cache.get(key);
            if (known != null) {
                return known;
            }
        }
        byte[] json = JSON.toJson(view.get()).getBytes(StandardCharsets.UTF_8);
        Rendered r = new Rendered(json, tag != null ? tag
                : "\"pv-" + HexFormat.of().formatHex(Tokens.sha256(json), 0, 16) + "\"");
        synchronized (cache) {
            cache.put(key, r);
        }
        return r;
    }

    private static String key(String passportId, int n) {
        return passportId + "/" + n;
    }
}
