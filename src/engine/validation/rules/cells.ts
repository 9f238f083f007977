/** number-as-text, error-value, inconsistent-formula: what single cells get wrong. */
import { columnIndex, columnLetters } from "../../shared/a1";
import { FormulaShapeIds, formulaShape } from "../formulaShape";
import { summedRanges } from "../sumFormula";
import { CellKind, addressOf, formulaAt, textAt } from "../grid";
import { nl } from "../messages";
import type { Checker, Emit, RuleContext } from "./context";
import { quoteInput } from "../../shared/text";

const ERROR_MEANING: Record<string, string> = {
  "#VALUE!": "#WAARDE!: een formule rekent met tekst of een verkeerd soort argument",
  "#REF!": "#VERW!: een formule verwijst naar een verwijderde cel",
  "#DIV/0!": "#DEEL/0!: deling door nul of een lege cel",
  "#N/A": "#N/B: een opgezochte waarde is niet gevonden",
  "#NAME?": "#NAAM?: onbekende functie- of bereiknaam",
  "#NUM!": "#GETAL!: ongeldig getal in een berekening",
  "#NULL!": "#LEEG!: bereiken snijden elkaar niet",
};

/**
 * #VERW! and #NAAM? are broken formulas; #WAARDE! and #GETAL! usually too. #DEEL/0! and #N/B are
 * often deliberate (an input not filled in yet, a look-up of a name not in the list): a note. So is
 * #GETAL! from a function that searches for its answer (IRR, RATE …): those cash flows have no
 * solution, the formula itself is sound. An error value typed or pasted as a value (no formula)
 * is a marker carried over from elsewhere, no formula of this sheet to repair: a note too.
 */
function errorValueSeverity(code: string, formula: string | undefined, pasted: boolean): "error" | "warning" | "info" {
  if (pasted) return "info";
  if (code === "#REF!" || code === "#NAME?") return "error";
  if (code === "#DIV/0!" || code === "#N/A") return "info";
  if (code === "#NUM!" && formula && SEARCHING_FUNCTION.test(formula)) return "info";
  return "warning";
}

const SEARCHING_FUNCTION = /\b(?:X?IRR|MIRR|RATE|YIELD)\s*\(/i;

export const cellsChecker: Checker = {
  rules: ["number-as-text", "error-value"],
  run(ctx, emit) {
    const { grid } = ctx;
    for (const { block } of ctx.blocks) {
      const numericCols = new Set(block.columns.map((c) => c.index));
      for (let r = block.top; r <= block.bottom; r++) {
        for (let c = 0; c < grid.cols; c++) {
          const i = r * grid.cols + c;
          const kind = grid.kind[i];
          if (kind === CellKind.Error) reportErrorValue(ctx, emit, r, c);
          else if (kind === CellKind.NumericText && numericCols.has(c) && !block.headerRows.includes(r)) reportNumberAsText(ctx, emit, r, c);
        }
      }
    }
  },
};

/* The findings of cellsChecker, apart from its loop over every cell of the sheet, which stays small to optimise. */

function reportErrorValue(ctx: RuleContext, emit: Emit, r: number, c: number): void {
  const { grid } = ctx;
  const i = r * grid.cols + c;
  const code = textAt(grid, i)!;
  const cell = addressOf(grid, r, c);
  const formula = formulaAt(grid, i);
  // a snapshot with formulas (as the pane and the checker read it) shows which error values were pasted
  const pasted = !formula && grid.formulas.length > 0;
  // #GETAL! from a function that searches for its answer: the formula is sound, the figures have no solution
  const searching = !pasted && code === "#NUM!" && formula !== undefined && SEARCHING_FUNCTION.test(formula);
  if (!ctx.full("error-value")) emit({
    rule: "error-value",
    severity: errorValueSeverity(code, formula, pasted),
    cell,
    message: searching
      ? `${cell}: foutwaarde #GETAL!: de functie in ${quoteInput(formula)} vindt voor deze reeks bedragen geen uitkomst; de formule zelf is in orde. Totalen die deze cel gebruiken zijn ook fout. Controleer de bedragen (een rendement bestaat alleen bij zowel uitgaven als inkomsten) of geef een andere beginschatting mee.`
      : !pasted
      ? `${cell}: foutwaarde ${ERROR_MEANING[code] ?? code}. Totalen die deze cel gebruiken zijn ook fout. Herstel de formule of de cel waarnaar zij verwijst.`
      : `${cell}: de foutwaarde ${(ERROR_MEANING[code] ?? code).split(":")[0]} staat hier als waarde, niet als uitkomst van een formule (overgenomen uit een andere bron?). Totalen die deze cel gebruiken worden ook een foutwaarde; vul een getal in of laat de cel leeg.`,
  });
}

function reportNumberAsText(ctx: RuleContext, emit: Emit, r: number, c: number): void {
  const { grid } = ctx;
  const i = r * grid.cols + c;
  const cell = addressOf(grid, r, c);
  const value = grid.num[i];
  const decimals = Math.max(0, grid.decimals[i]);
  if (!ctx.full("number-as-text")) emit({
    rule: "number-as-text",
    severity: "info",
    cell,
    message: `${cell}: ${quoteInput(textAt(grid, i))} staat als tekst in een kolom met getallen; SOM en andere formules tellen het niet mee. Zet het om naar het getal ${nl(value, Math.pow(10, -decimals))}.`,
    expected: value,
    suggestion: String(value),
  });
}

/**
 * A formula whose R1C1 shape differs from its neighbours: both neighbours in a row (or column)
 * share a shape and this cell breaks it, or it ends a run of at least two equal shapes.
 * Total rows and columns are left out of the direction they close, where a different formula is normal.
 */
export const formulaShapeChecker: Checker = {
  rules: ["inconsistent-formula"],
  run(ctx, emit) {
    const { grid } = ctx;
    // one shape per formula, indexed like grid.formulas (cell slot - 1), as a number per distinct shape:
    // FormulaShapeIds numbers them without building a string per formula, and comparing numbers is cheap
    if (grid.formulas.length === 0) return;
    // the shape id of every cell (0 = no formula) in a grid with a border of two empty cells on every side,
    // so the neighbours up to two cells away are read without a bounds check or a call per formula
    const W = grid.cols + 4;
    const shapeGrid = new Int32Array((grid.rows + 4) * W);
    const shapeIds = new FormulaShapeIds();
    for (let r = 0; r < grid.rows; r++) {
      for (let c = 0; c < grid.cols; c++) {
        const slot = grid.formulaSlot[r * grid.cols + c];
        if (slot !== 0) shapeGrid[(r + 2) * W + c + 2] = shapeIds.idOf(grid.formulas[slot - 1], r, c);
      }
    }
    const totalRows = new Set<number>();
    const totalCols = new Set<number>();
    for (const b of ctx.blocks) {
      b.totalRows.forEach((r) => totalRows.add(r));
      b.totalCols.forEach((c) => totalCols.add(c));
    }
    /** the shape id at (r, c), 0 when no formula is there (or outside the sheet, up to two cells out) */
    const at = (r: number, c: number): number => (r < -2 || c < -2 || r >= grid.rows + 2 || c >= grid.cols + 2 ? 0 : shapeGrid[(r + 2) * W + c + 2]);
    for (let r = 0; r < grid.rows; r++) {
      for (let c = 0; c < grid.cols; c++) {
        const g = (r + 2) * W + c + 2;
        const shape = shapeGrid[g];
        if (shape === 0) continue;
        const left = shapeGrid[g - 1];
        const right = shapeGrid[g + 1];
        const up = shapeGrid[g - W];
        const down = shapeGrid[g + W];
        // a formula equal to a neighbour across was copied that way (a row of carry-forwards under a row of
        // ratios): differing from the cells along the other direction is the table's design, not a slip
        const copiedAlongRow = shape === left || shape === right;
        const copiedAlongCol = shape === up || shape === down;
        const inRow = totalCols.has(c) || copiedAlongCol ? 0 : breaksRun(shape, left, right, shapeGrid[g - 2], shapeGrid[g + 2]);
        const inCol = inRow || totalRows.has(r) || copiedAlongRow ? 0 : breaksRun(shape, up, down, shapeGrid[g - 2 * W], shapeGrid[g + 2 * W]);
        if (inRow || inCol) reportBreak(ctx, emit, at, r, c, inRow, inCol);
      }
    }
  },
};

/**
 * The finding for a formula that breaks the shape of its neighbours (inRow or inCol: how, see breaksRun),
 * unless it is the same sum written another way. Apart from the loop over every formula, which stays small.
 */
function reportBreak(ctx: RuleContext, emit: Emit, at: (r: number, c: number) => number, r: number, c: number, inRow: number, inCol: number): void {
  const { grid } = ctx;
  const odd = inRow ? ([[r, c - 1], [r, c + 1]] as const) : inCol ? ([[r - 1, c], [r + 1, c]] as const) : undefined;
  if (!odd) return;
  const own = formulaAt(grid, r * grid.cols + c)!;
  const neighbourAt = odd.map(([rr, cc]) => rr * grid.cols + cc).find((i) => i >= 0 && at(Math.floor(i / grid.cols), i % grid.cols) !== 0)!;
  const neighbour = formulaAt(grid, neighbourAt)!;
  // the same sum written another way (=SUM(C14,C15) beside =C14+C15, =+C18 beside =C17) is no break
  const nr = Math.floor(neighbourAt / grid.cols);
  const nc = neighbourAt % grid.cols;
  if (formulaShape(sameMeaningForm(own), r, c) === formulaShape(sameMeaningForm(neighbour), nr, nc)) return;
  // likely a slip only when the cell breaks a run on both sides, refers within the sheet and differs in
  // what it refers to; a run that ends, other sheets, or only another constant (=I12/121 next to
  // =I11/365: another number of days) are notes
  const twoSided = (inRow || inCol) === TWO_SIDED;
  const otherSheet = own.includes("!") || neighbour.includes("!");
  const constantOnly = formulaShape(maskConstants(own), r, c) === formulaShape(maskConstants(neighbour), nr, nc);
  // a ratio or percentage between totals (=E18/D18 in a row of column sums) is another kind of figure, not a slip
  const ratioAmongSums = summedRanges(neighbour) !== undefined && summedRanges(own) === undefined && /[/*]/.test(own);
  const severity = twoSided && !otherSheet && !constantOnly && !ratioAmongSums ? "warning" : "info";
  const cell = addressOf(grid, r, c);
  const neighbours = odd.filter(([rr, cc]) => at(rr, cc) !== 0).map(([rr, cc]) => addressOf(grid, rr, cc));
  const sample = neighbours.length > 0 ? neighbour : undefined;
  if (!ctx.full("inconsistent-formula")) emit({
    rule: "inconsistent-formula",
    severity,
    cell,
    message: `${cell}: de formule ${formulaAt(grid, r * grid.cols + c)} heeft een andere vorm dan de buren ${neighbours.join(" en ")}${sample ? ` (zoals ${sample})` : ""}. Mogelijk is hier een formule overschreven of verkeerd gekopieerd; kopieer de formule van de buren als dat de bedoeling is.`,
    related: neighbours,
  });
}

const TWO_SIDED = 1;
const ONE_SIDED = 2;

/**
 * Shapes as ids, 0 = no formula. TWO_SIDED: both neighbours agree and this cell differs; ONE_SIDED: it ends a run of two.
 * A cell equal to the one two steps away belongs to an alternating pattern (a row of sums, a row of
 * averages, a row of sums …): a design, not a break.
 */
function breaksRun(shape: number, before: number, after: number, before2: number, after2: number): number {
  if (shape === before2 || shape === after2) return 0;
  if (before && after) return before === after && shape !== before ? TWO_SIDED : 0;
  if (before && !after) return before2 === before && shape !== before ? ONE_SIDED : 0;
  if (after && !before) return after2 === after && shape !== after ? ONE_SIDED : 0;
  return 0;
}

const CELL_OR_RANGE = /^(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Z]{1,3})(\$?)(\d{1,7}))?$/;
/** Ranges up to this many cells are written out cell by cell, so that =SUM(D16:D17) reads as =D16+D17. */
const SPELL_OUT_CELLS = 16;

/**
 * The formula in a form where ways of writing the same sum compare equal: a leading unary plus
 * dropped (=+C18 is =C18, a habit from Lotus), and a plain sum of cells and ranges (=C14+C15,
 * =SUM(C14,C15), =SUM(C14:C15), =+D96+C96) written as its sorted cells. Anything else is returned
 * as it is (without the leading plus).
 */
export function sameMeaningForm(formula: string): string {
  const f = formula.charCodeAt(1) === 43 /* + */ && formula.charCodeAt(0) === 61 /* = */ ? "=" + formula.slice(2) : formula;
  if (f.length > 400) return f;
  let body: string;
  let separator: string;
  if (/^=sum\([^()]*\)$/i.test(f)) {
    body = f.slice(5, -1);
    separator = ",";
  } else if (f.indexOf("+") > 0 && /^=[$A-Za-z0-9:+]+$/.test(f)) {
    body = f.slice(1);
    separator = "+";
  } else return f;
  const cells: string[] = [];
  for (const raw of body.split(separator)) {
    const term = raw.trim().toUpperCase();
    const m = CELL_OR_RANGE.exec(term);
    if (!m) return f;
    if (!m[6]) {
      cells.push(term);
      continue;
    }
    const c1 = columnIndex(m[2]);
    const c2 = columnIndex(m[6]);
    const r1 = Number(m[4]);
    const r2 = Number(m[8]);
    const count = (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1);
    // a single long range (the common =SUM(B2:B99)) is left as written; a range with $ on one end only too
    if (count > SPELL_OUT_CELLS || m[1] !== m[5] || m[3] !== m[7]) {
      if (separator === "," && body.indexOf(",") < 0) return f;
      cells.push(term);
      continue;
    }
    for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) {
      for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) cells.push(`${m[1]}${columnLetters(c)}${m[3]}${r}`);
    }
  }
  if (cells.length === 0) return f;
  cells.sort();
  return "=" + cells.join("+");
}

/** The formula with its numeric constants replaced by "#" (references keep their row numbers). */
function maskConstants(formula: string): string {
  return formula.replace(/(^|[^A-Za-z0-9_$.:!#])(\d+(?:\.\d+)?(?:E[+-]?\d+)?)(?![\dA-Za-z(:])/gi, "$1#");
}
