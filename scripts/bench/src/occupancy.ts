/**
 * occupancy_ratio_to_floor: the engine on 1,000,000 stays → 342 municipalities × 24 months,
 * divided by one pass over the same input arrays, both measured here in the same process.
 * Also prints the engine time for 100,000 stays (issue 5 asks for both sizes).
 */
import { emit, medianMs, pairedMedianMs, round } from "./measure";
import { engineColumns, engineOccupancy, occupancyFloor, occupancyGroupingPass } from "./occupancyAdapter";
import { generateStays } from "./stays";

function measure(size: number, repetitions: number) {
  const stays = generateStays(size, 42, 0.1);
  engineColumns(stays);
  const grouping = medianMs(() => occupancyGroupingPass(stays), repetitions);
  const paired = pairedMedianMs(() => occupancyFloor(stays), () => engineOccupancy(stays), repetitions);
  return { engineMs: paired.engineMs, floorMs: paired.floorMs, groupingMs: grouping.ms, groups: paired.result.size };
}

const small = measure(100_000, 9);
emit({ metric: "occupancy_engine_ms_100k", value: round(small.engineMs), unit: "ms", floor_ms: round(small.floorMs) });
const large = measure(1_000_000, 7);
emit({
  metric: "occupancy_ratio_to_floor",
  value: round(large.engineMs / large.floorMs),
  unit: "x",
  stays: 1_000_000,
  groups: large.groups,
  months: 24,
  engine_ms: round(large.engineMs),
  floor_ms: round(large.floorMs),
  grouping_pass_ms: round(large.groupingMs),
});
