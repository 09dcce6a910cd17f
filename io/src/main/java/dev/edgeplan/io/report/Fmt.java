package dev.edgeplan.io.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting for the report: {@link Locale#ROOT}, comma thousands separators, no negative zero. */
final class Fmt {

    static final String NOT_AVAILABLE = "n/a";

    private Fmt() {
    }

    /** {@code 1234.567, 1} → {@code 1,234.6}. */
    static String num(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NOT_AVAILABLE;
        }
        return noNegativeZero(String.format(Locale.ROOT, "%,." + decimals + "f", value));
    }

    static String integer(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Decimals that suit the magnitude: 12,345 · 123 · 12.3 · 1.23. */
    static String quantity(double value) {
        double abs = Math.abs(value);
        return num(value, abs >= 100 ? 0 : abs >= 10 ? 1 : 2);
    }

    /** kW for tables: whole kW from 100 up, one decimal below. */
    static String kw(double kw) {
        return num(kw, Math.abs(kw) >= 100 ? 0 : 1);
    }

    /** kW shown as MW: {@code 1224} → {@code 1.22}; from 100 MW one decimal. */
    static String mw(double kw) {
        double mw = kw / 1000.0;
        return num(mw, Math.abs(mw) >= 100 ? 1 : 2);
    }

    /** Whole US dollars with separators, for cash-flow tables whose header says USD. */
    static String usd(double usd) {
        return num(usd, 0);
    }

    /** Headline money: {@code $23.4 M}, {@code $1.25 B}, {@code $812.5 k}, {@code -$3.1 M}. */
    static String usdShort(double usd) {
        if (!Double.isFinite(usd)) {
            return NOT_AVAILABLE;
        }
        String[] suffixes = {"", " k", " M", " B", " T"};
        double abs = Math.abs(usd);
        int unit = 0;
        double scaled = abs;
        // Pick the unit on the rounded value so 999,960 reads $1.0 M, not $1,000.0 k.
        while (unit < suffixes.length - 1 && Math.round(scaled * 10.0) / 10.0 >= 1000.0) {
            scaled /= 1000.0;
            unit++;
        }
        String digits = unit == 0 ? num(scaled, 0) : num(scaled, unit >= 3 ? 2 : 1);
        String text = "$" + digits + suffixes[unit];
        return usd < 0 && !isZero(digits) ? "-" + text : text;
    }

    /**
     * Percent with one decimal that never rounds a shortfall away: 99.96 reads {@code >99.9}, not 100.0,
     * and 0.04 reads {@code <0.1}, not 0.0.
     */
    static String pct(double pct) {
        String text = num(pct, 1);
        if (pct < 100.0 && text.equals("100.0")) {
            return ">99.9";
        }
        if (pct > 0.0 && text.equals("0.0")) {
            return "<0.1";
        }
        return text;
    }

    /** A value as given, up to 10 significant digits, trailing zeros dropped: 11,700,000 · 0.8 · 184.06. */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return NOT_AVAILABLE;
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros();
        int scale = Math.max(0, rounded.scale());
        return num(rounded.doubleValue(), scale);
    }

    /** Latitude and longitude in degrees with hemisphere: {@code 32.801° N, 96.819° W}. */
    static String latLon(double lat, double lon) {
        return num(Math.abs(lat), 3) + "° " + (lat < 0 ? "S" : "N") + ", " + num(Math.abs(lon), 3) + "° " + (lon < 0 ? "W" : "E");
    }

    /** SVG coordinate: one decimal, no separators. */
    static String coord(double value) {
        return noNegativeZero(String.format(Locale.ROOT, "%.1f", value));
    }

    private static String noNegativeZero(String text) {
        return text.startsWith("-") && isZero(text.substring(1)) ? text.substring(1) : text;
    }

    private static boolean isZero(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c != '0' && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }
}
