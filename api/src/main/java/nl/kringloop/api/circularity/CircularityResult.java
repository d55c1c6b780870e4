package nl.kringloop.api.circularity;

import nl.kringloop.api.Finding;

import java.util.List;
import java.util.Objects;

/**
 * The answer of a {@link CircularityMethod}: a value between 0 % and 100 % (100 % best) with every term it
 * was computed from. The host adds the plugin id and version that produced it.
 *
 * @param indicator    which value this is, e.g. {@code "CPF"} (product), {@code "CPFx"} (component),
 *                     {@code "MCI"}
 * @param method       the method and its version, e.g. "Kringloop CPF 1.0", "EMF MCI 2015"
 * @param scorePercent the value, 0–100 %
 * @param indicative   true when the value rests on market averages or assumed figures and must be labelled
 *                     indicative (Leidraad circulair productpaspoort §3.3 condition 15; CPF guide step 3)
 * @param proven       false when a claimed share has neither a source nor a proof document (CPF guide step 3:
 *                     "refer to the file name"); the value then rests on a claim nobody can check
 * @param terms        the terms of the formula, totals and per component/disassembly, in formula order
 * @param findings     warnings and notes (e.g. a mass mismatch above 5 %); never errors — a bill with errors is
 *                     refused before the calculation
 */
public record CircularityResult(String indicator, String method, double scorePercent, boolean indicative,
                                boolean proven, List<Term> terms, List<Finding> findings) {

    /** A result whose inputs all carry a source or proof (methods that do not judge proof, e.g. the EMF MCI). */
    public CircularityResult(String indicator, String method, double scorePercent, boolean indicative,
                             List<Term> terms, List<Finding> findings) {
        this(indicator, method, scorePercent, indicative, true, terms, findings);
    }

    public CircularityResult {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(method, "method");
        if (!(scorePercent >= 0 && scorePercent <= 100)) {
            throw new IllegalArgumentException("a circularity value lies in 0–100 %, got " + scorePercent);
        }
        terms = terms == null ? List.of() : List.copyOf(terms);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
