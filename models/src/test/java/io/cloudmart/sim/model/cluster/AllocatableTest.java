package io.cloudmart.sim.model.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The instance-type table and the EKS AMI's allocatable rule, against figures worked out by hand from
 * awslabs/amazon-eks-ami nodeadm ({@code getCPUMillicoresToReserve}, {@code GetMemoryMebibytesToReserve},
 * evictionHard 100Mi) and its ENI max-pods table.
 */
class AllocatableTest {
    private static final double EPS = 1e-9;

    @Test
    void tableHoldsTheTwentyTypesOfTheDomainFactsWithTheirPrices() {
        assertThat(InstanceTypes.all()).hasSize(20);
        assertThat(InstanceTypes.names()).doesNotHaveDuplicates();
        InstanceType m5 = InstanceTypes.byName("m5.large");
        assertThat(m5.vcpu()).isEqualTo(2);
        assertThat(m5.memoryGiB()).isEqualTo(8.0);
        assertThat(m5.onDemandPricePerHour()).isEqualTo(0.096);
        assertThat(m5.maxPods()).isEqualTo(29);
        assertThat(InstanceTypes.byName("c5.2xlarge").onDemandPricePerHour()).isEqualTo(0.34);
        assertThat(InstanceTypes.byName("g5.xlarge").onDemandPricePerHour()).isEqualTo(1.006);
        assertThat(InstanceTypes.byName("M5.Large")).isSameAs(m5);
    }

    @Test
    void unknownTypeIsRefusedWithTheKnownNames() {
        assertThatThrownBy(() -> InstanceTypes.byName("m5.larg"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown instance type 'm5.larg'")
                .hasMessageContaining("m5.large, m5.xlarge");
        assertThat(InstanceTypes.find("m9.huge")).isEmpty();
    }

    @ParameterizedTest(name = "{0} vCPU -> kube-reserved {1}m")
    @CsvSource({"1, 60", "2, 70", "4, 80", "8, 90", "16, 110", "64, 230"})
    void kubeReservedCpuFollowsTheFourRanges(int vcpu, int expectedMillicores) {
        // 6 % of core 1 = 60m, 1 % of core 2 = 10m, 0.5 % of cores 3-4 = 10m, 0.25 % of each further core = 2.5m
        assertThat(Allocatable.eksKubeReservedCpuMillicores(vcpu)).isEqualTo(expectedMillicores);
    }

    @Test
    void m5LargeAllocatableByHand() {
        // capacity 2 cores, 8 GiB = 8192 MiB, maxPods 29 (3 ENIs x (10 - 1) + 2)
        // kube-reserved: cpu 60 + 10 = 70m; memory 11 x 29 + 255 = 574 MiB; eviction 100 MiB; no system-reserved
        Allocatable a = Allocatable.eksAmi(InstanceTypes.byName("m5.large"));
        assertThat(a.kubeReservedCpu()).isCloseTo(0.070, within(EPS));
        assertThat(a.kubeReservedMemoryMiB()).isEqualTo(574.0);
        assertThat(a.systemReservedCpu()).isZero();
        assertThat(a.evictionHardMemoryMiB()).isEqualTo(100.0);
        assertThat(a.cpu()).isCloseTo(1.930, within(EPS));
        assertThat(a.memoryMiB()).isEqualTo(8192.0 - 574.0 - 100.0).isEqualTo(7518.0);
        assertThat(a.maxPods()).isEqualTo(29);
    }

    @Test
    void smallTypesLoseMostOfTheirMemory() {
        // t3.micro: 1024 - (11 x 4 + 255 = 299) - 100 = 625 MiB; t3.small: 2048 - (11 x 11 + 255 = 376) - 100 = 1572 MiB
        assertThat(Allocatable.eksAmi(InstanceTypes.byName("t3.micro")).memoryMiB()).isEqualTo(625.0);
        assertThat(Allocatable.eksAmi(InstanceTypes.byName("t3.small")).memoryMiB()).isEqualTo(1572.0);
        // m5.4xlarge: 16 cores - 110m; 65536 - (11 x 234 + 255 = 2829) - 100 = 62607 MiB
        Allocatable big = Allocatable.eksAmi(InstanceTypes.byName("m5.4xlarge"));
        assertThat(big.cpu()).isCloseTo(15.890, within(EPS));
        assertThat(big.memoryMiB()).isEqualTo(62607.0);
    }

    @Test
    void reservationsThatLeaveNothingAreRefused() {
        assertThatThrownBy(() -> new Allocatable(2, 1024, 2, 0, 0, 0, 100, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing allocatable");
    }

    @Test
    void typeWithoutMaxPodsUsesTheKubeletDefault() {
        assertThat(new InstanceType("x1.custom", 4, 16, 0.2).maxPods()).isEqualTo(110);
    }
}
