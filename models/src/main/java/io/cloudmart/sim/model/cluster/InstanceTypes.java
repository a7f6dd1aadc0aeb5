package io.cloudmart.sim.model.cluster;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in table of 20 EC2 instance types with their us-east-1 on-demand Linux prices.
 *
 * <p>The project's one declaration of instance types: the scheduler and the node autoscalers size nodes from it,
 * and FinOps prices them from it ({@code finops.PriceBook.awsUsEast1()}).
 *
 * <p>Prices: aws/karpenter-provider-aws {@code pkg/providers/pricing/zz_generated.pricing_aws.go}
 * @031e72b, generated from the AWS pricing API on 2026-01-19 for us-east-1 (as copied into the project's
 * domain facts, section 9.4; the same figures again @1d92708, generated 2026-07-20). vCPU and memory are the
 * standard instance specs. {@code maxPods}: the ENI table of awslabs/amazon-eks-ami
 * {@code nodeadm/internal/kubelet/eni-max-pods.txt} (see {@link InstanceType}).
 *
 * <p>The table is immutable; look a type up with {@link #byName(String)}, whose error lists the known
 * names so a caller can say "did you mean".
 */
public final class InstanceTypes {
    /** The source of the prices, for reports. */
    public static final String PRICE_SOURCE = "aws/karpenter-provider-aws pkg/providers/pricing/zz_generated.pricing_aws.go"
            + " @031e72b (2026-01-19, us-east-1, on-demand Linux)";

    private static final List<InstanceType> ALL = List.of(
            new InstanceType("t3.micro", 2, 1, 0.0104, 4),
            new InstanceType("t3.small", 2, 2, 0.0208, 11),
            new InstanceType("t3.medium", 2, 4, 0.0416, 17),
            new InstanceType("t3.large", 2, 8, 0.0832, 35),
            new InstanceType("t3.xlarge", 4, 16, 0.1664, 58),
            new InstanceType("t4g.medium", 2, 4, 0.0336, 17),
            new InstanceType("c5.large", 2, 4, 0.085, 29),
            new InstanceType("c5.xlarge", 4, 8, 0.17, 58),
            new InstanceType("c5.2xlarge", 8, 16, 0.34, 58),
            new InstanceType("r5.large", 2, 16, 0.126, 29),
            new InstanceType("r5.xlarge", 4, 32, 0.252, 58),
            new InstanceType("m5.large", 2, 8, 0.096, 29),
            new InstanceType("m5.xlarge", 4, 16, 0.192, 58),
            new InstanceType("m5.2xlarge", 8, 32, 0.384, 58),
            new InstanceType("m5.4xlarge", 16, 64, 0.768, 234),
            new InstanceType("m6i.large", 2, 8, 0.096, 29),
            new InstanceType("m6g.large", 2, 8, 0.077, 29),
            new InstanceType("m7g.large", 2, 8, 0.0816, 29),
            new InstanceType("m7i.large", 2, 8, 0.1008, 29),
            new InstanceType("g5.xlarge", 4, 16, 1.006, 58));

    private InstanceTypes() {
    }

    /** All built-in types, in table order. */
    public static List<InstanceType> all() {
        return ALL;
    }

    /** The names of the built-in types, in table order. */
    public static List<String> names() {
        return ALL.stream().map(InstanceType::name).toList();
    }

    /** The built-in type called {@code name} (case-insensitive), if any. */
    public static Optional<InstanceType> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(t -> t.name().equals(wanted)).findFirst();
    }

    /**
     * The built-in type called {@code name}.
     *
     * @throws IllegalArgumentException naming the known types when there is no such type
     */
    public static InstanceType byName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown instance type '" + name + "'; known types: " + String.join(", ", names())));
    }
}
