package nl.kringloop.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * gzip for the API's text answers (JSON, JSON-LD, CSV, problems) when the client accepts it: a 100,000-line MKI
 * result is about 41 MB as JSON and a tenth of that compressed. Liberty's {@code <compression>} element did not
 * compress the application's streamed answers, so this is a JAX-RS writer interceptor. The level is
 * {@code kringloop.http.gzipLevel} (default 1, the fastest: on two cores a higher level costs more time than the
 * network it saves; 0 switches compression off). Workbooks and PDFs are compressed already and pass as they are.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.ENTITY_CODER)
public class Compression implements WriterInterceptor {

    @Inject
    @ConfigProperty(name = "kringloop.http.gzipLevel", defaultValue = "1")
    int level;

    @Context
    HttpHeaders requestHeaders;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (level <= 0 || !acceptsGzip() || !compressible(context.getMediaType())
                || context.getHeaders().containsKey(HttpHeaders.CONTENT_ENCODING)) {
            context.proceed();
            return;
        }
        context.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
        context.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        context.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        OutputStream original = context.getOutputStream();
        int chosen = Math.min(level, Deflater.BEST_COMPRESSION);
        GZIPOutputStream gzip = new GZIPOutputStream(new NotClosing(original), 64 * 1024) {
            {
                def.setLevel(chosen);
            }
        };
        context.setOutputStream(gzip);
        try {
            context.proceed();
        } finally {
            gzip.finish();
            context.setOutputStream(original);
        }
    }

    private boolean acceptsGzip() {
        if (requestHeaders == null) {
            return false;
        }
        for (String value : requestHeaders.getRequestHeader(HttpHeaders.ACCEPT_ENCODING) == null
                ? List.<String>of() : requestHeaders.getRequestHeader(HttpHeaders.ACCEPT_ENCODING)) {
            for (String coding : value.split(",")) {
                String[] parts = coding.trim().toLowerCase(Locale.ROOT).split(";");
                if (parts[0].trim().equals("gzip") && !zeroQuality(parts)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean zeroQuality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2)) == 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    static boolean compressible(MediaType type) {
        if (type == null) {
            return false;
        }
        String sub = type.getSubtype().toLowerCase(Locale.ROOT);
        return type.getType().equalsIgnoreCase("text") || sub.equals("json") || sub.endsWith("+json")
                || sub.equals("xml") || sub.endsWith("+xml");
    }

    /** the container closes the response stream itself; finishing the gzip stream must not close it first */
    private static final class NotClosing extends FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
