package nl.kringloop.api.circularity;

/**
 * What a bill of materials describes (the guide "Circular Product Footprint", definitions).
 */
public enum BomSubject {
    /** Has a use phase and an end-of-life phase: its value is the CPF; disassemblies are required. */
    PRODUCT,
    /**
     * A raw material, material, semi-finished product or sub-assembly with no use phase of its own: its value
     * is the CPFx, which has no end-of-life term.
     */
    COMPONENT
}
