package nl.kringloop.plugins.pef;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.impact.Factor;
import nl.kringloop.api.impact.FactorFile;
import nl.kringloop.api.impact.ImpactMethod;
import nl.kringloop.api.impact.ImpactProfile;
import nl.kringloop.api.impact.ImpactResult;
import nl.kringloop.api.impact.ImpactTerm;
import nl.kringloop.api.impact.IndicatorValue;
import nl.kringloop.api.Confidence;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PEF EF 3.1 single score (JRC EF 3.1 normalisation and weighting factors): Σ (I_i / NF_i) · WF_i, with NF the global normalisation factor per
 * person per year and WF the weight as a fraction (percent / 100), so the score is in Pt — one Pt is the
 * weighted yearly environmental footprint of one average person. The ozone-depletion normalisation factor is
 * disputed (5.3648E-02 vs 5.23E-02 kg CFC-11-eq): every result that uses it carries a warning with the effect of
 * the other figure.
 */
@Extension
public class PefEf31SingleScore implements ImpactMethod {

    static final RuleRef RULE = new RuleRef("PEF EF 3.1", "normalisation and weighting factors of the JRC EF 3.1 package");
    static final String SCORE_UNIT = "Pt";
    private static final Ef31Factors FACTORS = Ef31Factors.load();

    @Override
    public ExtensionInfo describe() {
        return new ExtensionInfo("pef-ef31", "PEF EF 3.1 single score",
                "Normalises the 16 EF 3.1 impact categories by the global impact per person per year and weights"
                        + " them to one score in Pt. Data file " + FACTORS.file().id() + " " + FACTORS.file().version()
                        + "; the disputed ozone-depletion normalisation factor is flagged.",
                List.of(RULE, new RuleRef("Commission Recommendation (EU) 2021/2279", "Annex I, PEF method")));
    }

    @Override
    public FactorFile factorFile() {
        return FACTORS.file();
    }

    @Override
    public List<Factor> factors() {
        List<Factor> out = new ArrayList<>();
        for (Ef31Factors.Category c : FACTORS.categories().values()) {
            out.add(normalisation(c));
            out.add(weighting(c));
        }
        return out;
    }

    @Override
    public List<Finding> validate(ImpactProfile profile) {
        List<Finding> errors = new ArrayList<>();
        for (Map.Entry<String, IndicatorValue> v : profile.values().entrySet()) {
            Ef31Factors.Category c = FACTORS.categories().get(v.getKey());
            if (c != null && !sameUnit(c.unit(), v.getValue().unit())) {
                errors.add(Finding.error(RULE, v.getKey(), "values." + v.getKey() + ".unit", "EF 3.1 gives "
                        + c.name() + " in " + c.unit() + ", not in " + v.getValue().unit() + ": convert it first"));
            }
        }
        return errors;
    }

    @Override
    public ImpactResult apply(ImpactProfile profile) {
        List<ImpactTerm> terms = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        double score = 0;
        for (Map.Entry<String, IndicatorValue> v : profile.values().entrySet()) {
            String code = v.getKey();
            Ef31Factors.Category c = FACTORS.categories().get(code);
            if (c == null) {
                notes.add(Finding.warning(RULE, code, "values." + code, "'" + code + "' is not an EF 3.1 impact"
                        + " category: not counted. Known: " + String.join(", ", FACTORS.categories().keySet())));
                continue;
            }
            double value = v.getValue().value();
            double points = value / c.normalisationPerPersonYear() * c.weightPercent() / 100;
            score += points;
            terms.add(new ImpactTerm(code, "single score", value, c.unit(), List.of(normalisation(c), weighting(c)),
                    points, SCORE_UNIT));
            if (c.confidence() != Confidence.HIGH && c.confidence() != Confidence.MEDIUM) {
                String alternative = c.alternativeNormalisation() == null ? "" : String.format(Locale.ROOT,
                        " With %s instead of %s this category would give %.6g Pt instead of %.6g Pt.",
                        c.alternativeNormalisation(), c.normalisationPerPersonYear(),
                        value / c.alternativeNormalisation() * c.weightPercent() / 100, points);
                notes.add(Finding.warning(RULE, code, "values." + code, "The normalisation factor of " + c.name()
                        + " is " + c.confidence() + " (" + c.note() + ")." + alternative));
            }
        }
        return new ImpactResult("PEF EF 3.1 single score", score, "EF 3.1 single score", SCORE_UNIT, List.of(),
                terms, notes, FACTORS.file());
    }

    private static Factor normalisation(Ef31Factors.Category c) {
        return new Factor(c.indicator(), c.name(), c.unit(), "normalisation", c.normalisationPerPersonYear(),
                c.unit() + "/person/yr", c.confidence(), c.note());
    }

    private static Factor weighting(Ef31Factors.Category c) {
        return new Factor(c.indicator(), c.name(), c.unit(), "weighting", c.weightPercent(), "%", Confidence.MEDIUM,
                "");
    }

    /** "kg CO2-eq", "kg CO2 eq" and "kg co2-eq" are the same unit; anything else is not. */
    static boolean sameUnit(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    private static String canonical(String unit) {
        return unit.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_.·]", "");
    }
}
