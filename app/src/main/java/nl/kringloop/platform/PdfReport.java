package nl.kringloop.platform;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * The PDF form of the server's reports (the MKI reports, the due-diligence report): A4, the standard Helvetica
 * fonts (nothing to embed), paragraphs and tables that OpenPDF wraps and breaks over pages, charts drawn by
 * JFreeChart at twice the printed size. Text passes {@link #plain} because the standard fonts encode WinAnsi only.
 */
public final class PdfReport {

    public static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    public static final Font H1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    public static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    public static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7);
    public static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    /** the printable width of an A4 page between the 40 pt margins, in points */
    public static final int WIDTH_PT = 515;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document doc = new Document(PageSize.A4, 40, 40, 40, 40);

    public PdfReport(String title) {
        try {
            PdfWriter.getInstance(doc, out);
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be started: " + e.getMessage(), e);
        }
        doc.addTitle(plain(title));
        doc.addCreator("Kringloop");
        doc.open();
    }

    public PdfReport add(Element e) {
        doc.add(e);
        return this;
    }

    public PdfReport text(String text, Font font) {
        return add(new Paragraph(plain(text), font));
    }

    /** a section heading with room above and below, so that it never touches the table under it */
    public PdfReport heading(String text) {
        Paragraph p = new Paragraph(plain(text), H1);
        p.setSpacingBefore(8);
        p.setSpacingAfter(6);
        return add(p);
    }

    public PdfReport blankLine() {
        return add(Chunk.NEWLINE);
    }

    public PdfReport newPage() {
        doc.newPage();
        return this;
    }

    /** @param widthPt the printed width in points; the image has twice as many pixels, for print */
    public PdfReport chart(JFreeChart chart, int widthPt, int heightPt) {
        try {
            BufferedImage img = chart.createBufferedImage(widthPt * 2, heightPt * 2);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(img, "png", png);
            Image i = Image.getInstance(png.toByteArray());
            i.scaleToFit(widthPt, heightPt);
            return add(i);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the document; the report cannot be added to after this */
    public byte[] finish() {
        doc.close();
        return out.toByteArray();
    }

    /** a full-width table whose header row repeats on every page it runs over */
    public static PdfPTable table(float[] widths, String... header) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : header) {
            t.addCell(new PdfPCell(new Phrase(plain(h), BOLD)));
        }
        return t;
    }

    public static void cells(PdfPTable t, String... values) {
        for (String v : values) {
            t.addCell(new PdfPCell(new Phrase(plain(v), SMALL)));
        }
    }

    /** a label in bold and its value */
    public static void row(PdfPTable t, String label, String value) {
        t.addCell(new PdfPCell(new Phrase(plain(label), BOLD)));
        t.addCell(new PdfPCell(new Phrase(plain(value), BODY)));
    }

    /**
     * Text in the standard fonts' WinAnsi (windows-1252) encoding: the few signs the reports use that it lacks
     * written the way a reader expects (− ₂ → ≤ ≥ Σ), any other such character as '?'.
     */
    public static String plain(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace('\u2212', '-').replace("₂", "2").replace("→", "->").replace("≤", "<=")
                .replace("≥", ">=").replace("Σ", "sum ").replace('\n', ' ').replace('\t', ' ');
        CharsetEncoder winAnsi = WIN_ANSI.newEncoder();
        StringBuilder b = new StringBuilder(t.length());
        for (char c : t.toCharArray()) {
            b.append(c < 0x20 || !winAnsi.canEncode(c) ? '?' : c);
        }
        return b.toString();
    }
}
