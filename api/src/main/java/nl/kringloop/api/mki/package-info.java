/**
 * Extension points for the MKI (milieukostenindicator, environmental cost indicator in euro) of the
 * Rijkswaterstaat protocol "Berekenen en aantonen MKI-waarde" and the NMD Bepalingsmethode.
 */
package nl.kringloop.api.mki;
