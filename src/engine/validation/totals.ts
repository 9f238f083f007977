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

/** CheckList.verdictCode of each verdict: VERDICTS[code] */
export const VERDICT_OK = 0;
const VERDICT_ROUNDING = 1;
export const VERDICT_MISMATCH = 2;
const VERDICTS: readonly Verdict[] = ["ok", "rounding", "mismatch"];
const BY_VALUE = 1;
const DIFFERENCE = 2;
const RECONCILES = 4;

/**
 * The checks of a block, a column of typed arrays per field: a big sheet has a check per total cell
 * (every row of a Totaal column), and an object per check with four boxed numbers was the largest
 * share of the checker's garbage. The loops over every check read the arrays; `get` builds the
 * TotalCheck object for the few that become findings. Check k's parts are lists[partsOf[k]].
 */
export class CheckList {
  /** the checks in use; setting it lower drops the last ones (a candidate total that was not chosen) */
  length = 0;
  axisColumns = new Uint8Array(16);
  line = new Int32Array(16);
  cross = new Int32Array(16);
  expected = new Float64Array(16);
  actual = new Float64Array(16);
  unit = new Float64Array(16);
  tolerance = new Float64Array(16);
  nonEmptyParts = new Int32Array(16);
  /** index into VERDICTS */
  verdictCode = new Uint8Array(16);
  flags = new Uint8Array(16);
  partsOf = new Int32Array(16);
  /** the distinct part lists; a total line's checks share one */
  readonly lists: number[][] = [[]];

  add(axis: TotalCheck["axis"], line: number, cross: number, expected: number, actual: number, nonEmptyParts: number, unit: number, tolerance: number, verdict: Verdict, flags: number, partsOf = 0): void {
    if (this.length === this.line.length) this.grow();
    const k = this.length++;
    this.axisColumns[k] = axis === "columns" ? 1 : 0;
    this.line[k] = line;
    this.cross[k] = cross;
    this.expected[k] = expected;
    this.actual[k] = actual;
    this.unit[k] = unit;
    this.tolerance[k] = tolerance;
    this.nonEmptyParts[k] = nonEmptyParts;
    this.verdictCode[k] = verdict === "ok" ? VERDICT_OK : verdict === "rounding" ? VERDICT_ROUNDING : VERDICT_MISMATCH;
    this.flags[k] = flags;
    this.partsOf[k] = partsOf;
  }

  /** Appends a check built elsewhere (a saldo, a reconciliation). */
  addCheck(c: TotalCheck): void {
    const flags = (c.byValue ? BY_VALUE : 0) | (c.difference ? DIFFERENCE : 0) | (c.reconciles ? RECONCILES : 0);
    this.add(c.axis, c.line, c.cross, c.expected, c.actual, c.nonEmptyParts, c.unit, c.tolerance, c.verdict, flags, this.addParts(c.parts));
  }

  /** Stores a part list; its number for add and setParts. */
  addParts(parts: number[]): number {
    this.lists.push(parts);
    return this.lists.length - 1;
  }

  /** Gives checks from … to - 1 the part list `parts`. */
  setParts(from: number, to: number, parts: number[]): void {
    const id = this.addParts(parts);
    this.partsOf.fill(id, from, to);
  }

  axis(k: number): TotalCheck["axis"] {
    return this.axisColumns[k] === 1 ? "columns" : "rows";
  }
  /** grid row and column of check k's total cell */
  row(k: number): number {
    return this.axisColumns[k] === 1 ? this.cross[k] : this.line[k];
  }
  col(k: number): number {
    return this.axisColumns[k] === 1 ? this.line[k] : this.cross[k];
  }
  verdict(k: number): Verdict {
    return VERDICTS[this.verdictCode[k]];
  }
  parts(k: number): number[] {
    return this.lists[this.partsOf[k]];
  }
  /** A number per total line (grid row or column, and the axis): below 2 × max(rows, cols) + 2. */
  lineKey(k: number): number {
    return this.line[k] * 2 + this.axisColumns[k];
  }
  /** The same for the cross position of check k. */
  crossKey(k: number): number {
    return this.cross[k] * 2 + this.axisColumns[k];
  }
  isDifference(k: number): boolean {
    return (this.flags[k] & DIFFERENCE) !== 0;
  }

  /** Check k as an object, for the checks that become findings. */
  get(k: number): TotalCheck {
    const flags = this.flags[k];
    const check: TotalCheck = {
      axis: this.axis(k),
      line: this.line[k],
      cross: this.cross[k],
      row: this.row(k),
      col: this.col(k),
      parts: this.parts(k),
      expected: this.expected[k],
      actual: this.actual[k],
      nonEmptyParts: this.nonEmptyParts[k],
      unit: this.unit[k],
      tolerance: this.tolerance[k],
      verdict: this.verdict(k),
      byValue: (flags & BY_VALUE) !== 0,
    };
    if (flags & DIFFERENCE) check.difference = true;
    if (flags & RECONCILES) check.reconciles = true;
    return check;
  }

  private grow(): void {
    const size = 2 * this.line.length;
    this.axisColumns = copyInto(new Uint8Array(size), this.axisColumns);
    this.line = copyInto(new Int32Array(size), this.line);
    this.cross = copyInto(new Int32Array(size), this.cross);
    this.expected = copyInto(new Float64Array(size), this.expected);
    this.actual = copyInto(new Float64Array(size), this.actual);
    this.unit = copyInto(new Float64Array(size), this.unit);
    this.tolerance = copyInto(new Float64Array(size), this.tolerance);
    this.nonEmptyParts = copyInto(new Int32Array(size), this.nonEmptyParts);
    this.verdictCode = copyInto(new Uint8Array(size), this.verdictCode);
    this.flags = copyInto(new Uint8Array(size), this.flags);
    this.partsOf = copyInto(new Int32Array(size), this.partsOf);
  }
}

/** `bigger` with `values` copied to its start: a typed array grown. */
function copyInto<T extends Uint8Array | Int32Array | Float64Array>(bigger: T, values: T): T {
  bigger.set(values);
  return bigger;
}

export interface AxisResult {
  /** lines found to be totals from their values */
  valueTotals: Set<number>;
  /** lines found to be the difference of the two lines above */
  derived: Set<number>;
}

/** Cells of a total line that were checked, agree (ok or rounding), add up exactly and are not zero. */
interface Tally {
  checked: number;
  agree: number;
  exact: number;
  nonZero: number;
}

const MAX_CANDIDATES = 8;

/** Walks the lines of one axis; the checks of its totals are appended to `checks`. */
export function resolveAxis(
  grid: Grid,
  axis: "rows" | "columns",
  lines: AxisLine[],
  cross: number[],
  crossUnit: (x: number) => number,
  checks: CheckList,
): AxisResult {
  return new AxisResolver(grid, axis, lines, cross, crossUnit, checks).run(lines);
}

/**
 * The walk of resolveAxis. A class rather than closures inside resolveAxis: V8 optimises a
 * closure's calls to its sibling closures for the closure objects it saw, and each call of
 * resolveAxis makes new ones, so the optimised code was thrown away again and again on big sheets.
 */
class AxisResolver {
  private readonly X: number;
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
  private readonly tally: Tally = { checked: 0, agree: 0, exact: 0, nonZero: 0 };

  constructor(
    private readonly grid: Grid,
    private readonly axis: "rows" | "columns",
    lines: AxisLine[],
    cross: number[],
    crossUnit: (x: number) => number,
    private readonly checks: CheckList,
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
    this.sums = copyInto(new Float64Array(size), this.sums);
    this.counts = copyInto(new Int32Array(size), this.counts);
    this.filled = copyInto(new Int32Array(size), this.filled);
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
   * Evaluates the items from `start` as parts of `line`: how many cells agree and, when `collect`,
   * appends the checks to the list (without parts: closeTotal sets those, or the caller takes them
   * back). `stopAtMismatch` ends a probe at the first cell that does not add up.
   */
  private evaluate(line: number, start: number, byValue: boolean, collect: boolean, stopAtMismatch = false): Tally {
    const { X, sums, counts, filled, axis, cross } = this;
    const k = this.items.length;
    const at = k * X;
    const from = start * X;
    // rows axis: every part has the same unit, so the part list is only built for a chosen total
    const columnsUnit = axis === "columns" ? this.partsUnit(line, this.items.slice(start)) : 1;
    const out = this.checks;
    const flags = byValue ? BY_VALUE : 0;
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
      if (collect) out.add(axis, line, cross[x], expected, actual, nonEmpty, unit, tolerance, verdict, flags);
    }
    const tally = this.tally;
    tally.checked = checked;
    tally.agree = agree;
    tally.exact = exact;
    tally.nonZero = nonZero;
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

  /** Closes total `line` over the items from `start`: its checks are those of the list from `firstCheck` on. */
  private closeTotal(line: number, start: number, firstCheck: number): void {
    this.checks.setParts(firstCheck, this.checks.length, this.items.slice(start));
    this.truncate(start);
    this.push(line, true);
  }

  run(lines: AxisLine[]): AxisResult {
    const { X, axis, cross, items, checks } = this;
    const inclParts = new Map<AxisLine, number>();
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
          let partsId = inclParts.get(l);
          if (partsId === undefined) inclParts.set(l, (partsId = checks.addParts(parts)));
          checks.add(axis, l.at, cross[x], expected, actual, nonEmpty, unit, tolerance, judge(actual, expected, tolerance), 0, partsId);
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
        const firstCheck = checks.length;
        const first = this.evaluate(l.at, starts[0], false, true);
        let bestStart = starts[0];
        let bestAgree = first.agree;
        if (!(first.agree === first.checked && first.checked > 0)) {
          for (let s = 1; s < starts.length; s++) {
            const start = starts[s];
            const e = this.evaluate(l.at, start, false, false);
            if (e.agree === e.checked && e.checked > 0) {
              bestStart = start;
              bestAgree = e.agree;
              break;
            }
            if (e.agree > bestAgree) {
              bestStart = start;
              bestAgree = e.agree;
            }
          }
        }
        if (bestStart !== starts[0]) {
          // another run won: its checks replace the first candidate's
          checks.length = firstCheck;
          this.evaluate(l.at, bestStart, false, true);
        }
        this.closeTotal(l.at, bestStart, firstCheck);
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
            const firstCheck = checks.length;
            this.evaluate(l.at, start, true, true);
            this.closeTotal(l.at, start, firstCheck);
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
    return { valueTotals: this.valueTotals, derived: this.derived };
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
