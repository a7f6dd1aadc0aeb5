package io.cloudmart.sim.report;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A layered box-and-arrow diagram (an architecture: who calls whom), drawn as inline SVG. Layers are rows from the
 * top; each node is a box with a name and a small kind line; edges are arrows from one node to another.
 *
 * @param title accessible name of the drawing and its caption's start; required
 * @param layers rows from top to bottom, each with its nodes in the order they are tried left to right; node ids
 *     unique over the diagram
 * @param edges arrows between nodes of the diagram, drawn in list order
 * @param note caption under the drawing; {@code null} or empty for none
 */
public record Diagram(String title, List<List<Node>> layers, List<Edge> edges, String note) implements Block {

    /**
     * One box.
     *
     * @param id unique in the diagram, what edges name
     * @param label the name shown in bold
     * @param detail a second, smaller line (its kind, its size); may be empty
     * @param colour palette index of the box's outline and top stripe, {@link Line#AUTO} for the neutral grey
     */
    public record Node(String id, String label, String detail, int colour) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            detail = detail == null ? "" : detail;
        }
    }

    /** How an arrow is drawn: a call that waits for its answer, or a message that does not. */
    public enum Flow {
        /** A solid arrow: a synchronous call (HTTP, a query). */
        SYNC,
        /** A dashed arrow: an asynchronous message (a Kafka record). */
        ASYNC
    }

    /**
     * One arrow.
     *
     * @param from id of the node it starts at
     * @param to id of the node it points to
     * @param flow solid or dashed
     */
    public record Edge(String from, String to, Flow flow) {
        public Edge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(flow, "flow");
        }
    }

    /** Copies the lists and checks that ids are unique and every edge joins two nodes of the diagram. */
    public Diagram {
        Objects.requireNonNull(title, "title");
        layers = layers.stream().map(List::copyOf).toList();
        edges = List.copyOf(edges);
        note = note == null ? "" : note;
        Set<String> ids = new HashSet<>();
        for (List<Node> layer : layers) {
            for (Node node : layer) {
                if (!ids.add(node.id())) {
                    throw new IllegalArgumentException("diagram '" + title + "': node id '" + node.id() + "' twice");
                }
            }
        }
        for (Edge edge : edges) {
            if (!ids.contains(edge.from()) || !ids.contains(edge.to())) {
                throw new IllegalArgumentException("diagram '" + title + "': edge " + edge + " joins an unknown node");
            }
        }
    }
}
