package io.cloudmart.sim.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named series of a chart as parallel coordinate arrays.
 *
 * <p>A NaN (or infinite) coordinate means "no value here", for example an empty time bucket; the
 * line is drawn with a gap there rather than dropping to zero. The arrays are copied on the way in
 * and on the way out, so a line is immutable even though records do not protect arrays.
 *
 * @param name legend text; required
 * @param x x coordinates in the unit of the chart's x axis
 * @param y y coordinates in the unit of the chart's y axis; same length as {@code x}
 * @param colour the index of the line's colour in the chart style's palette (and, past its size, its dash), so a
 *     thing keeps its colour in every chart whatever else the chart shows; {@link #AUTO} for the line's own
 *     position in the chart
 */
public record Line(String name, double[] x, double[] y, int colour) {

    /** A line coloured by its position in the chart. */
    public static final int AUTO = -1;

    /** A line coloured by its position in the chart. */
    public Line(String name, double[] x, double[] y) {
        this(name, x, y, AUTO);
    }

    /** Checks that the arrays pair up and copies them. */
    public Line {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(x, () -> "x of line '" + name + "'");
        Objects.requireNonNull(y, () -> "y of line '" + name + "'");
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "line '" + name + "' has " + x.length + " x values but " + y.length + " y values");
        }
        if (colour < AUTO) {
            throw new IllegalArgumentException("line '" + name + "': colour must be >= 0 or AUTO, got " + colour);
        }
        x = x.clone();
        y = y.clone();
    }

    /** This line in colour {@code paletteIndex} of the palette, wherever it stands in its chart. */
    public Line withColour(int paletteIndex) {
        return new Line(name, x, y, paletteIndex);
    }

    /** The palette index the line is drawn in when it is the {@code position}-th line of its chart. */
    int colourAt(int position) {
        return colour == AUTO ? position : colour;
    }

    /** Returns a copy, so callers cannot change the line after construction. */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** Returns a copy, so callers cannot change the line after construction. */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** Returns the number of points, including points without a value. */
    public int size() {
        return x.length;
    }

    /** Compares the coordinates by value; the record default would compare array identity. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Line that
                && name.equals(that.name)
                && colour == that.colour
                && Arrays.equals(x, that.x)
                && Arrays.equals(y, that.y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(x), Arrays.hashCode(y), colour);
    }

    /** Summarises instead of listing up to thousands of coordinates. */
    @Override
    public String toString() {
        return "Line[name=" + name + ", points=" + x.length + "]";
    }
}
