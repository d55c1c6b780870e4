package nl.kringloop.plugins.rws;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.mki.MkiReferenceData;
import nl.kringloop.api.mki.ReferenceDataSet;
import org.pf4j.Extension;

import java.util.List;

/** Annex C as reference data for the host to show ({@code GET /api/mki/reference/annex-c}), with its load findings. */
@Extension
public class AnnexCReference implements MkiReferenceData {

    @Override
    public ExtensionInfo describe() {
        return new ExtensionInfo("annex-c", "Annex C: MKI values HVO",
                "Tables 36 (TNO 2018 R10658, euro per litre per machine, class and fuel) and 37 (TNO 2016 R10662,"
                        + " euro per tonne of HVO per impact category), as published, with data-quality findings.",
                List.of(AnnexC.TABLE_36, AnnexC.TABLE_37));
    }

    @Override
    public ReferenceDataSet data() {
        return AnnexC.shipped().data();
    }
}
