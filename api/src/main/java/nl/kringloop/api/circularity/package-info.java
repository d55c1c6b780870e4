/**
 * Extension point and value types for circularity methods: a bill of materials in, a value between 0 % and
 * 100 % with the terms it was computed from out. Implemented by the Kringloop CPF/CPFx method (docs/methods/cpf.md, CPF guide
 * "Circular Product Footprint" steps 1–8) and the EMF Material Circularity Indicator 2015 (EMF Circularity Indicators methodology 2015).
 *
 * <p>Conventions: masses are grams ({@code …Gram}); shares are fractions 0–1 ({@code …Share}); scores shown to
 * users are percent ({@code …Percent}). Every input field named in a {@link nl.kringloop.api.Finding} uses the
 * JSON path of the request document, e.g. {@code components[2].recycled[0].share}.
 */
package nl.kringloop.api.circularity;
