/** number-as-text, error-value, inconsistent-formula: what single cells get wrong. */
import { ShapeIds, r1c1Shape, summedRanges } from "../a1";
import { CellKind, addressOf, formulaAt, textAt } from "../grid";
import { nl } from "../messages";
import type { Checker } from "./context";
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
 * often deliberate (an input not filled in yet, a look-up of a name not in the list): a note.
 */
function errorValueSeverity(code: string): "error" | "warning" | "info" {
  if (code === "#REF!" || code === "#NAME?") return "error";
  if (code === "#DIV/0!" || code === "#N/A") return "info";
  return "warning";
}

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
          if (kind === CellKind.Error) {
            const code = textAt(grid, i)!;
            const cell = addressOf(grid, r, c);
            if (!ctx.full("error-value")) emit({
              rule: "error-value",
              severity: errorValueSeverity(code),
              cell,
              message: `${cell}: foutwaarde ${ERROR_MEANING[code] ?? code}. Totalen die deze cel gebruiken zijn ook fout. Herstel de formule of de cel waarnaar zij verwijst.`,
            });
          } else if (kind === CellKind.NumericText && numericCols.has(c) && !block.headerRows.includes(r)) {
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
        }
      }
    }
  },
};

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
    // ShapeIds numbers them without building a string per formula, and comparing numbers is cheap
    if (grid.formulas.length === 0) return;
    const size = grid.rows * grid.cols;
    const shapes = new Int32Array(grid.formulas.length);
    const shapeIds = new ShapeIds();
    for (let i = 0; i < size; i++) {
      const slot = grid.formulaSlot[i];
      if (slot === 0) continue;
      shapes[slot - 1] = shapeIds.idOf(grid.formulas[slot - 1], Math.floor(i / grid.cols), i % grid.cols);
    }
    const totalRows = new Set<number>();
    const totalCols = new Set<number>();
    for (const b of ctx.blocks) {
      b.totalRows.forEach((r) => totalRows.add(r));
      b.totalCols.forEach((c) => totalCols.add(c));
    }
    /** the shape id at (r, c), 0 when no formula is there */
    const at = (r: number, c: number): number => {
      if (r < 0 || c < 0 || r >= grid.rows || c >= grid.cols) return 0;
      const slot = grid.formulaSlot[r * grid.cols + c];
      return slot !== 0 ? shapes[slot - 1] : 0;
    };
    for (let r = 0; r < grid.rows; r++) {
      for (let c = 0; c < grid.cols; c++) {
        const slot = grid.formulaSlot[r * grid.cols + c];
        if (slot === 0) continue;
        const shape = shapes[slot - 1];
        const inRow = totalCols.has(c) ? 0 : breaksRun(shape, at(r, c - 1), at(r, c + 1), at(r, c - 2), at(r, c + 2));
        const inCol = inRow || totalRows.has(r) ? 0 : breaksRun(shape, at(r - 1, c), at(r + 1, c), at(r - 2, c), at(r + 2, c));
        const odd = inRow ? ([[r, c - 1], [r, c + 1]] as const) : inCol ? ([[r - 1, c], [r + 1, c]] as const) : undefined;
        if (!odd) continue;
        const own = formulaAt(grid, r * grid.cols + c)!;
        const neighbourAt = odd.map(([rr, cc]) => rr * grid.cols + cc).find((i) => i >= 0 && at(Math.floor(i / grid.cols), i % grid.cols) !== 0)!;
        const neighbour = formulaAt(grid, neighbourAt)!;
        // likely a slip only when the cell breaks a run on both sides, refers within the sheet and differs in
        // what it refers to; a run that ends, other sheets, or only another constant (=I12/121 next to
        // =I11/365: another number of days) are notes
        const twoSided = (inRow || inCol) === TWO_SIDED;
        const otherSheet = own.includes("!") || neighbour.includes("!");
        const constantOnly =
          r1c1Shape(maskConstants(own), r, c) === r1c1Shape(maskConstants(neighbour), Math.floor(neighbourAt / grid.cols), neighbourAt % grid.cols);
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
    }
  },
};

const TWO_SIDED = 1;
const ONE_SIDED = 2;

/** Shapes as ids, 0 = no formula. TWO_SIDED: both neighbours agree and this cell differs; ONE_SIDED: it ends a run of two. */
function breaksRun(shape: number, before: number, after: number, before2: number, after2: number): number {
  if (before && after) return before === after && shape !== before ? TWO_SIDED : 0;
  if (before && !after) return before2 === before && shape !== before ? ONE_SIDED : 0;
  if (after && !before) return after2 === after && shape !== after ? ONE_SIDED : 0;
  return 0;
}

/** The formula with its numeric constants replaced by "#" (references keep their row numbers). */
function maskConstants(formula: string): string {
  return formula.replace(/(^|[^A-Za-z0-9_$.:!#])(\d+(?:\.\d+)?(?:E[+-]?\d+)?)(?![\dA-Za-z(:])/gi, "$1#");
}
