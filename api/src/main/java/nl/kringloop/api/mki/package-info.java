/**
 * Extension points for the MKI (milieukostenindicator, environmental cost indicator in euro) of the
 * Rijkswaterstaat protocol "Berekenen en aantonen MKI-waarde" and the NMD Bepalingsmethode.
 *
 * <p>{@link nl.kringloop.api.mki.ImpactWeighting} turns impact values into euro (rule 1);
 * {@link nl.kringloop.api.mki.MkiRule} is one protocol rule (mark-ups, scope, refusals, replacements,
 * restscope, material sections), seeing lines, cards and objects through read-only views and answering with
 * {@link nl.kringloop.api.mki.MkiFactor factors} per LCA module and {@link nl.kringloop.api.Finding findings}.
 */
package nl.kringloop.api.mki;
