/**
 * The series of a bridge chart, worked out before anything is sent to Excel.
 *
 * Why a stacked column chart and not Excel's own "Waterfall" type: Office.js lists
 * `Excel.ChartType.waterfall` (ExcelApi 1.9) and `charts.add("Waterfall", …)` creates one, but
 * the API has no way to mark a point as a total ("Set as total" exists only in Excel's own
 * menu; ChartPoint has no such property). A waterfall made through the API would draw the new
 * total as one more increase on top of the old total. The classic bridge — an invisible base
 * series with the visible bars stacked on it — is exact, needs ExcelApi 1.8 at most and looks
 * the same in every Excel version, the Excel file and the preview.
 *
 * Each bar covers an interval [lo, hi] of the running total. Excel stacks positive values up
 * from 0 and negative values down from 0, so:
 * - interval above zero (lo ≥ 0): base = lo, bar = hi − lo;
 * - interval below zero (hi ≤ 0): base = hi, bar = lo − hi (both stack downwards);
 * - interval across zero: no base, the bar is split into hi (up) and lo (down) — two series of
 *   the same colour, added only when a bar crosses zero.
 */
import type { BridgeChartSpec, BridgeNames } from "./WorkbookPort";
import { PortError } from "./WorkbookPort";

export type BridgeRole = "base" | "total" | "increase" | "decrease";

export interface BridgeSeries {
  role: BridgeRole;
  name: string;
  /** one value per bar (start, steps…, end) */
  values: number[];
}

export const DEFAULT_BRIDGE_NAMES: BridgeNames = {
  data: "Gegevens voor de grafiek",
  amount: "Bedrag",
  base: "Basis (onzichtbaar)",
  total: "Totaal",
  increase: "Stijging",
  decrease: "Daling",
};

/** Colours of Excel's own waterfall chart: increase blue, decrease orange, total grey. */
export const BRIDGE_FILLS: Record<Exclude<BridgeRole, "base">, string> = {
  total: "#A5A5A5",
  increase: "#4472C4",
  decrease: "#ED7D31",
};

/** Amounts are cents at most: keeps 0.1 + 0.2 from showing as a sliver of a bar. */
const cents = (v: number) => Math.round(v * 100) / 100 || 0;

export function bridgeNames(spec: BridgeChartSpec): BridgeNames {
  return { ...DEFAULT_BRIDGE_NAMES, ...spec.names };
}

/** The bars' labels and own amounts, in order: start, steps, end. */
export function bridgeBars(spec: BridgeChartSpec): { labels: string[]; amounts: number[] } {
  const bars = [spec.start, ...spec.steps, spec.end];
  return { labels: bars.map((b) => b.label), amounts: bars.map((b) => b.value) };
}

export function bridgeSeries(spec: BridgeChartSpec): BridgeSeries[] {
  const names = bridgeNames(spec);
  const bars = [spec.start, ...spec.steps, spec.end];
  for (const bar of bars) {
    if (!Number.isFinite(bar.value)) throw new PortError(`De brug "${spec.title.slice(0, 40)}" heeft geen getal bij "${bar.label.slice(0, 40)}"; er is niets geschreven.`);
  }
  const reached = spec.steps.reduce((sum, s) => sum + s.value, spec.start.value);
  if (Math.abs(reached - spec.end.value) > 0.005) {
    throw new PortError(
      `De brug "${spec.title.slice(0, 40)}" klopt niet: begin plus stappen is ${cents(reached)}, het eindtotaal is ${spec.end.value}; er is niets geschreven.`,
    );
  }
  const n = bars.length;
  const zeros = () => Array<number>(n).fill(0);
  const base = zeros();
  const up = { total: zeros(), increase: zeros(), decrease: zeros() };
  const down = { total: zeros(), increase: zeros(), decrease: zeros() };
  let running = spec.start.value;
  bars.forEach((bar, i) => {
    const role: Exclude<BridgeRole, "base"> = i === 0 || i === n - 1 ? "total" : bar.value >= 0 ? "increase" : "decrease";
    let lo: number;
    let hi: number;
    if (role === "total") {
      lo = Math.min(0, bar.value);
      hi = Math.max(0, bar.value);
    } else {
      const before = running;
      running += bar.value;
      lo = Math.min(before, running);
      hi = Math.max(before, running);
    }
    if (lo >= 0) {
      base[i] = cents(lo);
      up[role][i] = cents(hi - lo);
    } else if (hi <= 0) {
      base[i] = cents(hi);
      down[role][i] = cents(lo - hi);
    } else {
      up[role][i] = cents(hi);
      down[role][i] = cents(lo);
    }
  });
  const series: BridgeSeries[] = [{ role: "base", name: names.base, values: base }];
  for (const role of ["total", "increase", "decrease"] as const) {
    // a bar below zero goes in the same series as those above it; a second series of the same
    // colour only for a bar that crosses zero (Excel stacks one value per series per bar)
    const crossing = up[role].some((v, i) => v !== 0 && down[role][i] !== 0);
    if (crossing) {
      series.push({ role, name: names[role], values: up[role] });
      series.push({ role, name: names[role], values: down[role] });
    } else {
      series.push({ role, name: names[role], values: up[role].map((v, i) => v || down[role][i]) });
    }
  }
  return series;
}

/**
 * Number format of a series' bar labels: a decrease reads as a minus whatever side of zero the
 * bar stands, an increase as a plus amount; zero (a bar this series does not have) shows nothing.
 */
export function bridgeLabelFormat(role: Exclude<BridgeRole, "base">, euroFormat: string): string {
  const positive = euroFormat.split(";")[0];
  const negative = euroFormat.split(";")[1] ?? `-${positive}`;
  if (role === "decrease") return `${negative};${negative};;`;
  if (role === "increase") return `${positive};${positive};;`;
  return `${positive};${negative};;`;
}
