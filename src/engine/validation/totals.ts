/**
 * What is a part of what. One routine serves both directions: rows adding up to a total row
 * (column sums) and columns adding up to a total column (row sums).
 *
 * Lines are walked in order, keeping the "items" since the start of the section: loose parts
 * and closed (sub)totals. A total is matched against the items after the latest boundary
 * first (a plain subtotal), then against longer runs (a total of subtotals plus loose rows,
 * like "Totaal lasten"); the first run that adds up wins, otherwise the closest one. A line that
 * is not labelled as a total but equals the sum of the items above it is a total found from
 * its values; a line equal to the difference of the two lines above it (Stijging t.o.v. 2020)
 * is a derived line, not a part.
 */
import { CellKind, type Grid } from "./grid";
import { cellUnit, judge, sumTolerance, type Verdict } from "./tolerance";

export type LineKind = "part" | "total" | "incl" | "skip" | "reset";

export interface AxisLine {
  at: number;
  kind: LineKind;
  /** for "incl": the two lines it is the sum of (excl + BTW) */
  fixedParts?: number[];
  /** unit of the values on this line (columns axis: the column's unit) */
  unit?: number;
  /** may be detected as a total/derived line from its values */
  detectable?: boolean;
  /** has no label: with a single figure per line only such lines are taken for totals */
  unlabelled?: boolean;
}

export interface TotalCheck {
  axis: "rows" | "columns";
  /** the total line and the cross position (grid row/col indices) */
  line: number;
  cross: number;
  /** grid row and column of the total cell */
  row: number;
  col: number;
  parts: number[];
  expected: number;
  actual: number;
  nonEmptyParts: number;
  unit: number;
  tolerance: number;
  verdict: Verdict;
  /** the total was recognised from its values, not its label */
  byValue: boolean;
  /** a saldo: parts[0] − parts[1] instead of a sum */
  difference?: boolean;
  /** not a sum: the same figure computed elsewhere (parts[0]) that this total should equal */
  reconciles?: boolean;
}

export interface AxisResult {
  checks: TotalCheck[];
  /** lines found to be totals from their values */
  valueTotals: Set<number>;
  /** lines found to be the difference of the two lines above */
  derived: Set<number>;
}

interface Item {
  line: number;
  boundary: boolean;
}

const MAX_CANDIDATES = 8;
/** placeholder until a total is chosen; closeTotal fills in the real parts */
const NO_PARTS: number[] = [];

export function resolveAxis(
  grid: Grid,
  axis: "rows" | "columns",
  lines: AxisLine[],
  cross: number[],
  crossUnit: (x: number) => number,
): AxisResult {
  const X = cross.length;
  const checks: TotalCheck[] = [];
  const valueTotals = new Set<number>();
  const derived = new Set<number>();
  const cellIndex = axis === "rows" ? (line: number, x: number) => line * grid.cols + cross[x] : (line: number, x: number) => cross[x] * grid.cols + line;
  const rowCol = axis === "rows" ? (line: number, x: number) => [line, cross[x]] : (line: number, x: number) => [cross[x], line];
  const lineUnit = new Map<number, number>();
  for (const l of lines) if (l.unit !== undefined) lineUnit.set(l.at, l.unit);

  const items: Item[] = [];
  /** indices of the items that are closed totals or derived lines, ascending */
  const boundaries: number[] = [];
  // prefix sums over items, row k at offset k·X: sum of values, count of printed numbers, count of any figure ("-" too)
  let capacity = 64;
  let sums = new Float64Array(capacity * X);
  let counts = new Int32Array(capacity * X);
  let filled = new Int32Array(capacity * X);

  const value = (line: number, x: number): number => {
    const i = cellIndex(line, x);
    const k = grid.kind[i];
    return k === CellKind.Number || k === CellKind.NumericText || k === CellKind.Dash ? grid.num[i] : NaN;
  };

  const grow = (needed: number) => {
    if (needed <= capacity) return;
    while (capacity < needed) capacity *= 2;
    const s2 = new Float64Array(capacity * X);
    s2.set(sums);
    sums = s2;
    const n2 = new Int32Array(capacity * X);
    n2.set(counts);
    counts = n2;
    const f2 = new Int32Array(capacity * X);
    f2.set(filled);
    filled = f2;
  };

  const push = (line: number, boundary: boolean) => {
    const k = items.length;
    grow(k + 2);
    const from = k * X;
    const to = from + X;
    for (let x = 0; x < X; x++) {
      let s = sums[from + x];
      let n = counts[from + x];
      let f = filled[from + x];
      const i = cellIndex(line, x);
      const kind = grid.kind[i];
      if (kind === CellKind.Number || kind === CellKind.NumericText || kind === CellKind.Dash) {
        s += grid.num[i];
        f++;
        if (kind !== CellKind.Dash) n++;
      }
      sums[to + x] = s;
      counts[to + x] = n;
      filled[to + x] = f;
    }
    if (boundary) boundaries.push(k);
    items.push({ line, boundary });
  };

  const truncate = (start: number) => {
    while (boundaries.length > 0 && boundaries[boundaries.length - 1] >= start) boundaries.pop();
    items.length = start;
  };

  /** the coarsest unit of the total line and its parts (columns axis: per column) */
  const partsUnit = (line: number, partLines: number[]): number => {
    let unit = lineUnit.get(line) ?? 1;
    for (const p of partLines) unit = Math.max(unit, lineUnit.get(p) ?? 1);
    return unit;
  };

  const unitFor = (line: number, x: number, columnsUnit: number): number => {
    const unit = axis === "rows" ? crossUnit(x) : columnsUnit;
    return Math.max(unit, cellUnit(grid, cellIndex(line, x), unit));
  };

  /**
   * Evaluates the items from `start` as parts of `line`: how many cells agree and, when
   * `collect`, the checks. `stopAtMismatch` ends a probe at the first cell that does not add up.
   */
  const evaluate = (line: number, start: number, byValue: boolean, collect: boolean, stopAtMismatch = false) => {
    const k = items.length;
    const at = k * X;
    const from = start * X;
    // rows axis: every part has the same unit, so the part list is only built for a chosen total
    const columnsUnit = axis === "columns" ? partsUnit(line, items.slice(start).map((it) => it.line)) : 1;
    const result: TotalCheck[] = [];
    let checked = 0;
    let agree = 0;
    let exact = 0;
    let nonZero = 0;
    for (let x = 0; x < X; x++) {
      const actual = value(line, x);
      if (Number.isNaN(actual)) continue;
      if (filled[at + x] - filled[from + x] === 0) continue;
      const expected = sums[at + x] - sums[from + x];
      const nonEmpty = counts[at + x] - counts[from + x];
      const unit = unitFor(line, x, columnsUnit);
      const tolerance = sumTolerance(unit, nonEmpty);
      const verdict = judge(actual, expected, tolerance);
      checked++;
      if (verdict !== "mismatch") agree++;
      else if (stopAtMismatch) break;
      if (verdict === "ok" && actual !== 0) exact++;
      if (actual !== 0) nonZero++;
      if (collect) {
        const [row, col] = rowCol(line, x);
        result.push({ axis, line, cross: cross[x], row, col, parts: NO_PARTS, expected, actual, nonEmptyParts: nonEmpty, unit, tolerance, verdict, byValue });
      }
    }
    return { checked, agree, exact, nonZero, checks: result };
  };

  const lastBoundaryStart = (): number => (boundaries.length > 0 ? boundaries[boundaries.length - 1] + 1 : 0);

  const candidateStarts = (): number[] => {
    const starts: number[] = [];
    for (let b = boundaries.length - 1; b >= 0 && starts.length < MAX_CANDIDATES; b--) {
      const k = boundaries[b];
      if (k + 1 < items.length) starts.push(k + 1);
    }
    if (items.length > 0 && starts[starts.length - 1] !== 0) starts.push(0);
    return starts;
  };

  const closeTotal = (line: number, start: number, found: TotalCheck[]) => {
    const parts = items.slice(start).map((it) => it.line);
    for (const check of found) check.parts = parts;
    checks.push(...found);
    truncate(start);
    push(line, true);
  };

  for (const l of lines) {
    if (l.kind === "reset") {
      truncate(0);
      continue;
    }
    if (l.kind === "skip") continue;
    if (l.kind === "incl" && l.fixedParts) {
      // excl + BTW: a sum of two named lines, wherever they are among the items
      const parts = l.fixedParts;
      for (let x = 0; x < X; x++) {
        const actual = value(l.at, x);
        const a = value(parts[0], x);
        const b = value(parts[1], x);
        if (Number.isNaN(actual) || (Number.isNaN(a) && Number.isNaN(b))) continue;
        const expected = (Number.isNaN(a) ? 0 : a) + (Number.isNaN(b) ? 0 : b);
        const unit = unitFor(l.at, x, partsUnit(l.at, parts));
        const nonEmpty = (Number.isNaN(a) ? 0 : 1) + (Number.isNaN(b) ? 0 : 1);
        const tolerance = sumTolerance(unit, nonEmpty);
        const [row, col] = rowCol(l.at, x);
        checks.push({ axis, line: l.at, cross: cross[x], row, col, parts, expected, actual, nonEmptyParts: nonEmpty, unit, tolerance, verdict: judge(actual, expected, tolerance), byValue: false });
      }
      truncate(0);
      push(l.at, true);
      continue;
    }
    if (l.kind === "total") {
      const starts = candidateStarts();
      if (starts.length === 0) {
        push(l.at, true);
        continue;
      }
      let best: { start: number; agree: number } | undefined;
      for (const start of starts) {
        const e = evaluate(l.at, start, false, false);
        if (e.agree === e.checked && e.checked > 0) {
          best = { start, agree: e.agree };
          break;
        }
        if (!best || e.agree > best.agree) best = { start, agree: e.agree };
      }
      closeTotal(l.at, best!.start, evaluate(l.at, best!.start, false, true).checks);
      continue;
    }
    // a part, unless its values show it is a total or a difference line
    if (l.detectable) {
      const start = lastBoundaryStart();
      if (items.length - start >= 2) {
        const e = evaluate(l.at, start, true, false, true);
        // one column of figures: 10, 20, 30 would make every third line a "total"; only an unlabelled line qualifies
        const needed = X === 1 ? 1 : 2;
        // found from values only when most cells add up exactly: small figures one unit apart prove nothing
        if ((X > 1 || l.unlabelled) && e.checked >= needed && e.agree === e.checked && e.exact >= needed && e.exact * 2 >= e.checked) {
          valueTotals.add(l.at);
          closeTotal(l.at, start, evaluate(l.at, start, true, true).checks);
          continue;
        }
      }
      if (axis === "rows" && items.length >= 2 && isDifference(l.at, items[items.length - 2].line, items[items.length - 1].line)) {
        derived.add(l.at);
        push(l.at, true);
        continue;
      }
    }
    push(l.at, false);
  }
  return { checks, valueTotals, derived };

  function isDifference(line: number, a: number, b: number): boolean {
    let agreeing = 0;
    let nonZero = 0;
    for (let x = 0; x < X; x++) {
      const v = value(line, x);
      const va = value(a, x);
      const vb = value(b, x);
      if (Number.isNaN(v)) continue;
      const d = (Number.isNaN(va) ? 0 : va) - (Number.isNaN(vb) ? 0 : vb);
      const unit = crossUnit(x);
      if (judge(v, d, unit) === "mismatch" && judge(v, -d, unit) === "mismatch") return false;
      agreeing++;
      if (v !== 0) nonZero++;
    }
    return agreeing >= 2 && nonZero >= 2;
  }
}
