package nl.kringloop.passport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

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

    /** at most {@code limit + 1} passports from {@code offset}: the one more tells that a next page exists */
    public List<Passport> search(Filters f, int offset, int limit) {
        StringBuilder q = new StringBuilder("select p from Passport p where p.latestVersion > 0");
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
        q.append(" order by p.publishedAt desc, p.id");
        TypedQuery<Passport> query = em.createQuery(q.toString(), Passport.class);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query.setFirstResult(offset).setMaxResults(limit + 1).getResultList();
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
