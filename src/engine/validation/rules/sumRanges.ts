/**
 * What SUM ranges say about themselves, read from the formulas alone:
 * - double-counted-subtotal: a SUM whose range holds a subtotal (itself a SUM of cells in the same
 *   range) and that subtotal's parts, so those parts are counted twice;
 * - a SUM whose range differs from the ranges of its neighbours in the same total row (or column):
 *   formula-omits-cells when it leaves out figures its neighbours include, inconsistent-formula when
 *   it reaches further (over a heading or blank line) than they do.
 */
import { CellKind, addressOf, firstSumRange, formulaAt, sumRangeCount, type Grid } from "../grid";
import { nl } from "../messages";
import type { Checker, Emit } from "./context";

/** How far along a total row the next summing neighbour is looked for (spacer columns between figures). */
const NEIGHBOUR_REACH = 4;

interface SumSpan {
  /** grid positions along the summed direction, inclusive */
  lo: number;
  hi: number;
}

/**
 * The one range a formula in (r, c) sums along its own column (vertical) or row (horizontal),
 * ending before the cell; undefined when it is no plain single-range sum in that direction.
 */
function spanAt(grid: Grid, r: number, c: number, vertical: boolean): SumSpan | undefined {
  return readSpan(grid, r, c, vertical) ? { lo: spanRead.lo, hi: spanRead.hi } : undefined;
}

/** the span readSpan read last */
const spanRead: SumSpan = { lo: 0, hi: 0 };

/** spanAt without a new object, for the loops that only compare spans: true and the span in spanRead, or false. */
function readSpan(grid: Grid, r: number, c: number, vertical: boolean): boolean {
  if (r < 0 || c < 0 || r >= grid.rows || c >= grid.cols) return false;
  const i = r * grid.cols + c;
  if (grid.formulaSlot[i] === 0) return false;
  // read in place: this runs several times per SUM on the sheet, a range list each time was most of its garbage
  const first = firstSumRange(grid, i);
  if (first < 0 || sumRangeCount(grid, i) !== 1) return false;
  const data = grid.sumRangeData;
  const r1 = data[4 * first] - grid.row0;
  const c1 = data[4 * first + 1] - grid.col0;
  const r2 = data[4 * first + 2] - grid.row0;
  const c2 = data[4 * first + 3] - grid.col0;
  if (vertical) {
    if (c1 !== c || c2 !== c || r2 >= r) return false;
    spanRead.lo = r1 - r;
    spanRead.hi = r2 - r;
    return true;
  }
  if (r1 !== r || r2 !== r || c2 >= c) return false;
  spanRead.lo = c1 - c;
  spanRead.hi = c2 - c;
  return true;
}

function numericAt(grid: Grid, r: number, c: number): boolean {
  if (r < 0 || c < 0 || r >= grid.rows || c >= grid.cols) return false;
  const k = grid.kind[r * grid.cols + c];
  return k === CellKind.Number || k === CellKind.NumericText;
}

/** What neighbourSpans found: how many summing neighbours, and whether they all sum the first one's span (lo, hi). */
interface NeighbourSpans {
  count: number;
  same: boolean;
  lo: number;
  hi: number;
}

/** filled by neighbourSpans (read before the next call): no list of spans per SUM on the sheet */
const neighboursFound: NeighbourSpans = { count: 0, same: true, lo: 0, hi: 0 };

/**
 * The nearest summing neighbours on either side (relative spans), looking past empty cells: the
 * nearest and the next one per side, before side first, as neighboursFound.
 */
function neighbourSpans(grid: Grid, r: number, c: number, vertical: boolean): NeighbourSpans {
  const found = neighboursFound;
  found.count = 0;
  found.same = true;
  for (let step = -1; step <= 1; step += 2) {
    // at an edge the run on the other side must be two long to count as the rule: up to two per side
    let onThisSide = 0;
    for (let d = 1; d <= NEIGHBOUR_REACH && onThisSide < 2; d++) {
      const rr = vertical ? r : r + step * d;
      const cc = vertical ? c + step * d : c;
      if (readSpan(grid, rr, cc, vertical)) {
        onThisSide++;
        if (found.count === 0) {
          found.lo = spanRead.lo;
          found.hi = spanRead.hi;
        } else if (spanRead.lo !== found.lo || spanRead.hi !== found.hi) found.same = false;
        found.count++;
      } else if (rr >= 0 && cc >= 0 && rr < grid.rows && cc < grid.cols && grid.kind[rr * grid.cols + cc] !== CellKind.Empty) break;
    }
  }
  return found;
}

/** Cells the double-count scan may still visit on this sheet: long ranges on huge sheets stay linear. */
interface Budget {
  left: number;
}

/** The cell k steps from (r, c) down the column (vertical) or along the row. */
function along(r: number, c: number, vertical: boolean, k: number): [number, number] {
  return vertical ? [r + k, c] : [r, c + k];
}

/** Whether the cell k steps from (r, c) along the summed direction holds anything (a value or a formula). */
function filledAlong(grid: Grid, r: number, c: number, vertical: boolean, k: number): boolean {
  const rr = vertical ? r + k : r;
  const cc = vertical ? c : c + k;
  return rr >= 0 && cc >= 0 && rr < grid.rows && cc < grid.cols && (grid.kind[rr * grid.cols + cc] !== CellKind.Empty || grid.formulaSlot[rr * grid.cols + cc] !== 0);
}

function checkCell(grid: Grid, r: number, c: number, vertical: boolean, emit: Emit, budget: Budget, full: (rule: string) => boolean): void {
  // the span as two numbers, not a SumSpan: this runs twice per formula cell, and nearly every cell ends without a finding
  if (!readSpan(grid, r, c, vertical)) return;
  const ownLo = spanRead.lo;
  const ownHi = spanRead.hi;
  // no closure in here (it would cost a context per call, and this runs twice per formula cell): the
  // cell k steps along the summed direction is along(r, c, vertical, k)

  // double counting: a subtotal inside the range whose own range lies inside it too (bounded work per sheet).
  // This loop runs for every cell of every SUM range, so it walks plain coordinates (no tuple per cell) and
  // skips cells without a formula before asking for their range.
  const scan = Math.min(ownHi - ownLo + 1, budget.left);
  budget.left -= scan;
  const dr = vertical ? 1 : 0;
  const dc = vertical ? 0 : 1;
  for (let k = ownLo; k < ownLo + scan; k++) {
    const rr = r + dr * k;
    const cc = c + dc * k;
    if (rr < 0 || cc < 0 || rr >= grid.rows || cc >= grid.cols || grid.formulaSlot[rr * grid.cols + cc] === 0) continue;
    if (!readSpan(grid, rr, cc, vertical)) continue;
    const lo = k + spanRead.lo;
    const hi = k + spanRead.hi;
    if (lo < ownLo || hi > ownHi) continue;
    let counted = 0;
    for (let j = lo; j <= hi; j++) if (numericAt(grid, r + dr * j, c + dc * j)) counted++;
    if (counted === 0) continue;
    reportDoubleCount(grid, r, c, vertical, rr, cc, lo, hi, emit, full);
    return;
  }

  // the range against its neighbours in the same total line
  const neighbours = neighbourSpans(grid, r, c, vertical);
  if (neighbours.count < 2) {
    edgeCheck(grid, r, c, vertical, ownLo, ownHi, emit, full, budget);
    return;
  }
  if (!neighbours.same) return;
  if (ownLo === neighbours.lo && ownHi === neighbours.hi) {
    edgeCheck(grid, r, c, vertical, ownLo, ownHi, emit, full, budget);
    return;
  }
  reportRangeBreak(grid, r, c, vertical, { lo: ownLo, hi: ownHi }, { lo: neighbours.lo, hi: neighbours.hi }, emit, full);
}

/** The double-counted-subtotal finding: the SUM in (r, c) holds the subtotal in (rr, cc) and its parts lo … hi steps along. */
function reportDoubleCount(grid: Grid, r: number, c: number, vertical: boolean, rr: number, cc: number, lo: number, hi: number, emit: Emit, full: (rule: string) => boolean): void {
  const cell = addressOf(grid, r, c);
  const formula = formulaAt(grid, r * grid.cols + c)!;
  const sub = addressOf(grid, rr, cc);
  const first = addressOf(grid, ...along(r, c, vertical, lo));
  const last = addressOf(grid, ...along(r, c, vertical, hi));
  if (!full("double-counted-subtotal")) emit({
    rule: "double-counted-subtotal",
    severity: "error",
    cell,
    message: `${cell}: de formule ${formula} telt het subtotaal ${sub} én de delen daarvan (${first}:${last}) op, zodat die delen twee keer meetellen. Tel alleen de subtotalen op, of alleen de losse regels.`,
    related: [sub, `${first}:${last}`],
  });
}

/**
 * The finding for a SUM whose span (own) differs from the span `a` all its neighbours in the total line sum:
 * formula-omits-cells when it leaves figures out, inconsistent-formula when it only reaches further.
 */
function reportRangeBreak(grid: Grid, r: number, c: number, vertical: boolean, own: SumSpan, a: SumSpan, emit: Emit, full: (rule: string) => boolean): void {
  // only here, with a finding likely: the address and formula text for the message (not per SUM on big sheets)
  const cell = addressOf(grid, r, c);
  const formula = formulaAt(grid, r * grid.cols + c)!;
  const missed: string[] = [];
  for (let k = a.lo; k <= a.hi; k++) if ((k < own.lo || k > own.hi) && numericAt(grid, ...along(r, c, vertical, k))) missed.push(addressOf(grid, ...along(r, c, vertical, k)));
  const theirs = `${addressOf(grid, ...along(r, c, vertical, a.lo))}:${addressOf(grid, ...along(r, c, vertical, a.hi))}`;
  if (missed.length > 0) {
    let sum = 0;
    for (let k = a.lo; k <= a.hi; k++) {
      if (k >= own.lo && k <= own.hi) continue;
      const [rr, cc] = along(r, c, vertical, k);
      if (numericAt(grid, rr, cc)) sum += grid.num[rr * grid.cols + cc];
    }
    if (!full("formula-omits-cells")) emit({
      rule: "formula-omits-cells",
      severity: "error",
      cell,
      message: `${cell}: de formule ${formula} laat ${missed.slice(0, 6).join(", ")} weg, terwijl de formules ernaast hetzelfde stuk ${vertical ? "kolom" : "rij"} helemaal optellen (zoals ${theirs}). Het totaal mist zo ${nl(sum)}. Maak het bereik gelijk aan dat van de buren.`,
      suggestion: `=SUM(${theirs})`,
      related: missed.slice(0, 50),
    });
    return;
  }
  if (!full("inconsistent-formula")) emit({
    rule: "inconsistent-formula",
    severity: "warning",
    cell,
    message: `${cell}: de formule ${formula} telt een ander stuk ${vertical ? "kolom" : "rij"} op dan de formules ernaast (zij tellen het stuk dat hier ${theirs} zou zijn). De uitkomst is nu nog gelijk, maar een getal dat later in de extra cellen komt, telt alleen hier mee. Maak het bereik gelijk aan dat van de buren als dat de bedoeling is.`,
  });
}

/**
 * A total whose SUM range starts on a heading or empty line above its first figure, or ends on an
 * empty line below its last: today it adds up the same, but whatever is typed there later (a
 * subtotal on the heading line, a note in the spacer row) is counted in the total unseen.
 *
 * Only two shapes are likely slips, and only those are warnings (measured on the ExceLint corpus,
 * where "includes category rows" is annotated as an error and "sums over whitespace" is not):
 * - the range starts on a caption and runs over the captions of the block's categories (lines with
 *   a label and no figure anywhere in the table), while the column holds a figure on every other
 *   line: the total was drawn over the category structure, and a subtotal typed on a caption line
 *   (a common layout) would be counted twice;
 * - the range starts on the line right below the previous block's total: "everything since the
 *   last total", which takes in this block's heading and breaks when a line is added between them.
 * A range that merely starts on the table's first (heading or empty) line, or ends on the spacer
 * line above its total, is a common deliberate layout (rows inserted there are still counted): a note.
 */
function edgeCheck(grid: Grid, r: number, c: number, vertical: boolean, lo: number, hi: number, emit: Emit, full: (rule: string) => boolean, budget: Budget): void {
  if (hi - lo < 2) return;
  // an edge cell is loose only on an empty or heading line of the table: a blank in a column (or row)
  // whose neighbours hold figures is a sparse table, the range just spans the table's figures.
  // Decided before looseEdge: nearly every SUM ends here, without the closures looseEdge makes
  if (filledAlong(grid, r, c, vertical, lo) && filledAlong(grid, r, c, vertical, hi)) return;
  looseEdge(grid, r, c, vertical, { lo, hi }, emit, full, budget);
}

/** edgeCheck for a range with an empty cell at one of its ends. */
function looseEdge(grid: Grid, r: number, c: number, vertical: boolean, own: SumSpan, emit: Emit, full: (rule: string) => boolean, budget: Budget): void {
  const at = (k: number): [number, number] => along(r, c, vertical, k);
  const filled = (k: number) => filledAlong(grid, r, c, vertical, k);
  // siblings: the totals beside this one (a Totaal row of column sums, a Totaal column of row sums) that
  // sum the same relative span; a figure at the edge position in any of their lines makes it a data line
  const siblings: [number, number][] = [];
  for (const step of [-1, 1]) {
    for (let d = 1; d <= 200; d++) {
      const rr = vertical ? r : r + step * d;
      const cc = vertical ? c + step * d : c;
      const span = spanAt(grid, rr, cc, vertical);
      if (span && span.lo === own.lo && span.hi === own.hi) {
        siblings.push([rr, cc]);
        continue;
      }
      if (rr < 0 || cc < 0 || rr >= grid.rows || cc >= grid.cols || (grid.kind[rr * grid.cols + cc] !== CellKind.Empty && !span)) break;
      // an empty spacer column (row) between totals: look past a few
      if (d > 3 && siblings.length === 0) break;
    }
  }
  const lineEmpty = (k: number) => {
    const [rr, cc] = at(k);
    for (let d = -3; d <= 3; d++) {
      if (d !== 0 && (vertical ? numericAt(grid, rr, cc + d) : numericAt(grid, rr + d, cc))) return false;
    }
    for (const [sr, sc] of siblings) if (vertical ? numericAt(grid, sr + k, sc) : numericAt(grid, sr, sc + k)) return false;
    return true;
  };
  const startsEmpty = !filled(own.lo) && lineEmpty(own.lo);
  const endsEmpty = !filled(own.hi) && lineEmpty(own.hi);
  if (!startsEmpty && !endsEmpty) return;
  let figures = 0;
  for (let k = own.lo; k <= own.hi && figures === 0; k++) if (numericAt(grid, ...at(k))) figures++;
  if (figures === 0) return;
  if (full("sum-range-edge")) return;
  const belowTotal = startsEmpty && startsBelowTotal(grid, r, c, vertical, own);
  const likely = belowTotal || (startsEmpty && runsOverCaptions(grid, own, vertical, at, filled, lineEmpty, budget));
  const cell = addressOf(grid, r, c);
  const formula = formulaAt(grid, r * grid.cols + c)!;
  const edge = addressOf(grid, ...at(startsEmpty ? own.lo : own.hi));
  emit({
    rule: "sum-range-edge",
    severity: likely ? "warning" : "info",
    cell,
    message: `${cell}: de formule ${formula} ${startsEmpty ? "begint" : "eindigt"} op ${edge}, een lege ${startsEmpty ? "kop- of tussenregel boven het eerste bedrag" : "regel onder het laatste bedrag"}${likely ? (belowTotal ? ", direct onder het vorige totaal" : " en telt ook de tussenkoppen van het blok mee") : ""}. De uitkomst is nu goed, maar wat daar later komt te staan (een subtotaal, een toelichting als getal) telt ongemerkt mee. Laat het bereik op de bedragen beginnen en eindigen.`,
    related: [edge],
  });
}

/** Whether the line just before the range holds a total (a SUM in the same direction): the range starts right after it. */
function startsBelowTotal(grid: Grid, r: number, c: number, vertical: boolean, own: SumSpan): boolean {
  const k = own.lo - 1;
  return spanAt(grid, vertical ? r + k : r, vertical ? c : c + k, vertical) !== undefined;
}

/**
 * Whether every blank of the range (past its first line) lies on a line without figures in the
 * table, and at least one of those lines carries a caption: the range spans category headings of a
 * dense column. Reads each line once, within the sheet's budget; when that is spent, says no.
 */
function runsOverCaptions(
  grid: Grid,
  own: SumSpan,
  vertical: boolean,
  at: (k: number) => [number, number],
  filled: (k: number) => boolean,
  lineEmpty: (k: number) => boolean,
  budget: Budget,
): boolean {
  const lineLength = vertical ? grid.cols : grid.rows;
  let captions = 0;
  for (let k = own.lo + 1; k < own.hi; k++) {
    if (budget.left <= 0) return false;
    budget.left--;
    if (filled(k)) continue;
    if (!lineEmpty(k)) return false;
    if (captions > 0) continue;
    budget.left -= lineLength;
    const [rr, cc] = at(k);
    if (lineHasText(grid, rr, cc, vertical)) captions++;
  }
  return captions > 0;
}

/** Whether the sheet line through (r, c) across the summed direction holds any text (a caption). */
function lineHasText(grid: Grid, r: number, c: number, vertical: boolean): boolean {
  if (!vertical) {
    for (let rr = 0; rr < grid.rows; rr++) if (grid.kind[rr * grid.cols + c] === CellKind.Text) return true;
    return false;
  }
  for (let cc = 0; cc < grid.cols; cc++) if (grid.kind[r * grid.cols + cc] === CellKind.Text) return true;
  return false;
}

export const sumRangeChecker: Checker = {
  rules: ["double-counted-subtotal", "formula-omits-cells", "inconsistent-formula", "sum-range-edge"],
  run(ctx, emit) {
    const { grid } = ctx;
    if (grid.formulas.length === 0) return;
    const budget: Budget = { left: 4 * grid.rows * grid.cols + 10_000 };
    for (let r = 0; r < grid.rows; r++) {
      for (let c = 0; c < grid.cols; c++) {
        if (grid.formulaSlot[r * grid.cols + c] === 0) continue;
        checkCell(grid, r, c, true, emit, budget, ctx.full);
        checkCell(grid, r, c, false, emit, budget, ctx.full);
      }
    }
  },
};
