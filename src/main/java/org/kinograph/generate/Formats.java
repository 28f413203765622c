package org.kinograph.generate;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** How documents write dates, amounts and ordinals, in the several forms real pages use. */
final class Formats {
    private Formats() {}

    /** @return the date in one of the forms "2009-03-05", "5 March 2009", "March 5, 2009", "March 5th 2009" */
    static String date(LocalDate d, Pick pick) {
        return switch (pick.between(0, 3)) {
            case 0 -> d.toString();
            case 1 -> dayMonthYear(d);
            case 2 -> month(d) + " " + d.getDayOfMonth() + ", " + d.getYear();
            default -> month(d) + " " + ordinal(d.getDayOfMonth()) + " " + d.getYear();
        };
    }

    /** @return "5 March 2009" */
    static String dayMonthYear(LocalDate d) {
        return d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
    }

    /** @return "March 5, 2009" */
    static String monthDayYear(LocalDate d) {
        return month(d) + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    /** @return the English month name */
    static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** @return "1st", "2nd", "3rd", "4th", "11th", "21st" … */
    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /**
     * @param amount   the amount in units of the currency
     * @param currency the symbol written before it ("$", "€", "US$" …)
     * @return the amount rounded with a scale word ("$12.5 million") or written out ("$12,483,112")
     */
    static String money(long amount, String currency, Pick pick) {
        if (pick.chance(0.5)) return currency + String.format(Locale.ROOT, "%,d", amount);
        if (amount >= 1_000_000_000L) return currency + oneDecimal(amount / 1e9) + " billion";
        return currency + oneDecimal(amount / 1e6) + " million";
    }

    private static String oneDecimal(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** @return a count rounded with "million" ("1.2 million") or written out ("845,000") */
    static String count(long n, Pick pick) {
        if (n >= 1_000_000 && pick.chance(0.6)) return oneDecimal(n / 1e6) + " million";
        return String.format(Locale.ROOT, "%,d", n);
    }
}
