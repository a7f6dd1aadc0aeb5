package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.Declare.obj;

import io.cloudmart.sim.scenario.spec.SecuritySwitches;

/**
 * The {@code security} section: one switch per zero-trust layer, so a learner can run the same scenario without a
 * layer and compare. Every switch defaults to {@code true}, which keeps what the rest of the file declares; {@code
 * false} removes the layer wherever it is declared. A switch for a layer the scenario does not have changes nothing.
 */
final class SecuritySchema {
    private static final String KEEPS = "[CHOICE] `true` keeps what the file declares";

    static final Field<Boolean> JWT = Field.of("jwt", Kind.BOOL, SecuritySwitches.ALL_ON.jwt(),
            "`false` turns Kong's `jwt` plugin off, as deleting `gateway.plugins.jwt` would").note(KEEPS);
    static final Field<Boolean> MTLS = Field.of("mtls", Kind.BOOL, SecuritySwitches.ALL_ON.mtls(),
            "`false` makes the mesh plaintext, as `mesh.mtls: DISABLE` would (the sidecars stay)").note(KEEPS);
    static final Field<Boolean> OPA = Field.of("opa", Kind.BOOL, SecuritySwitches.ALL_ON.opa(),
            "`false` drops the `authorize` (Open Policy Agent) decision of every endpoint").note(KEEPS);

    static final Schema.Obj SECURITY = obj(JWT, MTLS, OPA);

    private SecuritySchema() {
    }

    /** The switches of {@code security} (all on when the section is absent; a wrong value, already reported, stays on). */
    static SecuritySwitches bind(Binding b, Fields top) {
        if (!top.has("security")) {
            return SecuritySwitches.ALL_ON;
        }
        Fields f = b.section(top, "security");
        return new SecuritySwitches(b.readOrDefault(f, JWT), b.readOrDefault(f, MTLS), b.readOrDefault(f, OPA));
    }
}
