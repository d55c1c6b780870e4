package nl.kringloop.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The page a list answer shows and the length of the whole list, sent as {@code X-Total-Count} and as RFC 8288
 * {@code Link} headers: {@code first}, {@code prev} (not on the first page), {@code next} (not on the last) and
 * {@code last}. The links are absolute paths with the request's other parameters kept, so they do not depend on
 * the {@code Host} the request was sent to.
 */
@RequestScoped
public class PageLinks {

    public static final String TOTAL = "X-Total-Count";

    private Paging page;
    private long total;

    /** the page this request's answer shows, of a list of {@code total} items */
    public void page(Paging page, long total) {
        this.page = page;
        this.total = total;
    }

    /**
     * The page {@code ?offset}/{@code ?limit} asks for of a list held in full (a portfolio's issued reports, a
     * passport's versions), with the headers of that page.
     */
    public <T> List<T> pageOf(List<T> all, Integer offset, Integer limit) {
        Paging asked = Paging.of(offset, limit);
        page(asked, all.size());
        return asked.apply(all);
    }

    Paging page() {
        return page;
    }

    long total() {
        return total;
    }

    /** the Link header values for the page of a list of {@code total} items at {@code request} */
    static List<String> links(URI request, Paging page, long total) {
        List<String> links = new ArrayList<>();
        long lastOffset = total == 0 ? 0 : (total - 1) / page.limit() * page.limit();
        links.add(link(request, 0, page.limit(), "first"));
        if (page.offset() > 0) {
            links.add(link(request, Math.max(0, page.offset() - page.limit()), page.limit(), "prev"));
        }
        if ((long) page.offset() + page.limit() < total) {
            links.add(link(request, page.offset() + page.limit(), page.limit(), "next"));
        }
        links.add(link(request, lastOffset, page.limit(), "last"));
        return links;
    }

    private static String link(URI request, long offset, int limit, String rel) {
        String query = request.getRawQuery() == null ? "" : Arrays.stream(request.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !isParameter(p, "offset") && !isParameter(p, "limit"))
                .map(p -> p + "&").collect(Collectors.joining());
        return "<" + request.getRawPath() + "?" + query + "offset=" + offset + "&limit=" + limit + ">; rel=\"" + rel
                + "\"";
    }

    private static boolean isParameter(String pair, String name) {
        return pair.equals(name) || pair.startsWith(name + "=");
    }

    /** writes the headers on a successful answer of a request that named its page */
    @Provider
    public static class Headers implements ContainerResponseFilter {

        @Inject
        PageLinks links;

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            Paging page = links.page();
            if (response.getStatus() >= 300 || page == null) {
                return;
            }
            response.getHeaders().putSingle(TOTAL, links.total());
            response.getHeaders().put("Link", new ArrayList<>(links(request.getUriInfo().getRequestUri(), page,
                    links.total())));
        }
    }
}
