/** total-mismatch, rounding-difference, formula-omits-cells, hardcoded-total. */
import { formatCell, tryParseRange, type CellRef, type RangeRef } from "../../shared/a1";
import { CellKind, addressOf, firstSumRange, formulaAt, sumRangeCount, summedRangesAt, type Grid, type RangeList } from "../grid";
import { list, nl } from "../messages";
import { VERDICT_MISMATCH, VERDICT_OK, type CheckList, type TotalCheck } from "../totals";
import { judge, sumTolerance } from "../tolerance";
import type { Checker, Emit, RuleContext } from "./context";

function partCell(grid: Grid, check: TotalCheck, part: number): [number, number] {
  return check.axis === "rows" ? [part, check.col] : [check.row, part];
}

function partAddresses(grid: Grid, check: TotalCheck): string[] {
  return check.parts.map((p) => {
    const [r, c] = partCell(grid, check, p);
    return addressOf(grid, r, c);
  });
}

/** "D2:D6" when the parts are one contiguous run, else "D2, D9, D12". */
function describeParts(grid: Grid, check: TotalCheck): string {
  const addresses = partAddresses(grid, check);
  if (check.difference) return `${addresses[0]} − ${addresses[1]}`;
  const contiguous = check.parts.every((p, k) => k === 0 || p === check.parts[k - 1] + 1);
  if (contiguous && addresses.length > 1) return `${addresses[0]}:${addresses[addresses.length - 1]}`;
  return list(addresses);
}

/** The formula that computes the total from its detected parts (en-US, for Office.js). */
export function totalFormula(grid: Grid, check: TotalCheck): string | undefined {
  const addresses = partAddresses(grid, check);
  if (addresses.length === 0) return undefined;
  if (check.difference) return `=${addresses[0]}-${addresses[1]}`;
  const contiguous = check.parts.every((p, k) => k === 0 || p === check.parts[k - 1] + 1);
  if (contiguous) return addresses.length === 1 ? `=${addresses[0]}` : `=SUM(${addresses[0]}:${addresses[addresses.length - 1]})`;
  if (addresses.length > 30) return undefined;
  return `=SUM(${addresses.join(",")})`;
}

/**
 * Every range lies on the total's own column (rows axis) or row (columns axis) at sheet position (sr, sc);
 * the ranges are first … first + count - 1 of the grid's flat store (see firstSumRange).
 */
function rangesAlong(data: Float64Array, first: number, count: number, axis: TotalCheck["axis"], sr: number, sc: number): boolean {
  for (let k = 4 * first; k < 4 * (first + count); k += 4) {
    if (axis === "rows" ? data[k + 1] !== sc || data[k + 3] !== sc : data[k] !== sr || data[k + 2] !== sr) return false;
  }
  return true;
}

/** Above this many ranges a sorted index answers "is this position covered" instead of a scan of every range. */
const SCAN_LIMIT = 8;

/** The coordinate that varies along the line: the row of a range on one column (rows axis), else the column. */
function lower(ranges: RangeList, k: number, axis: TotalCheck["axis"]): number {
  return axis === "rows" ? ranges.r1(k) : ranges.c1(k);
}
function upper(ranges: RangeList, k: number, axis: TotalCheck["axis"]): number {
  return axis === "rows" ? ranges.r2(k) : ranges.c2(k);
}

/** Whether one of the `count` ranges from `first` in the flat store (all along the line) covers position x along it. */
function scanCovers(data: Float64Array, first: number, count: number, axis: TotalCheck["axis"], x: number): boolean {
  // rows axis: a range on one column, rows r1 … r2; columns axis: a range on one row, columns c1 … c2
  const offset = axis === "rows" ? 0 : 1;
  for (let k = 4 * first; k < 4 * (first + count); k += 4) if (x >= data[k + offset] && x <= data[k + 2 + offset]) return true;
  return false;
}

/**
 * Which positions along one line many ranges cover: a grand total of subtotals (=B23+B44+…)
 * has hundreds of ranges and as many parts, so testing each part against every range would be
 * quadratic. Sorted starts with the furthest end reached so far answer by binary search.
 */
class Coverage {
  private readonly starts: Float64Array;
  private readonly reach: Float64Array;

  constructor(ranges: RangeList, axis: TotalCheck["axis"]) {
    const order: number[] = [];
    let sorted = true;
    for (let k = 0; k < ranges.count; k++) {
      order.push(k);
      if (k > 0 && lower(ranges, k, axis) < lower(ranges, k - 1, axis)) sorted = false;
    }
    // a grand total of subtotals (=B23+B44+…) lists them top to bottom: sort only when it does not
    if (!sorted) order.sort((a, b) => lower(ranges, a, axis) - lower(ranges, b, axis));
    this.starts = new Float64Array(order.length);
    this.reach = new Float64Array(order.length);
    let furthest = -Infinity;
    order.forEach((k, j) => {
      this.starts[j] = lower(ranges, k, axis);
      furthest = Math.max(furthest, upper(ranges, k, axis));
      this.reach[j] = furthest;
    });
  }

  covers(x: number): boolean {
    // the last interval starting at or before x; any interval starting there or earlier reaching x covers it
    let a = 0;
    let b = this.starts.length - 1;
    let found = -1;
    while (a <= b) {
      const m = (a + b) >> 1;
      if (this.starts[m] <= x) {
        found = m;
        a = m + 1;
      } else b = m - 1;
    }
    return found >= 0 && this.reach[found] >= x;
  }
}

/** Shared result when a formula omits nothing, the usual case: no array per total cell. */
const NONE_OMITTED: readonly CellRef[] = [];

/**
 * The parts of a check its total's formula leaves out: the formula in cell i, whose ranges (firstSumRange) all lie
 * along the check's line. Runs for every total cell of the sheet: the ranges are read in place, a RangeList only
 * made for a formula of many ranges or one that leaves something out.
 */
function omittedParts(grid: Grid, list: CheckList, k: number, i: number): readonly CellRef[] {
  const first = firstSumRange(grid, i);
  const count = sumRangeCount(grid, i);
  const axis = list.axis(k);
  const row = list.row(k);
  const col = list.col(k);
  // along its line every range shares the total's column (rows) or row (columns): only the other coordinate decides
  const index = count > SCAN_LIMIT ? new Coverage(summedRangesAt(grid, i)!, axis) : undefined;
  let omitted: CellRef[] | undefined;
  const parts = list.parts(k);
  for (let n = 0; n < parts.length; n++) {
    const p = parts[n];
    const r = axis === "rows" ? p : row;
    const c = axis === "rows" ? col : p;
    const k = grid.kind[r * grid.cols + c];
    if (k !== CellKind.Number && k !== CellKind.NumericText) continue;
    const pr = grid.row0 + r;
    const pc = grid.col0 + c;
    const x = axis === "rows" ? pr : pc;
    if (!(index ? index.covers(x) : scanCovers(grid.sumRangeData, first, count, axis, x))) (omitted ??= []).push({ row: pr, col: pc });
  }
  return omitted ? notInSubtotals(grid, summedRangesAt(grid, i)!, omitted) : NONE_OMITTED;
}

/** Range k of a formula in grid indices, clipped to the grid (a range may reach past the block read). */
function rangeInGrid(grid: Grid, ranges: RangeList, k: number): RangeRef {
  return {
    top: Math.max(0, ranges.r1(k) - grid.row0),
    bottom: Math.min(grid.rows - 1, ranges.r2(k) - grid.row0),
    left: Math.max(0, ranges.c1(k) - grid.col0),
    right: Math.min(grid.cols - 1, ranges.c2(k) - grid.col0),
  };
}

/** Cells of a total's ranges looked at for subtotals (a nested-subtotal check per total, bounded). */
const SUBTOTAL_SCAN = 2_000;
const SUM_OF_RANGE = /SUM\(\s*(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?)\s*\)/gi;

/**
 * The omitted cells without those a subtotal inside the total's own ranges adds up (=SUM(F250:F251)
 * where F251 is =SUM(F252:F253)): a nested subtotal counts its parts, they are not left out.
 */
function notInSubtotals(grid: Grid, ranges: RangeList, omitted: CellRef[]): readonly CellRef[] {
  const subtotals: RangeRef[] = [];
  let scanned = 0;
  for (let k = 0; k < ranges.count; k++) {
    const { top: r1, bottom: r2, left: c1, right: c2 } = rangeInGrid(grid, ranges, k);
    for (let r = r1; r <= r2 && scanned < SUBTOTAL_SCAN; r++) {
      for (let c = c1; c <= c2 && scanned < SUBTOTAL_SCAN; c++, scanned++) {
        const formula = formulaAt(grid, r * grid.cols + c);
        if (!formula || !/SUM\(/i.test(formula)) continue;
        for (const m of formula.matchAll(SUM_OF_RANGE)) {
          const range = tryParseRange(m[1]);
          if (range) subtotals.push(range);
        }
      }
    }
  }
  if (subtotals.length === 0) return omitted;
  const left = omitted.filter((at) => !subtotals.some((s) => at.row >= s.top && at.row <= s.bottom && at.col >= s.left && at.col <= s.right));
  return left.length > 0 ? left : NONE_OMITTED;
}

/**
 * Whether each total line (a Totaal row or column) is a sum line in fact: a line most of whose
 * cells add up is one, and the cell that does not is a finding; a "total" line most of whose cells
 * do not add up is something else (a maximum, a count of another table, a ratio) that the label
 * alone made look like a total, and is not reported as an error.
 * The other way round: a cross position (by crossKey) that is never a sum in any of several total
 * lines (a ratio, a rank, a year) is not summed there either.
 * Counted in typed arrays indexed by key (< keySize): a total column of a long sheet has a check per
 * row, and a Map entry per row made this a tenth of the whole check.
 */
function confirmedLines(lists: readonly CheckList[], keySize: number): { confirmed: Uint8Array; unsummedCross: Uint8Array } {
  const checked = new Int32Array(keySize);
  const agree = new Int32Array(keySize);
  const crossChecked = new Int32Array(keySize);
  const crossAgree = new Int32Array(keySize);
  for (const list of lists) {
    for (let n = 0; n < list.length; n++) {
      const k = list.lineKey(n);
      const x = list.crossKey(n);
      checked[k]++;
      crossChecked[x]++;
      if (list.verdictCode[n] !== VERDICT_MISMATCH) {
        agree[k]++;
        crossAgree[x]++;
      }
    }
  }
  const confirmed = new Uint8Array(keySize);
  const unsummedCross = new Uint8Array(keySize);
  for (let k = 0; k < keySize; k++) {
    const n = checked[k];
    const a = agree[k];
    if (n === 1 || (n > 1 && a >= 2 && a * 2 >= n)) confirmed[k] = 1;
    if (crossChecked[k] >= 2 && crossAgree[k] === 0) unsummedCross[k] = 1;
  }
  return { confirmed, unsummedCross };
}

/** CheckList.lineKey and crossKey of a check as an object (for the checks that became findings). */
function lineKey(c: TotalCheck): number {
  return c.line * 2 + (c.axis === "rows" ? 0 : 1);
}
function crossKey(c: TotalCheck): number {
  return c.cross * 2 + (c.axis === "rows" ? 0 : 1);
}

export const totalsChecker: Checker = {
  rules: ["total-mismatch", "rounding-difference", "formula-omits-cells", "hardcoded-total"],
  run(ctx, emit) {
    const { grid } = ctx;
    const lists = ctx.blocks.map((b) => b.checks);
    // lines and cross positions are grid rows or columns: every key is below this
    const keySize = 2 * Math.max(grid.rows, grid.cols) + 2;
    const { confirmed, unsummedCross } = confirmedLines(lists, keySize);
    // the lines (by lineKey) holding a total formula
    const formulaLines = new Uint8Array(keySize);
    let formulaTotals = false;
    // per check (of all blocks, in order), whether its total's formula is a plain sum along the check's line,
    // decided once for both passes
    let size = 0;
    for (const list of lists) size += list.length;
    const sumsAlong = new Uint8Array(size);
    let n = 0;
    for (const list of lists) {
      for (let k = 0; k < list.length; k++, n++) {
        const row = list.row(k);
        const col = list.col(k);
        const i = row * grid.cols + col;
        if (!formulaAt(grid, i)) continue;
        // the ranges read in place (a range list per total cell was garbage on a long sheet)
        const first = firstSumRange(grid, i);
        const ranges = first >= 0;
        const count = ranges ? sumRangeCount(grid, i) : 0;
        const data = grid.sumRangeData;
        const at = 4 * first;
        // a grand total may add up the other direction (=SUM(E2:E3) under a Totaal column): not this line's formula
        // one cell (=D48, =SUM(C8)) is a copy of that cell, not a sum of a block
        const single = ranges && count === 1 && data[at] === data[at + 2] && data[at + 1] === data[at + 3];
        const along = ranges && !single && rangesAlong(data, first, count, list.axis(k), grid.row0 + row, grid.col0 + col);
        if (along) sumsAlong[n] = 1;
        // a formula that is no plain sum still makes this a formula line
        if (!ranges || along) {
          formulaLines[list.lineKey(k)] = 1;
          formulaTotals = true;
        }
      }
    }
    const hardcodedSeen = new Set<string>();
    // cells rangeSum may still add on this sheet: a sheet of long running sums stays linear
    const rangeBudget = { left: 2 * grid.rows * grid.cols + 100_000 };
    n = 0;
    for (let b = 0; b < lists.length; b++) {
      const list = lists[b];
      const { labelledTotalRows, labelledTotalCols } = ctx.blocks[b];
      const offset = n;
      for (let k = 0; k < list.length; k++, n++) {
        const i = list.row(k) * grid.cols + list.col(k);
        const formula = formulaAt(grid, i);
        // a formula that is not a plain sum along this line (a ratio, a unit conversion, a reference elsewhere)
        // computes something else than the sum of this line: nothing to say about it as a total
        if (formula && !sumsAlong[n]) continue;
        // a typed total matters where its total line (a Totaal row, a Totaal column) has formulas elsewhere
        const typed = !formula && formulaTotals && !list.isDifference(k) && grid.kind[i] === CellKind.Number && formulaLines[list.lineKey(k)] === 1;
        const omitted = sumsAlong[n] ? omittedParts(grid, list, k, i) : undefined;
        // most checks add up and are formulas or plain figures: nothing to say, no addresses to build
        if (list.verdictCode[k] === VERDICT_OK && !typed && !(omitted && omitted.length > 0)) continue;
        const labelledLine = list.axisColumns[k] === 0 ? labelledTotalRows.has(list.line[k]) : labelledTotalCols.has(list.line[k]);
        // a typed total is judged by the parts its line's formulas add up where those differ from the parts read from the values
        const judged = typed ? asNeighbourFormulaSums(grid, list, k, sumsAlong, offset) : list.get(k);
        reportCheck(ctx, emit, judged, { formula, typed, omitted, sumsAlong: sumsAlong[n] === 1, labelledLine, confirmed, unsummedCross, hardcodedSeen, rangeBudget });
      }
    }
  },
};

/** How far along its line a typed total looks for a total formula to take its parts from. */
const NEIGHBOUR_FORMULA_SCAN = 8;

/**
 * A typed total in a line whose other totals are formulas, checked against what the nearest of those
 * formulas adds up (one range along the line, at the same positions: T19 typed under T18 =SUM(N18:O18)
 * is N19 + O19) when that differs from the parts read from the values (which took a Totaal and a %
 * column for parts) and explains the typed value. The check itself otherwise.
 */
function asNeighbourFormulaSums(grid: Grid, list: CheckList, n: number, sumsAlong: Uint8Array, offset: number): TotalCheck {
  const check = list.get(n);
  for (let d = 1; d <= NEIGHBOUR_FORMULA_SCAN; d++) {
    for (const m of [n - d, n + d]) {
      if (m < 0 || m >= list.length || !sumsAlong[offset + m]) continue;
      if (list.axisColumns[m] !== list.axisColumns[n] || list.line[m] !== check.line) continue;
      const i = list.row(m) * grid.cols + list.col(m);
      const first = firstSumRange(grid, i);
      if (first < 0 || sumRangeCount(grid, i) !== 1) continue;
      // along the line: rows r1 … r2 of a column sum, columns c1 … c2 of a row sum; copied formulas share them
      const k = 4 * first;
      const data = grid.sumRangeData;
      const rows = check.axis === "rows";
      const lo = Math.max(0, rows ? data[k] - grid.row0 : data[k + 1] - grid.col0);
      const hi = Math.min((rows ? grid.rows : grid.cols) - 1, rows ? data[k + 2] - grid.row0 : data[k + 3] - grid.col0);
      if (hi < lo || (rows ? hi >= check.row : hi >= check.col)) return check;
      const parts: number[] = [];
      let expected = 0;
      let nonEmpty = 0;
      for (let p = lo; p <= hi; p++) {
        parts.push(p);
        const cell = rows ? p * grid.cols + check.col : check.row * grid.cols + p;
        const kind = grid.kind[cell];
        if (kind !== CellKind.Number && kind !== CellKind.NumericText && kind !== CellKind.Dash) continue;
        expected += grid.num[cell];
        if (kind !== CellKind.Dash) nonEmpty++;
      }
      const same = parts.length === check.parts.length && parts.every((p, j) => p === check.parts[j]);
      if (same) return check;
      const tolerance = sumTolerance(check.unit, nonEmpty);
      const verdict = judge(check.actual, expected, tolerance);
      // only an explanation is taken over: when the formula's parts do not give the typed value either, the parts
      // read from the values stand (this never raises a finding the values alone would not)
      return verdict === "mismatch" ? check : { ...check, parts, expected, nonEmptyParts: nonEmpty, tolerance, verdict, byValue: false };
    }
  }
  return check;
}

/** What the loop over a sheet's checks knew of one check that may become a finding. */
interface CheckContext {
  formula: string | undefined;
  typed: boolean;
  /** the cells the total's formula leaves out (sheet positions) */
  omitted: readonly CellRef[] | undefined;
  /** the total's formula is a plain sum along the check's line */
  sumsAlong: boolean;
  /** the total line is named as such (Totaal …) */
  labelledLine: boolean;
  confirmed: Uint8Array;
  unsummedCross: Uint8Array;
  hardcodedSeen: Set<string>;
  rangeBudget: { left: number };
}

/**
 * The finding (if any) for a check that does not add up, is typed where totals are formulas, or whose
 * formula leaves parts out. Apart from the loop over every check, so the loop stays small to optimise.
 */
function reportCheck(ctx: RuleContext, emit: Emit, check: TotalCheck, known: CheckContext): void {
  const { grid } = ctx;
  const { formula, typed, omitted, sumsAlong, labelledLine, confirmed, unsummedCross, hardcodedSeen, rangeBudget } = known;
  const i = check.row * grid.cols + check.col;
  const ranges = sumsAlong ? summedRangesAt(grid, i)! : undefined;
  // a total that does not add up but is the mean of its parts, or heads a column of quotients
  // (=G3/E3: a rate, a share, a price per unit), is no sum: nothing to say about it as a total
  if (check.verdict !== "ok" && !check.difference && !check.reconciles && ((check.verdict === "mismatch" && isMeanOfParts(check)) || quotientColumn(grid, check))) return;
  // past the listed number of findings only count them: no addresses or messages for the rest
  const primary = formula
    ? omitted && omitted.length > 0 ? "formula-omits-cells" : check.verdict === "rounding" ? "rounding-difference" : "total-mismatch"
    : typed && check.verdict === "ok" ? "hardcoded-total" : check.verdict === "rounding" ? "rounding-difference" : "total-mismatch";
  if (ctx.full(primary)) return;
  const cell = addressOf(grid, check.row, check.col);
  const parts = describeParts(grid, check);
  const related = partAddresses(grid, check).slice(0, 50);
  const diff = check.actual - check.expected;
  const what = check.difference ? "het saldo" : check.axis === "rows" ? "het kolomtotaal" : "het rijtotaal";
  // a total above the sum of its filled parts while some parts are empty: the empty ones may be
  // unknown rather than zero (a capacity given for some groups and for the whole)
  const emptyParts = check.parts.length - countFilled(grid, check);
  const partlyKnown = emptyParts > 0 && !check.difference && !check.reconciles && check.actual > check.expected;
  const sure = confirmed[lineKey(check)] === 1 && unsummedCross[crossKey(check)] === 0 && !partlyKnown;
  if (formula) {
    if (omitted && omitted.length > 0) {
      // near-certain only for a total named as such whose range stops just short of (or starts just after) its block
      const certain = labelledLine && adjacentToRange(grid, check, ranges!, omitted);
      const left = omitted.map((at) => formatCell(at.row, at.col));
      emit({
        rule: "formula-omits-cells",
        severity: certain ? "error" : "info",
        cell,
        message: `${cell}: de formule ${formula} telt ${list(left)} niet mee, terwijl die cel${omitted.length > 1 ? "len" : ""} bij het blok ${parts} ${omitted.length > 1 ? "horen" : "hoort"}. De som van het hele blok is ${nl(check.expected, check.unit)}, de formule geeft ${nl(check.actual, check.unit)}. ${certain ? "Breid het bereik van de formule uit." : "Ga na of dat de bedoeling is."}`,
        expected: check.expected,
        actual: check.actual,
        ...(certain ? { suggestion: totalFormula(grid, check) } : {}),
        related: left,
      });
      return;
    }
    // the formula adds up its own range; a value that differs from the parts found here means the
    // parts were read differently from what the author chose: a note, not an alarm. Unless the range
    // is exactly those parts: then the stored value is not what the formula gives (not recalculated,
    // or a pasted value) and it is judged like a typed total below
    if (check.verdict === "ok") return;
    const own = rangeBudget.left > 0 ? rangeSum(grid, ranges!, rangeBudget) : undefined;
    const stale = own !== undefined && judge(own, check.expected, 1e-9 * Math.max(1, Math.abs(own))) === "ok";
    if (!stale) emit({
      rule: check.verdict === "rounding" ? "rounding-difference" : "total-mismatch",
      severity: "info",
      cell,
      message: `${cell}: de formule ${formula} geeft ${nl(check.actual, check.unit)}, de som van ${parts} is ${nl(check.expected, check.unit)} (verschil ${nl(diff, check.unit)}). De formule telt dus andere cellen op dan het blok doet vermoeden; ga na of dat de bedoeling is.`,
      expected: check.expected,
      actual: check.actual,
      related,
    });
    if (!stale) return;
  } else if (typed && !hardcodedSeen.has(cell)) {
    hardcodedSeen.add(cell);
    const suggestion = totalFormula(grid, check);
    // a typed total that still adds up is fragile, not wrong (info); one that no longer adds up is stale (warning)
    const stale = check.verdict !== "ok";
    emit({
      rule: "hardcoded-total",
      severity: stale && sure && labelledLine ? "warning" : "info",
      cell,
      message: `${cell}: ${what} ${nl(check.actual, check.unit)} is als vast getal ingetypt, terwijl andere totalen op dit blad formules zijn. Bij een wijziging in ${parts} loopt dit totaal niet mee.${suggestion ? ` Vervang het door ${suggestion}.` : ""}`,
      expected: check.expected,
      actual: check.actual,
      ...(suggestion && labelledLine ? { suggestion } : {}),
      related,
    });
  }
  if (check.verdict === "ok") return;
  if (check.reconciles) {
    const other = related[0];
    const rounding = check.verdict === "rounding";
    emit({
      rule: rounding ? "rounding-difference" : "total-mismatch",
      severity: rounding ? "warning" : "error",
      cell,
      message: `${cell}: dit totaal is ${nl(check.actual, check.unit)}, maar dezelfde grootheid staat in ${other} als ${nl(check.expected, check.unit)} (verschil ${nl(diff, check.unit)}); in de andere kolommen zijn ze gelijk. ${rounding ? "Dat is een afrondingsverschil; maak beide gelijk zodat de tabel sluit." : "Controleer welke van de twee klopt."}`,
      expected: check.expected,
      actual: check.actual,
      related,
    });
    return;
  }
  const how = check.byValue ? " (deze rij is als totaal herkend omdat de cijfers de som van de rijen erboven zijn)" : "";
  if (check.verdict === "rounding") {
    emit({
      rule: "rounding-difference",
      severity: sure ? "warning" : "info",
      cell,
      message: `${cell}: ${what} is ${nl(check.actual, check.unit)}, ${check.difference ? `baten − lasten (${parts})` : `de som van ${parts}`} is ${nl(check.expected, check.unit)} (verschil ${nl(diff, check.unit)})${how}. Dat valt binnen de afrondingsmarge van ${nl(check.tolerance, check.unit / 10)} voor ${check.nonEmptyParts} afgeronde delen. Laat de delen optellen tot het totaal (grootste-restmethode) of vermeld het afrondingsverschil.`,
      expected: check.expected,
      actual: check.actual,
      related,
    });
  } else {
    emit({
      rule: "total-mismatch",
      severity: sure ? "error" : "info",
      cell,
      message: sure
        ? `${cell}: ${what} is ${nl(check.actual, check.unit)}, maar ${check.difference ? `baten − lasten (${parts})` : `de som van ${parts}`} is ${nl(check.expected, check.unit)} (verschil ${nl(diff, check.unit)})${how}. Dat is meer dan afronding verklaart (marge ${nl(check.tolerance, check.unit / 10)}). Controleer de delen en het totaal.`
        : `${cell}: ${what} is ${nl(check.actual, check.unit)}, de som van ${parts} is ${nl(check.expected, check.unit)}. De meeste cellen van deze totaalregel zijn geen som van hun delen, dus dit is waarschijnlijk geen optelling (een maximum, aantal of ander cijfer); controleer het als het wel een totaal is.`,
      expected: check.expected,
      actual: check.actual,
      related,
    });
  }
}

/**
 * Whether the total equals the mean of its filled parts: an average, not a sum. Within half a unit of
 * its printed decimals (or the sum's rounding margin shared over the parts), and only where the mean is
 * told apart from the sum (not for parts near zero).
 */
function isMeanOfParts(check: TotalCheck): boolean {
  if (check.nonEmptyParts < 2) return false;
  const mean = check.expected / check.nonEmptyParts;
  const margin = Math.max(check.unit / 2, check.tolerance / check.nonEmptyParts, 1e-9 * Math.abs(mean));
  return Math.abs(check.expected - mean) > 2 * margin && Math.abs(check.actual - mean) <= margin;
}

/** Whether most filled parts are quotients (a formula dividing, not summing): a column of rates or per-unit figures. */
function quotientColumn(grid: Grid, check: TotalCheck): boolean {
  let quotients = 0;
  let filled = 0;
  for (const p of check.parts) {
    const [r, c] = partCell(grid, check, p);
    const i = r * grid.cols + c;
    if (grid.kind[i] === CellKind.Empty) continue;
    filled++;
    const f = formulaAt(grid, i);
    if (f && f.includes("/") && !summedRangesAt(grid, i)) quotients++;
  }
  return filled > 0 && quotients * 2 > filled;
}

/** How many of a check's parts hold a figure or a dash. */
function countFilled(grid: Grid, check: TotalCheck): number {
  let n = 0;
  for (const p of check.parts) {
    const [r, c] = partCell(grid, check, p);
    if (grid.kind[r * grid.cols + c] !== CellKind.Empty) n++;
  }
  return n;
}

/** The sum of the numbers a formula's ranges cover (undefined for ranges too big to add up here). */
function rangeSum(grid: Grid, ranges: RangeList, budget: { left: number }): number | undefined {
  let sum = 0;
  let cells = 0;
  for (let k = 0; k < ranges.count; k++) {
    const { top: r1, bottom: r2, left: c1, right: c2 } = rangeInGrid(grid, ranges, k);
    cells += Math.max(0, r2 - r1 + 1) * Math.max(0, c2 - c1 + 1);
    if (cells > 100_000 || cells > budget.left) return undefined;
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        const i = r * grid.cols + c;
        const kind = grid.kind[i];
        if (kind === CellKind.Number || kind === CellKind.NumericText || kind === CellKind.Dash) sum += grid.num[i];
      }
    }
  }
  budget.left -= cells;
  return sum;
}

/**
 * The omitted parts lie right next to the formula's one range, on the side of the block: the
 * range stops a row (or more) short of the total, or starts a row after the block's first part.
 */
function adjacentToRange(grid: Grid, check: TotalCheck, ranges: RangeList, omitted: readonly CellRef[]): boolean {
  if (ranges.count !== 1) return false;
  const lo = check.axis === "rows" ? ranges.r1(0) - grid.row0 : ranges.c1(0) - grid.col0;
  const hi = check.axis === "rows" ? ranges.r2(0) - grid.row0 : ranges.c2(0) - grid.col0;
  const at = omitted.map((cell) => (check.axis === "rows" ? cell.row - grid.row0 : cell.col - grid.col0));
  at.sort((a, b) => a - b);
  for (let k = 1; k < at.length; k++) if (at[k] !== at[k - 1] + 1) return false;
  return at[at.length - 1] === lo - 1 || at[0] === hi + 1;
}
