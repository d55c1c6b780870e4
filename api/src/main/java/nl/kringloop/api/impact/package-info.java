/**
 * Extension point and value types for impact methods: an impact profile (indicator code → value with unit)
 * in, a single score or characterised values out, with per-indicator terms and data-quality notes. Implemented
 * by the PEF EF 3.1 normalisation and weighting (REFERENCE §7) and ReCiPe 2016 endpoint damage to ecosystems,
 * hierarchist (REFERENCE §8). Every factor comes from a versioned {@link nl.kringloop.api.impact.FactorFile}
 * that names its source.
 */
package nl.kringloop.api.impact;
