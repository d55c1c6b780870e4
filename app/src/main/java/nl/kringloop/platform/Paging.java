package nl.kringloop.platform;

import jakarta.persistence.TypedQuery;

/**
 * One page of a list that can grow (feedback, audit trail, organisations, projects): {@code ?offset=0&limit=…},
 * the list in a stable order, at most {@link #MAX_LIMIT} items per answer (issue 12 item 5: one feedback list was
 * answered as 63 MB). The answer stays a JSON array; a client asks for the next page with offset + limit until a
 * page is shorter than its limit.
 */
public record Paging(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;
    public static final String DESCRIPTION = "paginated: ?offset (default 0) and ?limit (default " + DEFAULT_LIMIT
            + ", at most " + MAX_LIMIT + "); a page shorter than limit is the last";

    public static Paging of(Integer offset, Integer limit) {
        int o = offset == null ? 0 : offset;
        int l = limit == null ? DEFAULT_LIMIT : limit;
        if (l < 1 || l > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "limit: between 1 and " + MAX_LIMIT + ", got " + l);
        }
        if (o < 0) {
            throw ProblemException.invalidField("offset", "offset: not negative, got " + o);
        }
        return new Paging(o, l);
    }

    public <T> TypedQuery<T> apply(TypedQuery<T> q) {
        return q.setFirstResult(offset).setMaxResults(limit);
    }
}
