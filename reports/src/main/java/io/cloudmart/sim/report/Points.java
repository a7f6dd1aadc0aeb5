package io.cloudmart.sim.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * Separate observations drawn as marks without a line between them, on the chart's left axis: for example
 * the measurements an analysis took, whose verdict is the point's {@link Tone}.
 *
 * <p>A tone gives both a colour and a shape, so a reader who cannot tell the colours apart still tells a failed
 * measurement from a successful one. A point with a non-finite coordinate is not drawn. The arrays are copied on
 * the way in and out, as for {@link Line}.
 *
 * @param name legend text; required
 * @param x x coordinates in the unit of the chart's x axis
 * @param y y coordinates in the unit of the chart's left y axis; same length as {@code x}
 * @param tone what the points say; required
 */
public record Points(String name, double[] x, double[] y, Tone tone) {

    /** The verdict a set of points carries, drawn with its own colour and shape. */
    public enum Tone {
        /** A good result: a green circle. */
        GOOD,
        /** A bad result: a vermillion cross. */
        BAD,
        /** Undecided: a purple square. */
        UNDECIDED,
        /** No result could be had: a black diamond. */
        BROKEN
    }

    /** Checks that the arrays pair up and copies them. */
    public Points {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(x, () -> "x of points '" + name + "'");
        Objects.requireNonNull(y, () -> "y of points '" + name + "'");
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "points '" + name + "' have " + x.length + " x values but " + y.length + " y values");
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

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
        return other instanceof Points that
                && name.equals(that.name)
                && tone == that.tone
                && Arrays.equals(x, that.x)
                && Arrays.equals(y, that.y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, tone, Arrays.hashCode(x), Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "Points[name=" + name + ", tone=" + tone + ", points=" + x.length + "]";
    }
}
