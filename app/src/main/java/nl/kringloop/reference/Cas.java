package nl.kringloop.reference;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CAS registry numbers: {@code NNNNNNN-NN-R}, 2–7 digits, 2 digits, a check digit R = (Σ i·d_i) mod 10 over the
 * other digits numbered from the right starting at 1 (CAS, "Check Digit Verification of CAS Registry Numbers").
 */
public final class Cas {

    private static final Pattern FORM = Pattern.compile("(\\d{2,7})-(\\d{2})-(\\d)");

    private Cas() {
    }

    /** true when the number has the CAS form and a correct check digit */
    public static boolean valid(String cas) {
        if (cas == null) {
            return false;
        }
        Matcher m = FORM.matcher(cas.trim());
        if (!m.matches()) {
            return false;
        }
        return checkDigit(m.group(1) + m.group(2)) == m.group(3).charAt(0) - '0';
    }

    /** The check digit of the digits before it, e.g. 7429-90 → (0·1 + 9·2 + 9·3 + 2·4 + 4·5 + 7·6) mod 10 = 5. */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (i + 1) * (digits.charAt(digits.length() - 1 - i) - '0');
        }
        return sum % 10;
    }

    /** Trims and drops leading zeros of the first part, as lists sometimes pad it ("0007429-90-5"). */
    public static String normalise(String cas) {
        String s = cas.trim();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            return s;
        }
        String first = m.group(1).replaceFirst("^0+(?=\\d{2})", "");
        return first + "-" + m.group(2) + "-" + m.group(3);
    }
}
