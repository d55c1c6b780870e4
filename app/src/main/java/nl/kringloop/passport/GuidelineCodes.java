package nl.kringloop.passport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The variables of the Circular Product Passport guideline (Leidraad circulair productpaspoort, table of variables), by their own codes. */
public final class GuidelineCodes {

    /** code → what the guideline asks, in the guideline's order */
    public static final Map<String, String> CATALOGUE;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("A1.1", "all raw materials in the product, gram each (scale)");
        m.put("A1.2", "recycled raw materials, gram and % of total product weight (scale)");
        m.put("A1.3", "critical raw materials (EU CRM list), gram (scale + EU CRM list)");
        m.put("A1.4", "substances of very high concern (RIVM ZZS list), gram (scale + ZZS list)");
        m.put("A2.1", "raw materials recovered at recycling, gram and % of the original gram (scale)");
        m.put("A2.2", "critical raw materials recovered at recycling, gram and % (scale + EU CRM list)");
        m.put("A3.1", "auxiliary raw materials over the whole life cycle, gram (scale)");
        m.put("B1.1", "GHG of the production phase, gram CO2-eq and % of life-cycle total (LCA)");
        m.put("B1.2", "GHG of the transport phase, gram CO2-eq and % of life-cycle total (LCA)");
        m.put("B1.3", "GHG of the use phase, gram CO2-eq and % of life-cycle total (LCA)");
        m.put("B1.4", "GHG of the recycling phase, gram CO2-eq and % of life-cycle total (LCA)");
        m.put("B2.1", "impact on biodiversity of the life cycle, value + method (GLOBIO, ReCiPe)");
        m.put("C1.1", "actual lifetime incl. reuse, years");
        m.put("C1.2", "product warranty, years");
        m.put("C1.3", "full product support (maintenance, repair, spare parts), years");
        m.put("C1.4", "software support (updates, upgrades), years");
        m.put("C2.1", "reuse of parts when the product is no longer usable, description (+ optional %)");
        m.put("C3.1", "application of recycled raw materials: higher, same or lower grade use, description");
        m.put("C4.1", "alternative (auxiliary) materials replacing critical and scarce ones, description");
        CATALOGUE = Map.copyOf(m);
        ORDER = List.copyOf(m.keySet());
    }

    /** A1.1 … C4.1 in the guideline's order: what the first guideline version requires */
    public static final List<String> ORDER;

    /** B1.1–B1.4 are submitted together under "B1" with the method and service life they share (docs/passport-register.md) */
    public static final String B1 = "B1";

    /** the form of a code a later guideline version may add ("new" codes) */
    public static final Pattern FORM = Pattern.compile("[A-Z][0-9]+(\\.[0-9]+)?");

    private GuidelineCodes() {
    }
}
