/**
 * When is a difference rounding and when a real mismatch.
 *
 * Printed figures are rounded to a unit (1 euro, 0,01 place …). A total of n rounded parts can
 * drift by up to ½ unit per part, so a difference no larger than max(unit, ½ unit × n) is a
 * rounding difference; anything larger is a mismatch.
 */
import type { Grid } from "./grid";

/** The unit of a number format: "#,##0" → 1, "#,##0.00" → 0.01, "0%" → 0.01, "0.0%" → 0.001. */
export function unitFromFormat(format: string): number | undefined {
  const section = format.split(";")[0].replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  if (!/[0#?]/.test(section)) return undefined;
  const dot = section.indexOf(".");
  let decimals = 0;
  if (dot >= 0) {
    const m = /^[0#?]+/.exec(section.slice(dot + 1));
    decimals = m ? m[0].length : 0;
  }
  if (section.includes("%")) decimals += 2;
  return Math.pow(10, -decimals);
}

/** Unit of one cell: its number format when present, else the decimals its column carries. */
export function cellUnit(grid: Grid, i: number, columnUnit: number): number {
  const slot = grid.formatSlot[i];
  if (slot === 0) return columnUnit;
  // computed once per distinct format by buildGrid; NaN = the format prints no digits
  const u = grid.formatUnit[slot - 1];
  return Number.isNaN(u) ? columnUnit : u;
}

/** The unit a column's values carry: 10^-(most decimals seen), 1 when all whole numbers. */
export function columnUnitFromDecimals(maxDecimals: number): number {
  return Math.pow(10, -Math.max(0, maxDecimals));
}

export function sumTolerance(unit: number, nonEmptyParts: number): number {
  return Math.max(unit, 0.5 * unit * nonEmptyParts);
}

/** |BTW − rate × base| within ½ unit (BTW rounded) + rate × ½ unit (base rounded). */
export function vatTolerance(unit: number, rate: number): number {
  return 0.5 * unit + rate * 0.5 * unit;
}

/** An average may differ from the mean by max(unit of the average, ½ unit of inputs + ½ unit of the average). */
export function averageTolerance(averageUnit: number, inputUnit: number): number {
  return Math.max(averageUnit, 0.5 * inputUnit + 0.5 * averageUnit);
}

export type Verdict = "ok" | "rounding" | "mismatch";

/** Equal up to float noise → ok; within tolerance → rounding; else mismatch. */
export function judge(actual: number, expected: number, tolerance: number): Verdict {
  const diff = Math.abs(actual - expected);
  const noise = 1e-9 * Math.max(1, Math.abs(actual), Math.abs(expected));
  if (diff <= noise) return "ok";
  return diff <= tolerance + noise ? "rounding" : "mismatch";
}

/** Round to a unit for display of expected values. */
export function roundTo(value: number, unit: number): number {
  const decimals = Math.max(0, Math.round(-Math.log10(unit)));
  return Number(value.toFixed(Math.min(decimals, 10)));
}
