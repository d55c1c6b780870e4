/**
 * Extension point and value types for impact methods: an impact profile (indicator code → value with unit)
 * in, a single score or characterised values out, with per-indicator terms and data-quality notes. Implemented
 * by the PEF EF 3.1 normalisation and weighting (JRC EF 3.1 normalisation and weighting factors) and ReCiPe 2016 endpoint damage to ecosystems,
 * hierarchist (ReCiPe 2016 v1.1, RIVM report 2016-0104a). Every factor comes from a versioned {@link nl.kringloop.api.impact.FactorFile}
 * that names its source.
 */
package nl.kringloop.api.impact;
