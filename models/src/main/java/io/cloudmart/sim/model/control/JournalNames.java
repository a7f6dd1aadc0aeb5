package io.cloudmart.sim.model.control;

/**
 * The journal names of the control loops whose classes stay inside this package, for readers of
 * {@code events.jsonl} and the report. The HPA, VPA and node provisioners declare theirs where they are public
 * ({@code HpaController.nameFor}, {@code VpaController.nameFor}, {@link NodeProvisioner#controller()}).
 */
public final class JournalNames {
    /** Spot interruptions ({@code SpotMarket}). */
    public static final String SPOT = "spot";
    /** The bill's budget alerts ({@code CostMeter}). */
    public static final String FINOPS = "finops";

    private JournalNames() {
    }
}
