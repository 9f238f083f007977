/**
 * The occupancy engine as the benchmarks call it: the generated stays turned once into the
 * column arrays a sheet delivers (dates as Excel serials, an empty end as ""), then one
 * `computeOccupancy` per measurement. The conversion is cached so it is never timed.
 */
import { computeOccupancy, type StayColumns } from "../../../src/engine/occupancy";
import { EXCEL_SERIAL_OF_UNIX_EPOCH } from "../../../src/engine/shared/dates";
import { consume } from "./measure";
import { PERIOD, type GeneratedStays } from "./stays";

const columnsCache = new WeakMap<GeneratedStays, StayColumns & { start: number[]; end: (number | string)[]; municipality: string[] }>();

export function engineColumns(stays: GeneratedStays) {
  let columns = columnsCache.get(stays);
  if (!columns) {
    const n = stays.starts.length;
    const start = new Array<number>(n);
    const end = new Array<number | string>(n);
    for (let i = 0; i < n; i++) {
      start[i] = stays.starts[i] + EXCEL_SERIAL_OF_UNIX_EPOCH;
      end[i] = stays.ends[i] < 0 ? "" : stays.ends[i] + EXCEL_SERIAL_OF_UNIX_EPOCH;
    }
    columns = { municipality: stays.municipalities, start, end };
    columnsCache.set(stays, columns);
  }
  return columns;
}

/** Average places per municipality per month, as the engine computes them. */
export function engineOccupancy(stays: GeneratedStays): Map<string, number[]> {
  const result = computeOccupancy(engineColumns(stays), { from: PERIOD.from, to: PERIOD.to, onInvalidRow: "throw" });
  return new Map(result.groups.map((g) => [g.label, g.average]));
}

/**
 * The floor: one pass over the same three input arrays, touching every value once (what any
 * computation over these columns must at least do).
 */
export function occupancyFloor(stays: GeneratedStays): number {
  const { municipality, start, end } = engineColumns(stays);
  let acc = 0;
  for (let i = 0; i < start.length; i++) {
    const e = end[i];
    acc += municipality[i].length + (typeof e === "number" ? e - start[i] : 1);
  }
  consume(acc);
  return acc;
}

/**
 * A diagnostic, not the floor of the metric: one pass that also finds each stay's group in a
 * Map keyed by municipality name — the least any grouping by name must do per row.
 */
export function occupancyGroupingPass(stays: GeneratedStays): number {
  const { municipality, start, end } = engineColumns(stays);
  const groups = new Map<string, number>();
  let acc = 0;
  for (let i = 0; i < start.length; i++) {
    const name = municipality[i];
    let g = groups.get(name);
    if (g === undefined) groups.set(name, (g = groups.size));
    const e = end[i];
    acc += g + (typeof e === "number" ? e - start[i] : 1);
  }
  consume(acc);
  return acc;
}
