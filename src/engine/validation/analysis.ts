/**
 * Everything the rules read, computed once: the grid, its structure, and per block which
 * cells are totals of which parts (both directions), variance sources and saldo rows.
 */
import { firstSumRange, formulaAt, isNumeric, sumRangeCount, type Grid } from "./grid";
import type { Block, Column } from "./structure";
import { CheckList, resolveAxis, type AxisLine, type LineKind, type TotalCheck } from "./totals";
import { judge } from "./tolerance";

export interface BlockAnalysis {
  block: Block;
  /** column sums (total rows) and row sums (total columns), then saldo and reconciliation checks */
  checks: CheckList;
  totalRows: Set<number>;
  totalCols: Set<number>;
  /** total rows and columns named as such by their label or header (Totaal, Total …) */
  labelledTotalRows: Set<number>;
  labelledTotalCols: Set<number>;
  /** total rows/columns recognised from values only */
  valueTotalRows: Set<number>;
  valueTotalCols: Set<number>;
  derivedRows: Set<number>;
}

export function numberAt(grid: Grid, r: number, c: number): number {
  const i = r * grid.cols + c;
  return isNumeric(grid.kind[i]) ? grid.num[i] : NaN;
}

/**
 * A SUM in one of the cells of a line that adds up along the axis: for a row (axis "rows") the
 * cells (line, c) for c in `cross`, a SUM down its column; for a column the cells (r, line), a
 * SUM across its row. Runs for every row of a block, so it walks indices instead of building cell lists.
 */
function hasSumFormula(grid: Grid, line: number, cross: readonly number[], axis: "rows" | "columns"): boolean {
  for (let n = 0; n < cross.length; n++) {
    const x = cross[n];
    const i = axis === "rows" ? line * grid.cols + x : x * grid.cols + line;
    const f = formulaAt(grid, i);
    if (f === undefined || !startsWithSum(f)) continue;
    // the ranges read in place (r1, c1, r2, c2 per range): no range list per row of a long sheet
    const first = firstSumRange(grid, i);
    if (first < 0) continue;
    const count = sumRangeCount(grid, i);
    const data = grid.sumRangeData;
    const row = grid.row0 + Math.floor(i / grid.cols);
    const col = grid.col0 + (i % grid.cols);
    let along = true;
    for (let k = 4 * first; k < 4 * (first + count); k += 4) {
      const fits =
        axis === "rows"
          ? data[k + 1] === col && data[k + 3] === col && data[k + 2] < row
          : data[k] === row && data[k + 2] === row && data[k + 3] < col;
      if (!fits) {
        along = false;
        break;
      }
    }
    if (along) return true;
  }
  return false;
}

const SUM_START = /^=\s*SUM\(/i;

/** SUM_START.test(f) for a formula ("=…"), without the regex in the usual cases: "=SUM(" and "=B3+…". */
function startsWithSum(f: string): boolean {
  const c = f.charCodeAt(1);
  if (c === 83 || c === 115) return (f.charCodeAt(2) | 32) === 117 && (f.charCodeAt(3) | 32) === 109 && f.charCodeAt(4) === 40;
  // any other ASCII character but white space rules a SUM out; white space and the rest go to the regex
  if (c < 128 && c !== 32 && !(c >= 9 && c <= 13)) return false;
  return SUM_START.test(f);
}

export function analyseBlock(grid: Grid, block: Block): BlockAnalysis {
  resolveVarianceColumns(grid, block);
  const cols = block.columns;
  const labelledTotalRows = new Set(block.rows.filter((r) => r.role === "total").map((r) => r.index));
  const labelledTotalCols = new Set(cols.filter((c) => (c.role === "total" || c.role === "excl" || c.role === "incl") && !c.byValue).map((c) => c.index));
  const numberRows = block.rows.filter((r) => r.hasNumbers);

  // rows axis: total rows sum the rows above; Aandeel is checked by its own rule
  // percentages (shares, growth rates, "% of budget") are never summed down a column
  const rowCross = cols.filter((c) => c.role !== "share" && !c.percentFormat);
  // index lists built by push, not map: both kinds of list then share one array shape, and the per-row
  // walks over them (hasSumFormula, resolveAxis) stay on their optimised code
  const rowCrossIndices: number[] = [];
  for (let k = 0; k < rowCross.length; k++) rowCrossIndices.push(rowCross[k].index);
  // a row of averages, ratios or per-unit figures has no row total: its Totaal cell is an average or a ratio itself
  const numberRowIndices: number[] = [];
  for (let k = 0; k < numberRows.length; k++) {
    const r = numberRows[k];
    if (r.role !== "average" && r.role !== "ratio") numberRowIndices.push(r.index);
  }
  const rowLines = rowAxisLines(grid, block, rowCrossIndices);
  const checks = new CheckList();
  const rowAxis = resolveAxis(grid, "rows", rowLines, rowCrossIndices, (x) => rowCross[x].unit, checks);
  // the column sums are checks 0 … rowChecks - 1
  const rowChecks = checks.length;

  // columns axis: total columns sum the amount columns to their left, never Inwoners/Aandeel/BTW/Verschil/Gemiddeld
  const columnLine = (col: Column, k: number): AxisLine => {
    const unit = col.unit;
    if (col.role === "incl") {
      const excl = findLeft(cols, k, (c) => c.role === "excl" || c.role === "total");
      const vat = findLeft(cols, k, (c) => c.role === "vat");
      if (excl && vat) return axisLine(col.index, "incl", unit, false, false, [excl.index, vat.index]);
      return axisLine(col.index, "total", unit);
    }
    if (col.role === "total" || col.role === "excl") return axisLine(col.index, "total", unit);
    if ((col.role === "amount" || col.role === "period") && !col.percentFormat) {
      if (hasSumFormula(grid, col.index, numberRowIndices, "columns")) return axisLine(col.index, "total", unit);
      return axisLine(col.index, "part", unit, col.role === "amount");
    }
    return axisLine(col.index, "skip", unit);
  };
  const colLines: AxisLine[] = [];
  for (let k = 0; k < cols.length; k++) colLines.push(columnLine(cols[k], k));
  const colAxis = resolveAxis(grid, "columns", colLines, numberRowIndices, () => 1, checks);
  for (const c of colAxis.valueTotals) {
    const col = cols.find((cc) => cc.index === c);
    if (col) {
      col.role = "total";
      col.byValue = true;
    }
  }
  // block.rows holds every sheet row of the block from its first, in order: a row is found by its offset
  const firstRow = block.rows.length > 0 ? block.rows[0].index : 0;
  for (const r of rowAxis.valueTotals) {
    const row = block.rows[r - firstRow];
    if (row && row.index === r && row.role === "data") row.role = "total";
  }

  const totalRows = new Set<number>(block.rows.filter((r) => r.role === "total").map((r) => r.index));
  for (let k = 0; k < rowLines.length; k++) if (rowLines[k].kind === "total") totalRows.add(rowLines[k].at);
  const totalCols = new Set<number>(colLines.filter((l) => l.kind === "total" || l.kind === "incl").map((l) => l.at));
  for (const c of colAxis.valueTotals) totalCols.add(c);
  const balances = balanceChecks(grid, block, checks, rowChecks);
  const reconciled = reconciliations(grid, block, checks, rowChecks, rowAxis.derived);
  for (const list of [balances, reconciled]) for (const c of list) checks.addCheck(c);
  return { block, checks, totalRows, totalCols, labelledTotalRows, labelledTotalCols, valueTotalRows: rowAxis.valueTotals, valueTotalCols: colAxis.valueTotals, derivedRows: rowAxis.derived };
}

/** The rows of a block as lines of the rows axis: what each is (a part, a total, a section start, skipped). */
function rowAxisLines(grid: Grid, block: Block, rowCrossIndices: number[]): AxisLine[] {
  const rowLines: AxisLine[] = [];
  for (let k = 0; k < block.rows.length; k++) {
    const row = block.rows[k];
    const at = row.index;
    if (row.role === "section") rowLines.push(axisLine(at, "reset"));
    else if (row.role === "balance" || row.role === "average" || row.role === "variance" || row.role === "ratio") rowLines.push(axisLine(at, "skip"));
    else if (row.role === "total") rowLines.push(axisLine(at, "total"));
    else if (row.hasNumbers && hasSumFormula(grid, at, rowCrossIndices, "rows")) rowLines.push(axisLine(at, "total"));
    else rowLines.push(axisLine(at, "part", undefined, row.hasNumbers, row.label === ""));
  }
  return rowLines;
}

/** An axis line with every field set, so that the walk over a sheet's lines meets one object shape. */
function axisLine(at: number, kind: LineKind, unit?: number, detectable = false, unlabelled = false, fixedParts?: number[]): AxisLine {
  return { at, kind, unit, detectable, unlabelled, fixedParts };
}

function findLeft(cols: Column[], k: number, test: (c: Column) => boolean): Column | undefined {
  for (let j = k - 1; j >= 0; j--) if (test(cols[j])) return cols[j];
  return undefined;
}

/**
 * Verschil columns: named by the header or found from the values (a column equal to ±(X − Y)
 * of two columns to its left). The source pair is the one the values agree with most.
 */
function resolveVarianceColumns(grid: Grid, block: Block): void {
  const cols = block.columns;
  // the rows with figures, listed only when a column may be a Verschil column (not on a sheet of months and totals)
  let rows: number[] | undefined;
  for (let k = 0; k < cols.length; k++) {
    const col = cols[k];
    if (col.role !== "variance" && col.role !== "amount") continue;
    rows ??= block.rows.filter((r) => r.hasNumbers).map((r) => r.index);
    const sources: number[] = [];
    for (let j = k - 1; j >= 0 && sources.length < 4; j--) {
      const role = cols[j].role;
      if (role === "amount" || role === "period" || role === "total" || role === "excl" || role === "incl") sources.unshift(j);
    }
    let best: { a: number; b: number; matches: number; nonZero: number; filled: number } | undefined;
    for (let i = 0; i < sources.length; i++) {
      for (let j = i + 1; j < sources.length; j++) {
        const a = cols[sources[i]].index;
        const b = cols[sources[j]].index;
        let matches = 0;
        let nonZero = 0;
        let filledRows = 0;
        let misses = 0;
        for (let n = 0; n < rows.length; n++) {
          const r = rows[n];
          // a column found from its values must agree in ≥ 80% of rows: stop once that is out of reach
          if (col.role === "amount" && misses > 3 && (misses > 0.2 * rows.length || misses > matches)) break;
          const v = numberAt(grid, r, col.index);
          if (Number.isNaN(v)) continue;
          filledRows++;
          const d = (zeroIfNaN(numberAt(grid, r, a))) - zeroIfNaN(numberAt(grid, r, b));
          if (judge(v, d, col.unit) !== "mismatch" || judge(v, -d, col.unit) !== "mismatch") {
            matches++;
            if (v !== 0) nonZero++;
          } else misses++;
        }
        if (!best || matches > best.matches) best = { a, b, matches, nonZero, filled: filledRows };
      }
    }
    if (col.role === "variance") {
      if (best && best.matches > 0) col.varianceOf = [best.a, best.b];
      else if (sources.length >= 2) col.varianceOf = [cols[sources[sources.length - 2]].index, cols[sources[sources.length - 1]].index];
    } else if (best && best.matches >= 3 && best.nonZero >= 2 && best.matches >= 0.8 * best.filled) {
      col.role = "variance";
      col.byValue = true;
      col.varianceOf = [best.a, best.b];
    }
  }
}

function zeroIfNaN(v: number): number {
  return Number.isNaN(v) ? 0 : v;
}

/** "Saldo" / "Totaal saldo van baten en lasten" = total baten − total lasten (variance columns excepted). */
function balanceChecks(grid: Grid, block: Block, checks: CheckList, rowChecks: number): TotalCheck[] {
  const out: TotalCheck[] = [];
  // most blocks have no Saldo row: then there is nothing to check (and no set of every total row to build)
  if (!block.rows.some((r) => r.role === "balance")) return out;
  const closingTotal = new Map<number, number>();
  const totalRowsChecked = new Set<number>();
  for (let k = 0; k < rowChecks; k++) totalRowsChecked.add(checks.line[k]);
  const rows = block.rows;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    if ((row.role === "total" || totalRowsChecked.has(row.index)) && row.section > 0) closingTotal.set(row.section, row.index);
  }
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    if (row.role !== "balance") continue;
    let baten: number | undefined;
    let lasten: number | undefined;
    for (let s = 1; s < block.sections.length; s++) {
      const t = closingTotal.get(s);
      if (t === undefined || t > row.index) continue;
      if (block.sections[s].kind === "baten") baten = t;
      if (block.sections[s].kind === "lasten") lasten = t;
    }
    if (baten === undefined || lasten === undefined) continue;
    for (const col of block.columns) {
      if (col.role === "variance" || col.role === "share") continue;
      const actual = numberAt(grid, row.index, col.index);
      const b = numberAt(grid, baten, col.index);
      const l = numberAt(grid, lasten, col.index);
      if (Number.isNaN(actual) || (Number.isNaN(b) && Number.isNaN(l))) continue;
      const expected = zeroIfNaN(b) - zeroIfNaN(l);
      const tolerance = col.unit;
      out.push({
        axis: "rows", line: row.index, cross: col.index, row: row.index, col: col.index, parts: [baten, lasten],
        expected, actual, nonEmptyParts: 2, unit: col.unit, tolerance, verdict: judge(actual, expected, tolerance), byValue: false, difference: true,
      });
    }
  }
  return out;
}

/**
 * A total row that repeats a difference row computed earlier ("Totaal verschil" = "Stijging
 * t.o.v. 2020" in seed 004): when most columns agree exactly, the columns that do not are findings.
 */
function reconciliations(grid: Grid, block: Block, checks: CheckList, rowChecks: number, derived: Set<number>): TotalCheck[] {
  const out: TotalCheck[] = [];
  if (derived.size === 0) return out;
  const byTotal = new Map<number, TotalCheck[]>();
  for (let k = 0; k < rowChecks; k++) {
    const c = checks.get(k);
    const list = byTotal.get(c.line) ?? [];
    list.push(c);
    byTotal.set(c.line, list);
  }
  for (const [line, own] of byTotal) {
    for (const d of derived) {
      if (d >= line) continue;
      let same = 0;
      const differing: TotalCheck[] = [];
      for (const c of own) {
        const other = numberAt(grid, d, c.col);
        if (Number.isNaN(other)) continue;
        if (judge(c.actual, other, 0) === "ok") same++;
        else differing.push(c);
      }
      if (differing.length === 0 || same < 2 || same < 2 * differing.length) continue;
      for (const c of differing) {
        const expected = numberAt(grid, d, c.col);
        out.push({ ...c, parts: [d], expected, verdict: judge(c.actual, expected, c.tolerance), byValue: false, reconciles: true });
      }
    }
  }
  return out;
}
