package io.cloudmart.sim.model.mesh;

import java.util.function.Consumer;

/** Where the mesh reports control-plane-like decisions (an ejection, a return) as text with a time. */
record MeshEvents(Consumer<String> log) {
    void outlier(OutlierEvent event) {
        log.accept(event.describe());
    }
}
