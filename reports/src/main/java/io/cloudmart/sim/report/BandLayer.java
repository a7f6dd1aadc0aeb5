package io.cloudmart.sim.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * Draws a chart's {@link Band}s as translucent interval markers behind the data and gives each label one legend
 * entry. Behind, so that a line crossing an outage stays as sharp as elsewhere; translucent, so that two
 * overlapping windows (a Vault outage within a spot notice) both show.
 */
final class BandLayer {
    /**
     * Band colours in order of the labels' first appearance: the Okabe-Ito vermillion, reddish purple, sky blue and
     * grey of the line palette, light enough at {@link #ALPHA} that lines stay readable on them.
     */
    private static final List<Color> COLOURS = List.of(
            new Color(0xD55E00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x777777));
    /** Opacity of a band: visible on a projector, light enough for a black line over it. */
    private static final int ALPHA = 46;

    private BandLayer() {
    }

    /** The colour of each distinct label, in order of first appearance. */
    static Map<String, Color> colours(List<Band> bands) {
        Map<String, Color> colours = new LinkedHashMap<>();
        for (Band band : bands) {
            if (!colours.containsKey(band.label())) {
                Color base = COLOURS.get(colours.size() % COLOURS.size());
                colours.put(band.label(), new Color(base.getRed(), base.getGreen(), base.getBlue(), ALPHA));
            }
        }
        return colours;
    }

    /** Adds the bands to {@code plot} and returns their legend entries, one per label. */
    static List<LegendItem> draw(XYPlot plot, List<Band> bands, double legendSampleSize) {
        Map<String, Color> colours = colours(bands);
        for (Band band : bands) {
            IntervalMarker marker = new IntervalMarker(band.from(), band.to(), colours.get(band.label()));
            marker.setOutlinePaint(null);
            marker.setAlpha(1f); // the colour carries the translucency; the marker's default 0.8 would stack on it
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
        List<LegendItem> legend = new ArrayList<>();
        double half = legendSampleSize / 2.0 - 1;
        colours.forEach((label, colour) -> legend.add(new LegendItem(label, null, null, null,
                new Rectangle2D.Double(-half, -half, 2 * half, 2 * half), opaqueOnWhite(colour))));
        return legend;
    }

    /** The colour a translucent band shows on the white plot, so the legend sample matches what the eye sees. */
    private static Color opaqueOnWhite(Color colour) {
        double a = colour.getAlpha() / 255.0;
        return new Color(blend(colour.getRed(), a), blend(colour.getGreen(), a), blend(colour.getBlue(), a));
    }

    private static int blend(int channel, double alpha) {
        return (int) Math.round(channel * alpha + 255 * (1 - alpha));
    }
}
