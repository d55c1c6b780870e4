package nl.kringloop.plugins.weighting;

import nl.kringloop.api.DataFile;
import nl.kringloop.api.mki.Confidence;
import nl.kringloop.api.mki.ShadowPrice;
import nl.kringloop.api.mki.ShadowPriceSet;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a shadow-price data file shipped in this plugin ({@link DataFile} layout; header id, name, version,
 * source) with rows {@code indicator;name;unit;euroPerUnit;confidence;note}.
 */
final class ShadowPriceFile {

    private ShadowPriceFile() {
    }

    static ShadowPriceSet load(String resource) {
        return of(DataFile.read(ShadowPriceFile.class, resource, 6, "name"));
    }

    static ShadowPriceSet parse(String origin, BufferedReader reader) throws IOException {
        return of(DataFile.parse(origin, reader, 6, "name"));
    }

    private static ShadowPriceSet of(DataFile file) {
        List<ShadowPrice> prices = new ArrayList<>();
        for (DataFile.Row r : file.rows()) {
            prices.add(new ShadowPrice(r.text(0), r.text(1), r.text(2), r.number(3), Confidence.valueOf(r.text(4)),
                    r.text(5)));
        }
        return new ShadowPriceSet(file.header("id"), file.header("name"), file.header("version"),
                file.header("source"), prices);
    }
}
