package nl.kringloop.api.mki;

import nl.kringloop.api.Confidence;
import nl.kringloop.api.DataFile;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a shadow-price set shipped in a plugin jar: the {@link DataFile} layout with header entries {@code id},
 * {@code name}, {@code version} and {@code source}, and rows {@code indicator;name;unit;euroPerUnit;confidence;note}
 * (euro per unit of the indicator; {@code euroPerUnit} empty for a {@link Confidence#MISSING} price). Errors name
 * the file and line.
 */
public final class ShadowPriceFile {

    private static final int FIELDS = 6;

    private ShadowPriceFile() {
    }

    /**
     * @param anchor   a class of the plugin; {@code resource} resolves against its package, as
     *                 {@link Class#getResource(String)} does
     * @param resource the file name, e.g. {@code "nmd-set-1.csv"}
     */
    public static ShadowPriceSet read(Class<?> anchor, String resource) {
        return of(DataFile.read(anchor, resource, FIELDS, "name"));
    }

    /** @param origin the file's name, for messages */
    public static ShadowPriceSet parse(String origin, BufferedReader reader) throws IOException {
        return of(DataFile.parse(origin, reader, FIELDS, "name"));
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
