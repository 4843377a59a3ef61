package uk.childsafeguarding.decisions.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text must not carry direct identifiers of a child or family. We reject a valid NHS number
 * (10 digits passing the modulus-11 check), an email address, a full UK postcode and a full date
 * (day, month and year: it may be a date of birth). Names cannot be detected reliably and are not
 * attempted; the field descriptions ask for none.
 */
public final class DirectIdentifiers {

    private static final Pattern NHS = Pattern.compile("(?<!\\d)(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?i)\\b(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2})\\b");
    private static final String MONTHS = "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)";
    private static final Pattern FULL_DATE = Pattern.compile("(?i)\\b(\\d{1,2}[/.-]\\d{1,2}[/.-](19|20)?\\d{2}|(19|20)\\d{2}-\\d{1,2}-\\d{1,2}|"
            + "\\d{1,2}(st|nd|rd|th)? " + MONTHS + ",? (19|20)\\d{2}|" + MONTHS + " \\d{1,2}(st|nd|rd|th)?,? (19|20)\\d{2})\\b");

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

    static String find(String text) {
        Matcher nhs = NHS.matcher(text);
        while (nhs.find()) {
            if (validNhsNumber(nhs.group(1) + nhs.group(2) + nhs.group(3))) {
                return "an NHS number";
            }
        }
        if (EMAIL.matcher(text).find()) {
            return "an email address";
        }
        if (POSTCODE.matcher(text).find()) {
            return "a UK postcode";
        }
        if (FULL_DATE.matcher(text).find()) {
            return "a full date (possibly a date of birth)";
        }
        return null;
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
