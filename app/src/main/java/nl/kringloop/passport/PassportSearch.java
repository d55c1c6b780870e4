package nl.kringloop.passport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import nl.kringloop.platform.Paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The register's search over published passports: each filter one condition on the search columns that publishing
 * writes ({@link PassportService}), combined with AND, newest publication first.
 */
@ApplicationScoped
public class PassportSearch {

    /**
     * The filters of {@code GET /api/passports}; null or blank is "any".
     *
     * @param text         in name, model, manufacturer, product id or group
     * @param productGroup exact, case-insensitive
     * @param manufacturer contains
     * @param material     an A1.1 material name or CAS, whole
     * @param crm          a critical raw material (list item, member or material) or "any"
     * @param zzs          a ZZS CAS number or substance, or "any"
     */
    public record Filters(String text, String productGroup, String manufacturer, String material, String crm,
                          String zzs) {
    }

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    /** one page of the published passports that pass every filter, newest publication first */
    public List<Passport> search(Filters f, Paging page) {
        return page.apply(query(f, "select p from Passport p", " order by p.publishedAt desc, p.id", Passport.class))
                .getResultList();
    }

    /** how many published passports pass every filter */
    public long count(Filters f) {
        return query(f, "select count(p) from Passport p", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Filters f, String select, String order, Class<T> type) {
        StringBuilder q = new StringBuilder(select).append(" where p.latestVersion > 0");
        List<Object[]> params = new ArrayList<>();
        like(q, params, "p.searchLc", f.text(), true);
        if (present(f.productGroup())) {
            q.append(" and p.productGroupLc = :productGroup");
            params.add(new Object[]{"productGroup", lc(f.productGroup())});
        }
        like(q, params, "p.manufacturerLc", f.manufacturer(), true);
        like(q, params, "p.materialsLc", f.material(), false);
        listFilter(q, params, "p.crmLc", f.crm());
        listFilter(q, params, "p.zzsLc", f.zzs());
        TypedQuery<T> query = em.createQuery(q.append(order).toString(), type);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query;
    }

    /** every passport of an organisation, drafts included (the supplier's own worklist) */
    public List<Passport> ofOrganisation(String organisationId) {
        return em.createQuery("select p from Passport p where p.organisationId = :o", Passport.class)
                .setParameter("o", organisationId).getResultList();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String lc(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void like(StringBuilder q, List<Object[]> params, String column, String value, boolean contains) {
        if (!present(value)) {
            return;
        }
        String name = "p" + params.size();
        q.append(" and ").append(column).append(" like :").append(name).append(" escape '\\'");
        // materials are matched whole ("|copper|"), text anywhere
        params.add(new Object[]{name, contains ? "%" + escapeLike(lc(value)) + "%" : "%|" + escapeLike(lc(value)) + "|%"});
    }

    private static void listFilter(StringBuilder q, List<Object[]> params, String column, String value) {
        if (!present(value)) {
            return;
        }
        if ("any".equalsIgnoreCase(value.trim())) {
            q.append(" and ").append(column).append(" <> '||'");
            return;
        }
        like(q, params, column, value, false);
    }
}
