package nl.kringloop.api.circularity;

import java.util.Objects;

/**
 * One term of a circularity formula as computed, so a user can redo the arithmetic: e.g. {@code V} = 1 200 g
 * (docs/methods/cpf.md), or {@code f_i} = 0.4 for component "c1".
 *
 * @param symbol  the symbol of the published formula, e.g. {@code "V"}, {@code "W_p"}, {@code "LFI"}
 * @param name    what it means, e.g. "virgin input mass"
 * @param subject the component or disassembly id the term belongs to; {@code null} for a total
 * @param value   the value in {@code unit}
 * @param unit    {@code "g"} for masses, {@code "1"} for fractions 0–1 and dimensionless factors,
 *                {@code "%"} for percentages
 * @param rule    the section that defines the term, e.g. "Kringloop CPF 1.0 docs/methods/cpf.md"
 */
public record Term(String symbol, String name, String subject, double value, String unit, String rule) {

    public Term {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(unit, "unit");
        name = name == null ? "" : name;
        rule = rule == null ? "" : rule;
    }
}
