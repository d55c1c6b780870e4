package nl.kringloop.platform;

import jakarta.persistence.TypedQuery;

import java.util.List;

/**
 * One page of a list that can grow (passports, feedback, audit trail, organisations, people, tokens, projects):
 * {@code ?offset=0&limit=…}, the list in a stable order, at most {@link #MAX_LIMIT} items per answer (issue 12 item
 * 5: one feedback list was answered as 63 MB). The answer stays a JSON array; {@link PageLinks} sends the total as
 * {@code X-Total-Count} and the first, previous, next and last pages as RFC 8288 {@code Link} headers.
 */
public record Paging(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;
    public static final String DESCRIPTION = "paginated: ?offset (default 0) and ?limit (default " + DEFAULT_LIMIT
            + ", at most " + MAX_LIMIT + "); the answer's X-Total-Count header is the number of items of the whole"
            + " list, its Link header (RFC 8288) names the first, prev, next and last pages";

    public static Paging of(Integer offset, Integer limit) {
        return of(offset, limit, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /** a page of a list with its own default and largest page size (the passport search: 20 and 100) */
    public static Paging of(Integer offset, Integer limit, int defaultLimit, int maxLimit) {
        int o = offset == null ? 0 : offset;
        int l = limit == null ? defaultLimit : limit;
        if (l < 1 || l > maxLimit) {
            throw DomainException.invalid("limit", "limit: between 1 and " + maxLimit + ", got " + l);
        }
        if (o < 0) {
            throw DomainException.invalid("offset", "offset: not negative, got " + o);
        }
        return new Paging(o, l);
    }

    public <T> TypedQuery<T> apply(TypedQuery<T> q) {
        return q.setFirstResult(offset).setMaxResults(limit);
    }

    /** the page of a list held in memory (a person's tokens, an organisation's passports) */
    public <T> List<T> apply(List<T> all) {
        int from = (int) Math.min(offset, all.size());
        return all.subList(from, (int) Math.min((long) from + limit, all.size()));
    }
}
