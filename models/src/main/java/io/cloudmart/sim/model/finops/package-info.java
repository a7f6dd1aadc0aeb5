/**
 * FinOps cost model: what the cluster's nodes cost, who used that money, and how the spend compares with a
 * budget. Pure logic driven by explicit times in seconds, so a periodic controller of the simulator can feed it.
 *
 * <ul>
 *   <li>{@link io.cloudmart.sim.model.finops.PriceBook}, {@link io.cloudmart.sim.model.finops.PurchaseOption}:
 *       the hourly rate of a node (AWS us-east-1 on-demand prices from the one table of instance types,
 *       {@link io.cloudmart.sim.model.cluster.InstanceTypes}; spot, reserved, savings plan).</li>
 *   <li>{@link io.cloudmart.sim.model.finops.NodeBilling}: EC2 per-second billing with a 60 s minimum.</li>
 *   <li>{@link io.cloudmart.sim.model.finops.PriceSplit}: OpenCost's split of a node price into CPU and RAM prices.</li>
 *   <li>{@link io.cloudmart.sim.model.finops.CostAllocator}: OpenCost allocation, max(request, usage) per container,
 *       with idle per node, grouped by service and team into an
 *       {@link io.cloudmart.sim.model.finops.AllocationReport}.</li>
 *   <li>{@link io.cloudmart.sim.model.finops.UnitCosts}: cost per 1,000 requests and per 1,000 committed orders.</li>
 *   <li>{@link io.cloudmart.sim.model.finops.BudgetMonitor}: budget thresholds and a linear burn-rate projection.</li>
 * </ul>
 *
 * <p>Sources: opencost/opencost @5f65333 ({@code spec/opencost-specv01.md}, {@code configs/default.json},
 * {@code pkg/costmodel/costmodel.go}, {@code core/pkg/opencost/allocation.go}); aws/karpenter-provider-aws
 * {@code pkg/providers/pricing/zz_generated.pricing_aws.go}. Money is in the price book's currency (USD by default).
 * GPUs, storage and network are not modelled.
 */
package io.cloudmart.sim.model.finops;
