/** total-mismatch, rounding-difference, formula-omits-cells, hardcoded-total. */
import { cellAddress, rangeContains } from "../a1";
import { CellKind, addressOf, summedRangesAt, type Grid } from "../grid";
import { list, nl } from "../messages";
import type { TotalCheck } from "../totals";
import type { Checker } from "./context";

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

function sheetCoords(grid: Grid, r: number, c: number): [number, number] {
  return [grid.row0 + r, grid.col0 + c];
}

/** The total cell holds a formula that adds up along this check's direction (not a grand total summing the other way). */
function formulaAlong(grid: Grid, check: TotalCheck): boolean {
  const i = check.row * grid.cols + check.col;
  if (!grid.formula[i]) return false;
  const ranges = summedRangesAt(grid, i);
  if (!ranges) return true;
  const [sr, sc] = sheetCoords(grid, check.row, check.col);
  return check.axis === "rows" ? ranges.every((r) => r.c1 === sc && r.c2 === sc) : ranges.every((r) => r.r1 === sr && r.r2 === sr);
}

function omittedParts(grid: Grid, check: TotalCheck): string[] | undefined {
  const ranges = summedRangesAt(grid, check.row * grid.cols + check.col);
  if (!ranges) return undefined;
  // a grand total may add up the other direction (=SUM(E2:E3) under a Totaal column): not this check's business
  const [sr, sc] = sheetCoords(grid, check.row, check.col);
  const along = check.axis === "rows" ? ranges.every((r) => r.c1 === sc && r.c2 === sc) : ranges.every((r) => r.r1 === sr && r.r2 === sr);
  if (!along) return undefined;
  const omitted: string[] = [];
  for (const p of check.parts) {
    const [r, c] = partCell(grid, check, p);
    const k = grid.kind[r * grid.cols + c];
    if (k !== CellKind.Number && k !== CellKind.NumericText) continue;
    const [pr, pc] = sheetCoords(grid, r, c);
    if (!rangeContains(ranges, pr, pc)) omitted.push(cellAddress(pr, pc));
  }
  return omitted;
}

export const totalsChecker: Checker = {
  rules: ["total-mismatch", "rounding-difference", "formula-omits-cells", "hardcoded-total"],
  run(ctx, emit) {
    const { grid } = ctx;
    const all = ctx.blocks.flatMap((b) => b.checks);
    // typed totals matter where the same total line (a Totaal row, a Totaal column) has formulas elsewhere
    const lineKey = (c: TotalCheck) => `${c.axis}|${c.line}`;
    const formulaLines = new Set(all.filter((c) => formulaAlong(grid, c)).map(lineKey));
    const formulaTotals = formulaLines.size > 0;
    const hardcodedSeen = new Set<string>();
    for (const check of all) {
      const i = check.row * grid.cols + check.col;
      const formula = grid.formula[i];
      const typed = !formula && formulaTotals && !check.difference && grid.kind[i] === CellKind.Number && formulaLines.has(lineKey(check));
      const omitted = formula ? omittedParts(grid, check) : undefined;
      // most checks add up and are formulas or plain figures: nothing to say, no addresses to build
      if (check.verdict === "ok" && !typed && !(omitted && omitted.length > 0)) continue;
      const cell = addressOf(grid, check.row, check.col);
      const parts = describeParts(grid, check);
      const related = partAddresses(grid, check).slice(0, 50);
      const diff = check.actual - check.expected;
      const what = check.difference ? "het saldo" : check.axis === "rows" ? "het kolomtotaal" : "het rijtotaal";
      if (formula) {
        if (omitted && omitted.length > 0) {
          emit({
            rule: "formula-omits-cells",
            severity: "error",
            cell,
            message: `${cell}: de formule ${formula} telt ${list(omitted)} niet mee, terwijl die cel${omitted.length > 1 ? "len" : ""} bij het blok ${parts} ${omitted.length > 1 ? "horen" : "hoort"}. De som van het hele blok is ${nl(check.expected, check.unit)}, de formule geeft ${nl(check.actual, check.unit)}. Breid het bereik van de formule uit.`,
            expected: check.expected,
            actual: check.actual,
            suggestion: totalFormula(grid, check),
            related: omitted,
          });
          continue;
        }
      } else if (typed && !hardcodedSeen.has(cell)) {
        hardcodedSeen.add(cell);
        const suggestion = totalFormula(grid, check);
        emit({
          rule: "hardcoded-total",
          severity: "warning",
          cell,
          message: `${cell}: ${what} ${nl(check.actual, check.unit)} is als vast getal ingetypt, terwijl andere totalen op dit blad formules zijn. Bij een wijziging in ${parts} loopt dit totaal niet mee.${suggestion ? ` Vervang het door ${suggestion}.` : ""}`,
          expected: check.expected,
          actual: check.actual,
          suggestion,
          related,
        });
      }
      if (check.verdict === "ok") continue;
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
        continue;
      }
      const how = check.byValue ? " (deze rij is als totaal herkend omdat de cijfers de som van de rijen erboven zijn)" : "";
      if (check.verdict === "rounding") {
        emit({
          rule: "rounding-difference",
          severity: "warning",
          cell,
          message: `${cell}: ${what} is ${nl(check.actual, check.unit)}, ${check.difference ? `baten − lasten (${parts})` : `de som van ${parts}`} is ${nl(check.expected, check.unit)} (verschil ${nl(diff, check.unit)})${how}. Dat valt binnen de afrondingsmarge van ${nl(check.tolerance, check.unit / 10)} voor ${check.nonEmptyParts} afgeronde delen. Laat de delen optellen tot het totaal (grootste-restmethode) of vermeld het afrondingsverschil.`,
          expected: check.expected,
          actual: check.actual,
          related,
        });
      } else {
        emit({
          rule: "total-mismatch",
          severity: "error",
          cell,
          message: `${cell}: ${what} is ${nl(check.actual, check.unit)}, maar ${check.difference ? `baten − lasten (${parts})` : `de som van ${parts}`} is ${nl(check.expected, check.unit)} (verschil ${nl(diff, check.unit)})${how}. Dat is meer dan afronding verklaart (marge ${nl(check.tolerance, check.unit / 10)}). Controleer de delen en het totaal.`,
          expected: check.expected,
          actual: check.actual,
          related,
        });
      }
    }
  },
};

