package nl.kringloop.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address the register answers under, as its users reach it — never taken from the request's {@code Host}
 * header, which any client can set: every id in an exported document, every {@code Location} and every problem's
 * {@code type} is built on it. It is {@code kringloop.publicBaseUrl} (default {@code http://localhost:<http.port>/}),
 * unless the request comes straight from one of {@code kringloop.trustedProxies} (IP addresses), whose
 * {@code X-Forwarded-Proto}, {@code X-Forwarded-Host} and {@code X-Forwarded-Port} then name it (a register reached
 * under several names). The request's URIs are rewritten before matching, so resources read it from
 * {@code UriInfo} as usual; the path relative to the API is unchanged. docs/operations.md, "Public address".
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public class PublicAddress implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "kringloop.publicBaseUrl")
    Optional<String> publicBaseUrl;

    @Inject
    @ConfigProperty(name = "kringloop.trustedProxies")
    Optional<String> trustedProxies;

    @Context
    HttpServletRequest servletRequest;

    /** what the configuration says, read once: the configured address (or null) and the trusted proxies */
    private URI configured;
    private Set<String> proxies;

    @PostConstruct
    void readConfiguration() {
        configured = publicBaseUrl.filter(s -> !s.isBlank()).map(PublicAddress::parse).orElse(null);
        proxies = commaSeparated(trustedProxies);
    }

    /** the members of a comma-separated setting, trimmed; none when it is absent or empty */
    static Set<String> commaSeparated(Optional<String> setting) {
        return setting.map(s -> Arrays.stream(s.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        URI base = request.getUriInfo().getBaseUri();
        URI requestUri;
        try {
            requestUri = request.getUriInfo().getRequestUri();
        } catch (IllegalArgumentException badEscape) {
            return; // ?q=% : InputLimits refuses it with a problem naming the parameter
        }
        URI origin = origin(request);
        if (origin == null) {
            return;
        }
        URI newBase = rebase(base, origin);
        URI newRequest = rebase(requestUri, origin);
        if (!newBase.equals(base) || !newRequest.equals(requestUri)) {
            request.setRequestUri(newBase, newRequest);
        }
    }

    /** scheme, host and port the request is to be answered under, or null to leave the request as it came */
    private URI origin(ContainerRequestContext request) {
        if (servletRequest != null && proxies.contains(servletRequest.getRemoteAddr())) {
            String host = first(request.getHeaderString("X-Forwarded-Host"));
            if (host != null) {
                String proto = Optional.ofNullable(first(request.getHeaderString("X-Forwarded-Proto"))).orElse("https");
                String port = first(request.getHeaderString("X-Forwarded-Port"));
                URI forwarded = parse(proto.toLowerCase(Locale.ROOT) + "://" + host);
                if (forwarded != null && port != null && forwarded.getPort() < 0 && port.matches("\\d{1,5}")) {
                    forwarded = UriBuilder.fromUri(forwarded).port(Integer.parseInt(port)).build();
                }
                if (forwarded != null) {
                    return forwarded;
                }
            }
        }
        return configured;
    }

    private static URI rebase(URI uri, URI origin) {
        return UriBuilder.fromUri(uri).scheme(origin.getScheme()).host(origin.getHost()).port(origin.getPort()).build();
    }

    /** the first value of a header a chain of proxies may have appended to */
    private static String first(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).trim();
    }

    private static URI parse(String s) {
        try {
            URI u = URI.create(s.trim());
            return u.getScheme() != null && u.getHost() != null
                    && (u.getScheme().equals("http") || u.getScheme().equals("https")) ? u : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
