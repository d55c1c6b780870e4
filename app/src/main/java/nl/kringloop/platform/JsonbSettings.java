package nl.kringloop.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import nl.kringloop.api.Severity;

/**
 * The one JSON-B configuration of the server, for JAX-RS bodies and for the services that write JSON themselves
 * ({@link #JSONB}): the runtime's defaults, and a {@link Severity} written as its lower-case {@link Severity#code()}
 * so that a finding reads the same from the MKI engine, a circularity or impact method and the register (issue 14:
 * the API used to say {@code "warning"} in one place and {@code "WARNING"} in another). Either case is read.
 */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

    public static final Jsonb JSONB = JsonbBuilder.create(config());

    /** the configuration, for a service that needs one option more (e.g. null values) */
    public static JsonbConfig config() {
        return new JsonbConfig().withAdapters(new SeverityCode());
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** a severity as JSON text */
    public static final class SeverityCode implements JsonbAdapter<Severity, String> {
        @Override
        public String adaptToJson(Severity s) {
            return s.code();
        }

        @Override
        public Severity adaptFromJson(String code) {
            return Severity.ofCode(code);
        }
    }
}
