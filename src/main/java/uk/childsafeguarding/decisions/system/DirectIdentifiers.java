package uk.childsafeguarding.decisions.system;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text must not carry direct identifiers of a child or family. We reject a valid NHS number
 * (10 digits passing the modulus-11 check), an email address, a full UK postcode and a full date
 * (day, month and year: it may be a date of birth). Names cannot be detected reliably and are not
 * attempted; the field descriptions ask for none.
 *
 * Text is first brought to one plain form, so a disguise does not get an identifier through:
 * Unicode compatibility forms are folded (NFKC: full-width letters and digits, ligatures), invisible
 * characters (zero-width spaces and joiners, soft hyphens, byte-order marks) are removed, every
 * script's decimal digits read as 0-9, every dash reads as '-' and every space as ' '. Digits of an
 * NHS number may then be grouped by any of space . / _ - (up to three of them between two digits).
 * We chose to over-refuse rather than let an identifier into the record: a practitioner whose text
 * is refused can rephrase it, a stored identifier cannot be taken back from an append-only chain.
 */
public final class DirectIdentifiers {

    private static final String SEP = "[ ./_-]{0,3}";
    private static final Pattern NHS = Pattern.compile("(?<!\\d)(\\d" + ("(?:" + SEP + "\\d)").repeat(9) + ")(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?i)(?<![A-Z0-9])(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2})(?![A-Z0-9])");
    private static final String MONTHS = "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)";
    private static final String DAY = "(0?[1-9]|[12]\\d|3[01])";
    private static final String YEAR = "(19|20)\\d{2}";
    private static final String DATE_SEP = "[/._-]";
    private static final Pattern FULL_DATE = Pattern.compile("(?i)(?<!\\d)("
            // 03/07/2015, 3.7.15, 3-7-2015, 3_7_2015 (day or month first)
            + "\\d{1,2}" + DATE_SEP + "\\d{1,2}" + DATE_SEP + "(" + YEAR + "|\\d{2})"
            // 2015-07-03, 2015/02/01, 2015.02.01
            + "|" + YEAR + DATE_SEP + "\\d{1,2}" + DATE_SEP + "\\d{1,2}"
            // 20150201, DOB20150201; 01022015
            + "|" + YEAR + "(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])|(0[1-9]|[12]\\d|3[01])(0[1-9]|1[0-2])" + YEAR
            + ")(?!\\d)"
            // 3 July 2015, 3rd of March 2015, 1-Feb-2015, 3 March 15
            + "|(?<!\\d)" + DAY + "(st|nd|rd|th)?( of)?[ -]?" + MONTHS + "[ ,.-]{1,2}(" + YEAR + "|\\d{2})(?!\\d)"
            // July 3rd, 2015; Feb-01-2015
            + "|(?<![a-z])" + MONTHS + "[ .-]" + DAY + "(st|nd|rd|th)?[ ,.-]{1,2}(" + YEAR + "|\\d{2})(?!\\d)");

    private DirectIdentifiers() {
    }

    /** Records a problem for the field if the text holds a direct identifier; says which kind, never echoes it. */
    public static void check(String field, String text, Problems problems) {
        if (text == null) {
            return;
        }
        String why = find(text);
        if (why != null) {
            problems.add(field, "looks like it contains " + why + "; store no direct identifiers of a child or family here");
        }
    }

    static String find(String original) {
        String text = plain(original);
        // Each pattern needs characters most free text lacks: an NHS number ten digits, an email address
        // an '@', a postcode and every full date at least one digit (\d is ASCII only, and plain() has made
        // every script's digits ASCII). Text without them is not searched: the searches were a few per cent
        // of a decision's CPU under load (issue 16), and the answer is the same.
        int digits = 0;
        boolean at = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits++;
            } else if (ch == '@') {
                at = true;
            }
        }
        if (digits >= 10) {
            Matcher nhs = NHS.matcher(text);
            while (nhs.find()) {
                if (validNhsNumber(nhs.group(1).replaceAll("\\D", ""))) {
                    return "an NHS number";
                }
            }
        }
        if (at && EMAIL.matcher(text).find()) {
            return "an email address";
        }
        if (digits > 0 && POSTCODE.matcher(text).find()) {
            return "a UK postcode";
        }
        if (digits > 0 && FULL_DATE.matcher(text).find()) {
            return "a full date (possibly a date of birth)";
        }
        return null;
    }

    /** The text in one plain form: NFKC, no invisible characters, ASCII digits, one dash and one space. */
    static String plain(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.FORMAT || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0) {
                return; // zero-width and other invisible characters (Unicode category Cf, and fillers)
            }
            if (type == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else if (type == Character.DASH_PUNCTUATION || cp == 0x2212) {
                sb.append('-');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** NHS numbers: weights 10..2 over the first nine digits; 11 minus the remainder is the check digit (11 means 0; 10 is invalid). */
    static boolean validNhsNumber(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
