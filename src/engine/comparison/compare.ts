/**
 * Comparing two versions of a table: pair rows and columns (match.ts), then every cell of a
 * paired row and column — old, new, change, % change, whether its kind changed — and, for
 * allocation tables, the four parts of each municipality's change per cost line (effects.ts).
 */
import { AllocationKey } from "../allocation";
import { defaultRegistry, type MunicipalityRegistry } from "../municipalities";
import { formatCell } from "../shared/a1";
import { EngineError, isEngineError } from "../shared/errors";
import { formulaShape } from "../validation/formulaShape";
import { addEffects, clean, lineEffects, NO_EFFECTS, type Effects } from "./effects";
import { isTotalLabel, matchLabels, type LabelMatch, type LabelPair } from "./match";
import { cellContent, cellFormula, readLayout, type CellContent, type TableInput, type TableLayout } from "./table";
import { quoteInput } from "../shared/text";

export type CellStatus = "changed" | "unchanged" | "added" | "removed";

/**
 * How a cell's kind changed: a formula replaced by a typed value, the other way round, a
 * formula of another shape (not a copy of the old one), or a value that changed while its
 * formula stayed the same (its inputs changed).
 */
export type KindChange = "formula-to-value" | "value-to-formula" | "formula-shape" | "value-changed-same-formula";

export interface CellComparison {
  rowPair: number;
  columnPair: number;
  /** label in the new table (the old one for removed rows) */
  row: string;
  /** label in the old table (merged rows joined with " + "); null for added rows */
  rowOld: string | null;
  column: string;
  columnOld: string | null;
  old: number | string | null;
  new: number | string | null;
  /** new − old with blank as 0; null when either side is text */
  change: number | null;
  /** change / |old|; null when old is 0, blank or text */
  percent: number | null;
  status: CellStatus;
  kind: KindChange | null;
  /** the four parts, on the cost-line cells of allocation tables */
  effects?: Effects;
  oldAddress?: string;
  newAddress?: string;
}

/** What the allocation analysis found; absent when the tables are no allocation tables. */
export interface AllocationAnalysis {
  /** column pair of the weights (Inwoners, Inwoneraantal, Sleutel) */
  weightColumn: number;
  /** column pairs of the cost lines */
  costLines: number[];
  /** row pair of the Totaal row, when there is one */
  totalRow?: number;
  lines: {
    columnPair: number;
    name: string;
    oldTotal: number;
    newTotal: number;
    /** "totaal-rij" when the Totaal row gave T and T′, "som" when they were summed */
    totalFrom: { old: "totaal-rij" | "som"; new: "totaal-rij" | "som" };
    effects: Effects;
  }[];
  /** per municipality over all cost lines, in the order of the positions (old table first) */
  municipalities: { rowPair: number; name: string; nameOld: string | null; old: number; new: number; change: number; effects: Effects }[];
}

export interface Comparison {
  old: TableLayout;
  new: TableLayout;
  rows: LabelMatch;
  columns: LabelMatch;
  cells: CellComparison[];
  allocation?: AllocationAnalysis;
  /** why the allocation analysis was not done although the tables looked like allocation tables (Dutch) */
  allocationNote?: string;
}

/** The pairing the comparison works with; the pane lets the user change it before comparing. */
export interface TableMatch {
  old: TableLayout;
  new: TableLayout;
  rows: LabelMatch;
  columns: LabelMatch;
}

export interface CompareOptions {
  registry?: MunicipalityRegistry;
}

/** Reads both layouts and pairs their rows and columns. */
export function matchTables(oldInput: TableInput, newInput: TableInput, options: CompareOptions = {}): TableMatch {
  const registry = options.registry ?? defaultRegistry;
  const oldLayout = readLayout(oldInput);
  const newLayout = readLayout(newInput);
  return {
    old: oldLayout,
    new: newLayout,
    rows: matchLabels(
      oldLayout.rows.map((r) => r.label),
      newLayout.rows.map((r) => r.label),
      { registry },
    ),
    columns: matchLabels(
      oldLayout.columns.map((c) => c.header),
      newLayout.columns.map((c) => c.header),
      { registry },
    ),
  };
}

export function compareTables(oldInput: TableInput, newInput: TableInput, options: CompareOptions = {}): Comparison {
  return compareMatched(matchTables(oldInput, newInput, options));
}

const WEIGHT = /inwoner|sleutel|gewicht|weging/i;
const SHARE = /aandeel|%|percent|procent/i;
const DERIVED = /(^|\s)(sub)?tota(al|len|l)\b|\bexcl\b|\bincl\b|\bbtw\b|^som\b/i;

function joinOld(layout: TableLayout, positions: number[], of: "rows" | "columns"): string | null {
  if (positions.length === 0) return null;
  return positions.map((i) => (of === "rows" ? layout.rows[i].label : layout.columns[i].header)).join(" + ");
}

function sameContent(a: CellContent, b: CellContent): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "blank") return true;
  return a.value === (b as typeof a).value;
}

function shown(c: CellContent): number | string | null {
  return c.kind === "blank" ? null : c.value;
}

function numberOf(c: CellContent): number | undefined {
  return c.kind === "number" ? c.value : c.kind === "blank" ? 0 : undefined;
}

/** Old content of a row pair in a column: merged old rows are summed (numbers only). */
function oldContent(layout: TableLayout, rows: number[], column: number): CellContent {
  if (rows.length === 1) return cellContent(layout, layout.rows[rows[0]].index, layout.columns[column].index);
  let sum = 0;
  let any = false;
  for (const r of rows) {
    const c = cellContent(layout, layout.rows[r].index, layout.columns[column].index);
    if (c.kind === "text") return c;
    if (c.kind === "number") {
      sum += c.value;
      any = true;
    }
  }
  return any ? { kind: "number", value: clean(sum) } : { kind: "blank" };
}

function address(layout: TableLayout, rowIndex: number, colIndex: number): string {
  return formatCell(rowIndex + (layout.input.origin?.row ?? 0), colIndex + (layout.input.origin?.col ?? 0));
}

function kindChange(match: TableMatch, rowPair: LabelPair, columnPair: LabelPair, valueChanged: boolean): KindChange | null {
  if (rowPair.old.length !== 1 || rowPair.new === null || columnPair.old.length !== 1 || columnPair.new === null) return null;
  const oRow = match.old.rows[rowPair.old[0]].index;
  const oCol = match.old.columns[columnPair.old[0]].index;
  const nRow = match.new.rows[rowPair.new].index;
  const nCol = match.new.columns[columnPair.new].index;
  const oldFormula = cellFormula(match.old, oRow, oCol);
  const newFormula = cellFormula(match.new, nRow, nCol);
  if (oldFormula && !newFormula) return cellContent(match.new, nRow, nCol).kind === "blank" ? null : "formula-to-value";
  if (!oldFormula && newFormula) return cellContent(match.old, oRow, oCol).kind === "blank" ? null : "value-to-formula";
  if (!oldFormula || !newFormula) return null;
  const oOrigin = match.old.input.origin ?? { row: 0, col: 0 };
  const nOrigin = match.new.input.origin ?? { row: 0, col: 0 };
  const oldShape = formulaShape(oldFormula, oRow + oOrigin.row, oCol + oOrigin.col);
  const newShape = formulaShape(newFormula, nRow + nOrigin.row, nCol + nOrigin.col);
  if (oldShape !== newShape) return "formula-shape";
  return valueChanged ? "value-changed-same-formula" : null;
}

/** Compares with a given (possibly user-edited) pairing: the cells, then their explanation. */
export function compareMatched(match: TableMatch): Comparison {
  return explainInto(compareCells(match));
}

/**
 * Step one of compareMatched: every cell of the paired rows and columns (old, new, change, %,
 * kind), without the allocation analysis. The pane runs the two steps apart so it can show
 * progress between them.
 */
export function compareCells(match: TableMatch): Comparison {
  const { rows, columns } = match;
  const cells: CellComparison[] = [];
  rows.pairs.forEach((rowPair, r) => {
    const rowLabel = rowPair.new !== null ? match.new.rows[rowPair.new].label : joinOld(match.old, rowPair.old, "rows")!;
    const rowOld = joinOld(match.old, rowPair.old, "rows");
    columns.pairs.forEach((columnPair, c) => {
      const column = columnPair.new !== null ? match.new.columns[columnPair.new].header : joinOld(match.old, columnPair.old, "columns")!;
      const columnOld = joinOld(match.old, columnPair.old, "columns");
      const hasOld = rowPair.old.length > 0 && columnPair.old.length > 0;
      const hasNew = rowPair.new !== null && columnPair.new !== null;
      const oldC: CellContent = hasOld ? columnPair.old.length === 1 ? oldContent(match.old, rowPair.old, columnPair.old[0]) : { kind: "blank" } : { kind: "blank" };
      const newC: CellContent = hasNew ? cellContent(match.new, match.new.rows[rowPair.new!].index, match.new.columns[columnPair.new!].index) : { kind: "blank" };
      if (!hasOld && !hasNew) return;
      const status: CellStatus = !hasOld ? "added" : !hasNew ? "removed" : sameContent(oldC, newC) ? "unchanged" : "changed";
      const o = numberOf(oldC);
      const n = numberOf(newC);
      const change = o !== undefined && n !== undefined ? clean(n - o) : null;
      const percent = change !== null && oldC.kind === "number" && oldC.value !== 0 ? change / Math.abs(oldC.value) : null;
      const cell: CellComparison = {
        rowPair: r,
        columnPair: c,
        row: rowLabel,
        rowOld,
        column,
        columnOld,
        old: shown(oldC),
        new: shown(newC),
        change,
        percent,
        status,
        kind: hasOld && hasNew ? kindChange(match, rowPair, columnPair, status === "changed") : null,
      };
      if (hasOld && rowPair.old.length === 1 && columnPair.old.length === 1) {
        cell.oldAddress = address(match.old, match.old.rows[rowPair.old[0]].index, match.old.columns[columnPair.old[0]].index);
      }
      if (hasNew) cell.newAddress = address(match.new, match.new.rows[rowPair.new!].index, match.new.columns[columnPair.new!].index);
      cells.push(cell);
    });
  });
  return { old: match.old, new: match.new, rows, columns, cells };
}

/**
 * Step two of compareMatched: for allocation tables the four parts of every municipality's
 * change per cost line (written into the cost-line cells), else the reason there are none.
 */
export function explainComparison(compared: Comparison): Comparison {
  const comparison: Comparison = { ...compared, cells: compared.cells.map((cell) => ({ ...cell })) };
  delete comparison.allocation;
  delete comparison.allocationNote;
  return explainInto(comparison);
}

/** explainComparison on a comparison of its own: writes the effects into its cells. */
function explainInto(comparison: Comparison): Comparison {
  try {
    const allocation = analyseAllocation(comparison, comparison.cells);
    if (allocation) comparison.allocation = allocation;
  } catch (error) {
    if (!isEngineError(error)) throw error;
    comparison.allocationNote = `Geen verklaring per gemeente: ${error.message}`;
  }
  return comparison;
}

function headerOf(match: TableMatch, pair: LabelPair): string {
  return pair.new !== null ? match.new.columns[pair.new].header : match.old.columns[pair.old[0]].header;
}

/** Finds weight and cost-line columns; computes the effects into the cost-line cells. */
function analyseAllocation(match: TableMatch, cells: CellComparison[]): AllocationAnalysis | undefined {
  const { rows, columns } = match;
  if (!rows.municipal) return undefined;
  const both = (p: LabelPair) => p.new !== null && p.old.length === 1;
  const weightColumn = columns.pairs.findIndex((p) => both(p) && WEIGHT.test(headerOf(match, p)) && !SHARE.test(headerOf(match, p)));
  if (weightColumn < 0) return undefined;

  // positions: municipality rows in old-table order, then those only in the new table
  const isMunicipalityPair = (p: LabelPair) =>
    (p.new !== null && rows.newMunicipality[p.new] !== undefined) || p.old.some((i) => rows.oldMunicipality[i] !== undefined);
  const positions = rows.pairs
    .map((pair, index) => ({ pair, index }))
    .filter(({ pair }) => isMunicipalityPair(pair))
    .sort((a, b) => (a.pair.old.length ? Math.min(...a.pair.old) : Infinity) - (b.pair.old.length ? Math.min(...b.pair.old) : Infinity) || a.index - b.index);
  if (positions.length < 2) return undefined;
  const totalRow = rows.pairs.findIndex((p) => {
    const label = p.new !== null ? match.new.rows[p.new].label : match.old.rows[p.old[0]].label;
    return isTotalLabel(label);
  });

  const cellAt = new Map<string, CellComparison>();
  for (const cell of cells) cellAt.set(`${cell.rowPair}:${cell.columnPair}`, cell);
  const num = (v: number | string | null) => (typeof v === "number" ? v : 0);
  const at = (rowPair: number, columnPair: number) => cellAt.get(`${rowPair}:${columnPair}`);

  const costLines = columns.pairs
    .map((p, index) => ({ p, index }))
    .filter(({ p, index }) => {
      if (index === weightColumn || !both(p)) return false;
      const header = headerOf(match, p);
      if (SHARE.test(header) || DERIVED.test(header) || WEIGHT.test(header)) return false;
      let numbers = 0;
      for (const { index: r } of positions) {
        const cell = at(r, index);
        if (typeof cell?.old === "string" || typeof cell?.new === "string") return false;
        if (typeof cell?.old === "number" || typeof cell?.new === "number") numbers++;
      }
      return numbers > 0;
    })
    .map(({ index }) => index);
  if (costLines.length === 0) return undefined;

  const names = positions.map(({ pair }) => (pair.new !== null ? match.new.rows[pair.new].label : joinOld(match.old, pair.old, "rows")!));
  const weights = (side: "old" | "new") =>
    positions.map(({ index }) => {
      const cell = at(index, weightColumn);
      const value = side === "old" ? cell?.old : cell?.new;
      if (typeof value === "string") {
        throw new EngineError("invalid-input", `de sleutel van ${quoteInput(names[positions.findIndex((p) => p.index === index)])} is tekst (${quoteInput(value)}).`);
      }
      return value ?? 0;
    });
  const positionName = (i: number) => names[i];
  const oldKey = new AllocationKey(weights("old"), positionName);
  const newKey = new AllocationKey(weights("new"), positionName);

  const perMunicipality = positions.map(() => ({ old: 0, new: 0, effects: NO_EFFECTS }));
  const lines: AllocationAnalysis["lines"] = [];
  for (const line of costLines) {
    const oldAmounts = positions.map(({ index }) => num(at(index, line)?.old ?? null));
    const newAmounts = positions.map(({ index }) => num(at(index, line)?.new ?? null));
    const total = totalRow >= 0 ? at(totalRow, line) : undefined;
    const oldFromRow = typeof total?.old === "number";
    const newFromRow = typeof total?.new === "number";
    const oldTotal = oldFromRow ? (total!.old as number) : clean(oldAmounts.reduce((s, v) => s + v, 0));
    const newTotal = newFromRow ? (total!.new as number) : clean(newAmounts.reduce((s, v) => s + v, 0));
    const name = headerOf(match, columns.pairs[line]);
    const effects = lineEffects(oldKey, newKey, {
      oldAmounts,
      newAmounts,
      oldTotal,
      newTotal,
      oldParticipates: oldAmounts.map((v) => v !== 0),
      newParticipates: newAmounts.map((v) => v !== 0),
    }, name);
    let sum = NO_EFFECTS;
    positions.forEach(({ index }, i) => {
      const cell = at(index, line);
      if (cell) cell.effects = effects[i];
      sum = addEffects(sum, effects[i]);
      perMunicipality[i] = {
        old: clean(perMunicipality[i].old + oldAmounts[i]),
        new: clean(perMunicipality[i].new + newAmounts[i]),
        effects: addEffects(perMunicipality[i].effects, effects[i]),
      };
    });
    lines.push({
      columnPair: line,
      name,
      oldTotal,
      newTotal,
      totalFrom: { old: oldFromRow ? "totaal-rij" : "som", new: newFromRow ? "totaal-rij" : "som" },
      effects: sum,
    });
  }
  return {
    weightColumn,
    costLines,
    totalRow: totalRow >= 0 ? totalRow : undefined,
    lines,
    municipalities: positions.map(({ pair, index }, i) => ({
      rowPair: index,
      name: names[i],
      nameOld: joinOld(match.old, pair.old, "rows"),
      old: perMunicipality[i].old,
      new: perMunicipality[i].new,
      change: clean(perMunicipality[i].new - perMunicipality[i].old),
      effects: perMunicipality[i].effects,
    })),
  };
}
