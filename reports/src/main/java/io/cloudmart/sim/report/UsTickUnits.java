package io.cloudmart.sim.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;

/**
 * Tick sizes 1, 2 and 5 times a power of ten whose labels are always formatted with
 * {@link Locale#US}.
 *
 * <p>JFreeChart's default {@code NumberTickUnitSource} builds its {@code DecimalFormat}s with the
 * JVM default locale, so a report generated on a German machine would show "0,5" on the axes and
 * differ from the golden files. Each thread draws with its own instance ({@link #ofThisThread}) because
 * {@code DecimalFormat} is not thread-safe.
 */
final class UsTickUnits {

    /** Smallest tick size is 1e-15 in axis units. */
    private static final int MIN_POWER = -15;
    /** Below 10^-4 plain decimals get too long for a tick label. */
    private static final int MIN_PLAIN_POWER = -4;
    /** Largest tick size is 5e15 in axis units. */
    private static final int MAX_POWER = 15;
    /** Above 10^9 plain digits get too wide for a tick label. */
    private static final int MAX_PLAIN_POWER = 9;

    /**
     * Building a set makes 31 {@code DecimalFormat}s and sorts 93 units (JFreeChart sorts at every add), which each
     * axis of each chart paid, some forty a report; drawing only reads the units and formats them one at a time.
     */
    private static final ThreadLocal<TickUnitSource> OF_THIS_THREAD = ThreadLocal.withInitial(UsTickUnits::create);

    private UsTickUnits() {}

    /** The set this thread draws its axes with, built at its first chart. */
    static TickUnitSource ofThisThread() {
        return OF_THIS_THREAD.get();
    }

    /** Returns a fresh set of tick units for one axis. */
    static TickUnitSource create() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.US);
        TickUnits units = new TickUnits();
        for (int power = MIN_POWER; power <= MAX_POWER; power++) {
            DecimalFormat decimal = new DecimalFormat(pattern(power), symbols);
            NumberFormat format = pattern(power).contains("E") ? new ZeroAsZero(decimal) : decimal;
            units.add(new NumberTickUnit(Double.parseDouble("1E" + power), format, 5));
            units.add(new NumberTickUnit(Double.parseDouble("2E" + power), format, 4));
            units.add(new NumberTickUnit(Double.parseDouble("5E" + power), format, 5));
        }
        return units;
    }

    /**
     * Prints zero as "0": a scientific {@code DecimalFormat} would print "0E0" on the axis of a
     * chart of very large or very small values that crosses zero.
     */
    private static final class ZeroAsZero extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final DecimalFormat delegate;

        ZeroAsZero(DecimalFormat delegate) {
            this.delegate = delegate;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return number == 0 ? toAppendTo.append('0') : delegate.format(number, toAppendTo, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return number == 0 ? toAppendTo.append('0') : delegate.format(number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return delegate.parse(source, parsePosition);
        }
    }

    /** Shows exactly as many decimals as the tick size needs, so labels never round together. */
    static String pattern(int power) {
        if (power > MAX_PLAIN_POWER || power < MIN_PLAIN_POWER) {
            return "0.###E0";
        }
        if (power >= 0) {
            return "#,##0";
        }
        return "#,##0." + "0".repeat(-power);
    }
}
