package nl.kringloop.mki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.kringloop.api.mki.DataCategory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Annex D rows as library cards for vessel lines: {@code "card": "annex-d:<version>:<row id>"}. The card is
 * category 3a (process data of the energy carrier's capital goods: no mark-up) with the row's characterised values
 * on the row's module, and names the set version and file hash as its source.
 */
@ApplicationScoped
public class AnnexDCards implements ProjectDocumentReader.CardSource {

    static final Pattern REF = Pattern.compile("^annex-d:(\\d{1,9}):(.+)$");

    @Inject
    AnnexDRepository repository;

    @Override
    public Optional<ProjectDocument.Card> card(String id) {
        Matcher m = REF.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        int version = Integer.parseInt(m.group(1));
        return repository.version(version).flatMap(set -> set.rows().stream().map(AnnexDRowEntity::row)
                .filter(r -> r.id().equals(m.group(2))).findFirst().map(r -> card(id, set, r)));
    }

    static ProjectDocument.Card card(String id, AnnexDSet set, AnnexDImporter.Row r) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("vessel", r.vessel());
        attributes.put("energyCarrier", r.energyCarrier());
        attributes.put("annexDVersion", (long) set.version());
        return new ProjectDocument.Card(id, "Annex D v" + set.version() + ": " + r.vessel() + ", " + r.energyCarrier(),
                DataCategory.THREE_A, r.unit(), null, false, "RWS-MKI 4.0 Annex D (Kapitaalgoederen zeegaande"
                + " baggerschepen), imported set version " + set.version() + ", sha256 " + set.contentSha256(), null,
                false, Map.of(r.module(), r.indicatorsPerUnit()), attributes);
    }
}
