package nl.kringloop.mki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.Paging;
import nl.kringloop.platform.Problem;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The product-card library: cards imported per NMD date-version (RWS-MKI 4.0 §1.4), searched, and embedded
 * into project documents that reference them by id. Library versions are append-only: a card id that exists
 * in a version is never overwritten.
 */
@ApplicationScoped
public class CardLibrary {

    /** An NMD date-version label such as {@code NMD 3.7 (2024-03-01)}. */
    static final Pattern VERSION_LABEL = Pattern.compile("[\\p{L}0-9 ._()\\-:/]{1,100}");

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    /** A card as listed by a search. */
    public record CardSummary(String libraryVersion, String id, String name, String unit, String dataCategory,
                              Instant importedAt) {
    }

    /** A library version and how many cards it holds. */
    public record VersionCount(String libraryVersion, long cards) {
    }

    /** What an import wrote. */
    public record ImportReport(String libraryVersion, int imported, List<String> ids) {
    }

    /**
     * Imports every card or none: all rows are validated first ({@link CardImport}), ids that exist in the
     * version are refused, then all are written in one transaction.
     */
    @Transactional
    public ImportReport importCards(String libraryVersion, List<JsonObject> cards, String by) {
        checkVersion(libraryVersion);
        Set<String> ids = new HashSet<>();
        cards.forEach(c -> ids.add(c.getString("id")));
        List<String> existing = em.createQuery("select e.cardId from CardLibraryEntry e where e.libraryVersion = :v"
                        + " and e.cardId in :ids", String.class)
                .setParameter("v", libraryVersion).setParameter("ids", ids).getResultList();
        if (!existing.isEmpty()) {
            List<Problem.FieldError> errors = new ArrayList<>();
            for (int i = 0; i < cards.size(); i++) {
                String id = cards.get(i).getString("id");
                if (existing.contains(id)) {
                    errors.add(new Problem.FieldError("cards[" + i + "].id", "RWS-MKI 4.0 §1.4",
                            "card '" + id + "' already exists in library version " + libraryVersion
                                    + "; a library version is never overwritten, import a new version"));
                }
            }
            throw DomainException.invalidFields(errors.size() + " card(s) already exist; nothing was imported",
                    errors);
        }
        Instant now = Instant.now();
        List<String> written = new ArrayList<>();
        for (JsonObject c : cards) {
            String id = c.getString("id");
            String category = c.get("dataCategory").toString().replace("\"", "");
            em.persist(new CardLibraryEntry(libraryVersion, id, c.getString("name", id), c.getString("unit"),
                    category, c.toString(), now, by));
            written.add(id);
        }
        return new ImportReport(libraryVersion, written.size(), written);
    }

    /** One page of cards matching a search, and how many match in all. */
    public record CardPage(List<CardSummary> cards, long total) {
    }

    public CardPage search(String text, String libraryVersion, String dataCategory, String unit, Paging page) {
        StringBuilder where = new StringBuilder(" from CardLibraryEntry e where 1 = 1");
        if (text != null && !text.isBlank()) {
            where.append(" and (e.nameLower like :text or lower(e.cardId) like :text)");
        }
        if (libraryVersion != null) {
            where.append(" and e.libraryVersion = :version");
        }
        if (dataCategory != null) {
            where.append(" and e.dataCategory = :category");
        }
        if (unit != null) {
            where.append(" and e.unit = :unit");
        }
        TypedQuery<CardLibraryEntry> q = em.createQuery("select e" + where + " order by e.libraryVersion, e.cardId",
                CardLibraryEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(e)" + where, Long.class);
        for (TypedQuery<?> query : List.of(q, count)) {
            if (text != null && !text.isBlank()) {
                query.setParameter("text", "%" + text.toLowerCase(Locale.ROOT) + "%");
            }
            if (libraryVersion != null) {
                query.setParameter("version", libraryVersion);
            }
            if (dataCategory != null) {
                query.setParameter("category", dataCategory);
            }
            if (unit != null) {
                query.setParameter("unit", unit);
            }
        }
        List<CardSummary> cards = page.apply(q).getResultList().stream()
                .map(e -> new CardSummary(e.libraryVersion(), e.cardId(), e.name(), e.unit(), e.dataCategory(),
                        e.importedAt()))
                .toList();
        return new CardPage(cards, count.getSingleResult());
    }

    public List<VersionCount> versions() {
        return em.createQuery("select e.libraryVersion, count(e) from CardLibraryEntry e group by e.libraryVersion"
                        + " order by e.libraryVersion", Object[].class).getResultList().stream()
                .map(r -> new VersionCount((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    /** @return the card as document JSON (with its {@code libraryVersion}) */
    public Optional<JsonObject> card(String libraryVersion, String id) {
        return em.createQuery("select e from CardLibraryEntry e where e.libraryVersion = :v and e.cardId = :id",
                        CardLibraryEntry.class)
                .setParameter("v", libraryVersion).setParameter("id", id).getResultList().stream().findFirst()
                .map(e -> Json.createReader(new StringReader(e.cardJson())).readObject());
    }

    /** @return the library versions that hold a card with this id */
    public List<String> versionsOf(String id) {
        return em.createQuery("select e.libraryVersion from CardLibraryEntry e where e.cardId = :id"
                + " order by e.libraryVersion", String.class).setParameter("id", id).getResultList();
    }

    static void checkVersion(String libraryVersion) {
        if (libraryVersion == null || !VERSION_LABEL.matcher(libraryVersion).matches()) {
            throw DomainException.invalid("libraryVersion", "libraryVersion: required, the NMD date-version"
                    + " the cards come from (§1.4), e.g. 'NMD 3.7 (2024-03-01)'; letters, digits, space and ._()-:/");
        }
    }
}
