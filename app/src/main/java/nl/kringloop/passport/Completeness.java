package nl.kringloop.passport;

import java.util.ArrayList;
import java.util.List;

/** Checks a passport against the codes its guideline version requires (conditions 19, 20). */
public final class Completeness {

    private Completeness() {
    }

    public static PassportViews.Completeness of(String id, int version, String status, GuidelineVersion g, PassportDocument doc) {
        List<PassportViews.CodeStatus> codes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String code : g.required()) {
            String s = status(code, doc);
            codes.add(new PassportViews.CodeStatus(code, g.added().contains(code) ? "new" : "required", s,
                    GuidelineCodes.CATALOGUE.get(code)));
            if ("missing".equals(s)) {
                missing.add(code);
            }
        }
        for (String code : g.optional()) {
            codes.add(new PassportViews.CodeStatus(code, g.added().contains(code) ? "new" : "optional", status(code, doc),
                    GuidelineCodes.CATALOGUE.get(code)));
        }
        return new PassportViews.Completeness(id, version, status, g.id(), missing.isEmpty(), missing, codes);
    }

    /** A1.3 counts as present when derived: the register matches A1.1 against the EU CRM list itself. */
    static String status(String code, PassportDocument doc) {
        if (doc.has(code)) {
            return "present";
        }
        if ("A1.3".equals(code) && doc.has("A1.1")) {
            return "derived";
        }
        return "missing";
    }
}
