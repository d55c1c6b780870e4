package nl.kringloop.passport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.kringloop.platform.Paging;
import nl.kringloop.platform.Ready;
import nl.kringloop.transparency.LogEntry;
import nl.kringloop.transparency.TransparencyLog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The register's search over published passports: each filter one condition on the search columns that publishing
 * writes ({@link PassportService}), combined with AND, newest publication first. The conditions are answered by
 * {@link PassportIndex}, built from those columns once (when the server is ready, or by the first search) and kept
 * current through the transparency log, which has one entry per published version in commit order (its head row
 * lock): every search first takes the entries after the last one seen — a primary-key range, nearly always empty
 * — and re-indexes their passports, so a search sees every publication committed before it, through any server.
 */
@ApplicationScoped
public class PassportSearch {

    private static final Logger LOG = Logger.getLogger(PassportSearch.class.getName());
    static final int PAGE = 5000;
    /** log entries per catch-up query, and so ids per IN list */
    static final int CATCH_UP = 500;
    private static final String COLUMNS = "select p.id, p.publishedAt, p.searchLc, p.manufacturerLc, p.productGroupLc,"
            + " p.materialsLc, p.crmLc, p.zzsLc from Passport p where p.latestVersion > 0";

    /**
     * The filters of {@code GET /api/passports}; null or blank is "any".
     *
     * @param text         words, each the start of a word of the name, model, manufacturer, product id or group
     * @param productGroup exact, case-insensitive
     * @param manufacturer words, each the start of a word of the manufacturer
     * @param material     an A1.1 material name or CAS, whole
     * @param crm          a critical raw material (list item, member or material) or "any"
     * @param zzs          a ZZS CAS number or substance, or "any"
     */
    public record Filters(String text, String productGroup, String manufacturer, String material, String crm,
                          String zzs) {
    }

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Inject
    TransparencyLog log;

    private final PassportIndex index = new PassportIndex();
    private volatile boolean loaded;
    /** the log's sequence up to which every publication is in the index */
    private volatile long seenSequence;

    /** One page of the published passports that pass every filter, and how many pass in all. */
    public record Found(List<Passport> passports, long total) {
    }

    /** one page of the published passports that pass every filter, newest publication first, with their number */
    public Found search(Filters f, Paging page) {
        current();
        PassportIndex.Page found = index.find(conditions(f), page.offset(), page.limit());
        if (found.ids().isEmpty()) {
            return new Found(List.of(), found.total());
        }
        Map<String, Passport> byId = em.createQuery("select p from Passport p where p.id in :ids", Passport.class)
                .setParameter("ids", found.ids()).getResultList().stream()
                .collect(Collectors.toMap(Passport::id, Function.identity()));
        return new Found(found.ids().stream().map(byId::get).filter(Objects::nonNull).toList(), found.total());
    }

    static List<PassportIndex.Condition> conditions(Filters f) {
        List<PassportIndex.Condition> c = new ArrayList<>();
        words(c, PassportIndex.Field.TEXT, f.text());
        if (present(f.productGroup())) {
            c.add(new PassportIndex.Condition(PassportIndex.Field.GROUP, PassportIndex.whole(f.productGroup()), false));
        }
        words(c, PassportIndex.Field.MANUFACTURER, f.manufacturer());
        if (present(f.material())) {
            c.add(new PassportIndex.Condition(PassportIndex.Field.MATERIAL, lc(f.material()), false));
        }
        listFilter(c, PassportIndex.Field.CRM, f.crm());
        listFilter(c, PassportIndex.Field.ZZS, f.zzs());
        return c;
    }

    /** every passport of an organisation, drafts included (the supplier's own worklist) */
    public List<Passport> ofOrganisation(String organisationId) {
        return em.createQuery("select p from Passport p where p.organisationId = :o", Passport.class)
                .setParameter("o", organisationId).getResultList();
    }

    /** Builds the index once the server is ready, so that the first search does not wait for it. */
    void warm(@Observes Ready ignored) {
        current();
    }

    private void current() {
        if (!loaded) {
            load();
        } else if (!log.entries(seenSequence + 1, 1).isEmpty()) {
            catchUp();
        }
    }

    private synchronized void load() {
        if (loaded) {
            return;
        }
        long t0 = System.nanoTime();
        // read before loading: what is logged later is caught up, what is indexed twice is replaced by itself
        long head = log.headSequence();
        int n = 0;
        String after = "";
        while (true) {
            List<PassportIndex.Row> page = rows(em.createQuery(COLUMNS + " and p.id > :after order by p.id", Object[].class)
                    .setParameter("after", after).setMaxResults(PAGE).getResultList());
            index.putAll(page);
            n += page.size();
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        seenSequence = head;
        loaded = true;
        int count = n;
        LOG.info(() -> String.format("Passport search index built: %d published passports in %d ms", count,
                (System.nanoTime() - t0) / 1_000_000));
    }

    /** Re-indexes the passports of the versions logged since the last look (published through any server). */
    private synchronized void catchUp() {
        for (List<LogEntry> page = log.entries(seenSequence + 1, CATCH_UP); !page.isEmpty();
             page = log.entries(seenSequence + 1, CATCH_UP)) {
            Set<String> ids = new LinkedHashSet<>();
            for (LogEntry e : page) {
                if (TransparencyLog.PASSPORT_VERSION.equals(e.kind())) {
                    ids.add(e.subjectId());
                }
            }
            if (!ids.isEmpty()) {
                index.putAll(rows(em.createQuery(COLUMNS + " and p.id in :ids", Object[].class)
                        .setParameter("ids", ids).getResultList()));
            }
            seenSequence = page.get(page.size() - 1).sequence();
        }
    }

    private static List<PassportIndex.Row> rows(List<Object[]> result) {
        return result.stream().map(r -> new PassportIndex.Row((String) r[0], instant(r[1]), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7])).toList();
    }

    private static Instant instant(Object o) {
        return o instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) o;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String lc(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    private static void words(List<PassportIndex.Condition> c, PassportIndex.Field field, String value) {
        if (present(value)) {
            PassportIndex.words(value).forEach(w -> c.add(new PassportIndex.Condition(field, w, true)));
        }
    }

    private static void listFilter(List<PassportIndex.Condition> c, PassportIndex.Field field, String value) {
        if (!present(value)) {
            return;
        }
        c.add(new PassportIndex.Condition(field, "any".equalsIgnoreCase(value.trim()) ? PassportIndex.ANY : lc(value),
                false));
    }
}
