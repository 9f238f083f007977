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

/** Cells of a total line that were checked, agree (ok or rounding), add up exactly and are not zero; the checks when collected. */
interface Tally {
  checked: number;
  agree: number;
  exact: number;
  nonZero: number;
  checks: TotalCheck[];
}

const MAX_CANDIDATES = 8;
/** placeholder until a total is chosen; closeTotal fills in the real parts */
const NO_PARTS: number[] = [];
/** the check list of a probe, which collects none */
const NO_CHECKS: TotalCheck[] = [];

export function resolveAxis(
  grid: Grid,
  axis: "rows" | "columns",
  lines: AxisLine[],
  cross: number[],
  crossUnit: (x: number) => number,
): AxisResult {
  return new AxisResolver(grid, axis, lines, cross, crossUnit).run(lines);
}

/**
 * The walk of resolveAxis. A class rather than closures inside resolveAxis: V8 optimises a
 * closure's calls to its sibling closures for the closure objects it saw, and each call of
 * resolveAxis makes new ones, so the optimised code was thrown away again and again on big sheets.
 */
class AxisResolver {
  private readonly X: number;
  private readonly checks: TotalCheck[] = [];
  private readonly valueTotals = new Set<number>();
  private readonly derived = new Set<number>();
  private readonly lineUnit = new Map<number, number>();
  /** crossUnit per cross position, asked once */
  private readonly crossUnits: Float64Array;
  /**
   * The cross positions, copied into a typed array: the lists callers pass differ in their hidden
   * array kind from call to call, and optimised code that met one kind was thrown away for the other
   * hundreds of times per sheet.
   */
  private readonly cross: Int32Array;
  /** the lines of the items, in order (plain numbers: an item per line of a long sheet) */
  private readonly items: number[] = [];
  /** indices of the items that are closed totals or derived lines, ascending */
  private readonly boundaries: number[] = [];
  // prefix sums over items, row k at offset k·X: sum of values, count of printed numbers, count of any figure ("-" too)
  private capacity: number;
  private sums: Float64Array;
  private counts: Int32Array;
  private filled: Int32Array;
  /** what evaluate found last, read before the next call: a probe runs for every part line of a long sheet */
  private readonly tally: Tally = { checked: 0, agree: 0, exact: 0, nonZero: 0, checks: NO_CHECKS };

  constructor(
    private readonly grid: Grid,
    private readonly axis: "rows" | "columns",
    lines: AxisLine[],
    cross: number[],
    crossUnit: (x: number) => number,
  ) {
    this.X = cross.length;
    this.cross = Int32Array.from(cross);
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k];
      if (l.unit !== undefined) this.lineUnit.set(l.at, l.unit);
    }
    this.crossUnits = new Float64Array(cross.length);
    for (let x = 0; x < cross.length; x++) this.crossUnits[x] = crossUnit(x);
    // every line adds at most one item: with few lines (the columns axis, where an item spans every row
    // of the sheet) no more is ever needed than lines + 2; totals truncate the items, so start small
    this.capacity = Math.min(64, lines.length + 2);
    this.sums = new Float64Array(this.capacity * this.X);
    this.counts = new Int32Array(this.capacity * this.X);
    this.filled = new Int32Array(this.capacity * this.X);
  }

  private cellIndex(line: number, x: number): number {
    return this.axis === "rows" ? line * this.grid.cols + this.cross[x] : this.cross[x] * this.grid.cols + line;
  }

  private value(line: number, x: number): number {
    const i = this.cellIndex(line, x);
    const k = this.grid.kind[i];
    return k === CellKind.Number || k === CellKind.NumericText || k === CellKind.Dash ? this.grid.num[i] : NaN;
  }

  private grow(needed: number): void {
    if (needed <= this.capacity) return;
    while (this.capacity < needed) this.capacity *= 2;
    const size = this.capacity * this.X;
    const s2 = new Float64Array(size);
    s2.set(this.sums);
    this.sums = s2;
    const n2 = new Int32Array(size);
    n2.set(this.counts);
    this.counts = n2;
    const f2 = new Int32Array(size);
    f2.set(this.filled);
    this.filled = f2;
  }

  private push(line: number, boundary: boolean): void {
    const k = this.items.length;
    this.grow(k + 2);
    const { X, sums, counts, filled, grid, cross } = this;
    const from = k * X;
    const to = from + X;
    // cell (line, x) is at base + step × cross[x]: cellIndex without a call per cell
    const rows = this.axis === "rows";
    const base = rows ? line * grid.cols : line;
    const step = rows ? 1 : grid.cols;
    for (let x = 0; x < X; x++) {
      let s = sums[from + x];
      let n = counts[from + x];
      let f = filled[from + x];
      const i = base + step * cross[x];
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
    if (boundary) this.boundaries.push(k);
    this.items.push(line);
  }

  private truncate(start: number): void {
    const boundaries = this.boundaries;
    while (boundaries.length > 0 && boundaries[boundaries.length - 1] >= start) boundaries.pop();
    this.items.length = start;
  }

  /** the coarsest unit of the total line and its parts (columns axis: per column) */
  private partsUnit(line: number, partLines: number[]): number {
    let unit = this.lineUnit.get(line) ?? 1;
    for (let k = 0; k < partLines.length; k++) unit = Math.max(unit, this.lineUnit.get(partLines[k]) ?? 1);
    return unit;
  }

  private unitFor(line: number, x: number, columnsUnit: number): number {
    const unit = this.axis === "rows" ? this.crossUnits[x] : columnsUnit;
    return Math.max(unit, cellUnit(this.grid, this.cellIndex(line, x), unit));
  }

  /**
   * Evaluates the items from `start` as parts of `line`: how many cells agree and, when
   * `collect`, the checks. `stopAtMismatch` ends a probe at the first cell that does not add up.
   */
  private evaluate(line: number, start: number, byValue: boolean, collect: boolean, stopAtMismatch = false): Tally {
    const { X, sums, counts, filled, axis, cross } = this;
    const k = this.items.length;
    const at = k * X;
    const from = start * X;
    // rows axis: every part has the same unit, so the part list is only built for a chosen total
    const columnsUnit = axis === "columns" ? this.partsUnit(line, this.items.slice(start)) : 1;
    // a probe (collect false) runs for every part line: it allocates no check list
    const result: TotalCheck[] | undefined = collect ? [] : undefined;
    let checked = 0;
    let agree = 0;
    let exact = 0;
    let nonZero = 0;
    const { grid, crossUnits } = this;
    const rows = axis === "rows";
    // cell (line, x) is at base + step × cross[x]; value and unitFor written out: this runs for every total cell
    const base = rows ? line * grid.cols : line;
    const step = rows ? 1 : grid.cols;
    for (let x = 0; x < X; x++) {
      const i = base + step * cross[x];
      const kind = grid.kind[i];
      if (kind !== CellKind.Number && kind !== CellKind.NumericText && kind !== CellKind.Dash) continue;
      const actual = grid.num[i];
      if (Number.isNaN(actual)) continue;
      if (filled[at + x] - filled[from + x] === 0) continue;
      const expected = sums[at + x] - sums[from + x];
      const nonEmpty = counts[at + x] - counts[from + x];
      const lineUnit = rows ? crossUnits[x] : columnsUnit;
      const unit = Math.max(lineUnit, cellUnit(grid, i, lineUnit));
      const tolerance = sumTolerance(unit, nonEmpty);
      const verdict = judge(actual, expected, tolerance);
      checked++;
      if (verdict !== "mismatch") agree++;
      else if (stopAtMismatch) break;
      if (verdict === "ok" && actual !== 0) exact++;
      if (actual !== 0) nonZero++;
      if (result) {
        const row = axis === "rows" ? line : cross[x];
        const col = axis === "rows" ? cross[x] : line;
        result.push({ axis, line, cross: cross[x], row, col, parts: NO_PARTS, expected, actual, nonEmptyParts: nonEmpty, unit, tolerance, verdict, byValue });
      }
    }
    const tally = this.tally;
    tally.checked = checked;
    tally.agree = agree;
    tally.exact = exact;
    tally.nonZero = nonZero;
    tally.checks = result ?? NO_CHECKS;
    return tally;
  }

  private lastBoundaryStart(): number {
    const boundaries = this.boundaries;
    return boundaries.length > 0 ? boundaries[boundaries.length - 1] + 1 : 0;
  }

  private candidateStarts(): number[] {
    const { boundaries, items } = this;
    const starts: number[] = [];
    for (let b = boundaries.length - 1; b >= 0 && starts.length < MAX_CANDIDATES; b--) {
      const k = boundaries[b];
      if (k + 1 < items.length) starts.push(k + 1);
    }
    if (items.length > 0 && starts[starts.length - 1] !== 0) starts.push(0);
    return starts;
  }

  private closeTotal(line: number, start: number, found: TotalCheck[]): void {
    const parts = this.items.slice(start);
    // not push(...found): a total column over a long sheet has a check per row, too many for spread arguments
    for (let k = 0; k < found.length; k++) {
      found[k].parts = parts;
      this.checks.push(found[k]);
    }
    this.truncate(start);
    this.push(line, true);
  }

  run(lines: AxisLine[]): AxisResult {
    const { X, axis, cross, items, checks } = this;
    for (let n = 0; n < lines.length; n++) {
      const l = lines[n];
      if (l.kind === "reset") {
        this.truncate(0);
        continue;
      }
      if (l.kind === "skip") continue;
      if (l.kind === "incl" && l.fixedParts) {
        // excl + BTW: a sum of two named lines, wherever they are among the items
        const parts = l.fixedParts;
        for (let x = 0; x < X; x++) {
          const actual = this.value(l.at, x);
          const a = this.value(parts[0], x);
          const b = this.value(parts[1], x);
          if (Number.isNaN(actual) || (Number.isNaN(a) && Number.isNaN(b))) continue;
          const expected = (Number.isNaN(a) ? 0 : a) + (Number.isNaN(b) ? 0 : b);
          const unit = this.unitFor(l.at, x, this.partsUnit(l.at, parts));
          const nonEmpty = (Number.isNaN(a) ? 0 : 1) + (Number.isNaN(b) ? 0 : 1);
          const tolerance = sumTolerance(unit, nonEmpty);
          const row = axis === "rows" ? l.at : cross[x];
          const col = axis === "rows" ? cross[x] : l.at;
          checks.push({ axis, line: l.at, cross: cross[x], row, col, parts, expected, actual, nonEmptyParts: nonEmpty, unit, tolerance, verdict: judge(actual, expected, tolerance), byValue: false });
        }
        this.truncate(0);
        this.push(l.at, true);
        continue;
      }
      if (l.kind === "total") {
        const starts = this.candidateStarts();
        if (starts.length === 0) {
          this.push(l.at, true);
          continue;
        }
        // the first candidate (the run since the latest boundary) nearly always adds up: collect its checks
        // while probing it, instead of evaluating the chosen run a second time
        const first = this.evaluate(l.at, starts[0], false, true);
        let best = { start: starts[0], agree: first.agree };
        let bestChecks: TotalCheck[] | undefined = first.checks;
        if (!(first.agree === first.checked && first.checked > 0)) {
          for (let s = 1; s < starts.length; s++) {
            const start = starts[s];
            const e = this.evaluate(l.at, start, false, false);
            if (e.agree === e.checked && e.checked > 0) {
              best = { start, agree: e.agree };
              bestChecks = undefined;
              break;
            }
            if (e.agree > best.agree) {
              best = { start, agree: e.agree };
              bestChecks = undefined;
            }
          }
        }
        this.closeTotal(l.at, best.start, bestChecks ?? this.evaluate(l.at, best.start, false, true).checks);
        continue;
      }
      // a part, unless its values show it is a total or a difference line
      if (l.detectable) {
        const start = this.lastBoundaryStart();
        if (items.length - start >= 2) {
          const e = this.evaluate(l.at, start, true, false, true);
          // one column of figures: 10, 20, 30 would make every third line a "total"; only an unlabelled line qualifies
          const needed = X === 1 ? 1 : 2;
          // found from values only when most cells add up exactly: small figures one unit apart prove nothing
          if ((X > 1 || l.unlabelled) && e.checked >= needed && e.agree === e.checked && e.exact >= needed && e.exact * 2 >= e.checked) {
            this.valueTotals.add(l.at);
            this.closeTotal(l.at, start, this.evaluate(l.at, start, true, true).checks);
            continue;
          }
        }
        if (axis === "rows" && items.length >= 2 && this.isDifference(l.at, items[items.length - 2], items[items.length - 1])) {
          this.derived.add(l.at);
          this.push(l.at, true);
          continue;
        }
      }
      this.push(l.at, false);
    }
    return { checks, valueTotals: this.valueTotals, derived: this.derived };
  }

  private isDifference(line: number, a: number, b: number): boolean {
    let agreeing = 0;
    let nonZero = 0;
    for (let x = 0; x < this.X; x++) {
      const v = this.value(line, x);
      const va = this.value(a, x);
      const vb = this.value(b, x);
      if (Number.isNaN(v)) continue;
      const d = (Number.isNaN(va) ? 0 : va) - (Number.isNaN(vb) ? 0 : vb);
      const unit = this.crossUnits[x];
      if (judge(v, d, unit) === "mismatch" && judge(v, -d, unit) === "mismatch") return false;
      agreeing++;
      if (v !== 0) nonZero++;
    }
    return agreeing >= 2 && nonZero >= 2;
  }
}
