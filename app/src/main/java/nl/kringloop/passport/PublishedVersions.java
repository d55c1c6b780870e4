package nl.kringloop.passport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import nl.kringloop.platform.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Published passport versions rendered once as the bytes of their JSON, with a strong entity tag over those bytes.
 * A published version never changes (guideline §3.3: versions are immutable and hashed), and its representation at
 * {@code /api/passports/{id}/versions/{n}} holds only what the version fixes, so the bytes can be served to every
 * reader and every conditional GET answered from memory. Bounded: the least recently read go first.
 */
@ApplicationScoped
public class PublishedVersions {

    /** enough for the versions a register serves most; about 10 KB each */
    static final int CAPACITY = 20_000;

    /** The rendered version: its JSON and its entity tag. */
    public record Rendered(byte[] json, String entityTag) {
    }

    private static final Jsonb JSON = nl.kringloop.platform.JsonbSettings.JSONB;

    private final Map<String, Rendered> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
            return size() > CAPACITY;
        }
    };

    /** the version when it was rendered before */
    public Optional<Rendered> cached(String passportId, int n) {
        synchronized (cache) {
            return Optional.ofNullable(cache.get(key(passportId, n)));
        }
    }

    /** the version, rendered from {@code view} the first time it is asked for */
    public Rendered rendered(String passportId, int n, Supplier<PassportViews.PassportView> view) {
        Optional<Rendered> known = cached(passportId, n);
        if (known.isPresent()) {
            return known.get();
        }
        byte[] json = JSON.toJson(view.get()).getBytes(StandardCharsets.UTF_8);
        Rendered r = new Rendered(json, "\"pv-" + HexFormat.of().formatHex(Tokens.sha256(json), 0, 16) + "\"");
        synchronized (cache) {
            cache.put(key(passportId, n), r);
        }
        return r;
    }

    private static String key(String passportId, int n) {
        return passportId + "/" + n;
    }
}
