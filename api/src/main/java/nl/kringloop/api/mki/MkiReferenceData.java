package nl.kringloop.api.mki;

import nl.kringloop.api.KringloopExtension;

/**
 * Extension point: reference data a protocol plugin ships and the host shows as published, e.g. Annex C "MKI
 * waarden HVO" of the RWS protocol ({@code GET /api/mki/reference/annex-c}). The extension's id
 * ({@link #describe()}) is the data set's id. The host only displays it; the plugin's rules use it.
 */
public interface MkiReferenceData extends KringloopExtension {

    /** @return the data set with the findings of its load-time checks; the same immutable instance each call */
    ReferenceDataSet data();
}
