/** share-not-100, vat-mismatch, variance-mismatch, average-mismatch: columns with a fixed relation to others. */
import { addressOf, formulaAt } from "../grid";
import { nl, percentNl } from "../messages";
import { numberAt } from "../analysis";
import type { Block, Column } from "../structure";
import { averageTolerance, cellUnit, judge, roundTo, sumTolerance, vatTolerance } from "../tolerance";
import type { Checker } from "./context";
import { hasKeyword } from "../text";
import { COUNT_WORDS } from "../keywords";
import { splitVat } from "../../allocation";
import type { Grid } from "../grid";
import { quoteInput } from "../../shared/text";
import { countNl } from "../../shared/plural";

const VAT_RATES = [0.21, 0.09];
/** headers that name a split into shares (a bare "%" may be any percentage) */
const SHARE_NAMES = ["aandeel", "aandelen", "verdeelsleutel", "share", "shares"] as const;

function unitAt(ctx: { grid: import("../grid").Grid }, r: number, col: Column): number {
  return cellUnit(ctx.grid, r * ctx.grid.cols + col.index, col.unit);
}

function findLeft(block: Block, col: Column, test: (c: Column) => boolean): Column | undefined {
  const k = block.columns.indexOf(col);
  for (let j = k - 1; j >= 0; j--) if (test(block.columns[j])) return block.columns[j];
  return undefined;
}

export const shareChecker: Checker = {
  rules: ["share-not-100"],
  run(ctx, emit) {
    const { grid } = ctx;
    for (const a of ctx.blocks) {
      for (const col of a.block.columns) {
        if (col.role !== "share") continue;
        let sum = 0;
        let n = 0;
        let last = -1;
        let unit = col.unit;
        let totalRow = -1;
        for (const row of a.block.rows) {
          const v = numberAt(grid, row.index, col.index);
          if (Number.isNaN(v)) continue;
          if (a.totalRows.has(row.index)) {
            totalRow = row.index;
            continue;
          }
          if (row.role !== "data" || a.derivedRows.has(row.index)) continue;
          sum += v;
          n++;
          last = row.index;
          unit = Math.max(unit, unitAt(ctx, row.index, col));
        }
        if (n === 0) continue;
        const target = col.percentFormat || sum <= 1.5 ? 1 : 100;
        const asText = (v: number) => (target === 1 ? percentNl(v, Math.max(0, Math.round(-Math.log10(unit)) - 2)) : nl(v, unit) + "%");
        const tolerance = sumTolerance(unit, n);
        const sumVerdict = judge(sum, target, tolerance);
        const printed = totalRow >= 0 ? numberAt(grid, totalRow, col.index) : NaN;
        const printedVerdict = Number.isNaN(printed) ? "ok" : judge(printed, target, unit);
        if (sumVerdict === "ok" && printedVerdict === "ok") continue;
        const cell = addressOf(grid, totalRow >= 0 ? totalRow : last, col.index);
        const beyond = sumVerdict === "mismatch" || printedVerdict === "mismatch";
        // a column of percentages that add up to far from 100% (growth rates, "% of budget spent") is not a
        // split into shares: only a sum near 100%, or a printed total of 100%, makes it one
        const nearWhole = sum >= 0.8 * target && sum <= 1.2 * target;
        const named = hasKeyword(col.header, SHARE_NAMES);
        if (!ctx.full("share-not-100")) emit({
          rule: "share-not-100",
          severity: !nearWhole || !(named || totalRow >= 0) ? "info" : beyond ? "error" : "warning",
          cell,
          message: `${cell}: de aandelen in kolom ${cell.replace(/\d+$/, "")} (${col.header || "Aandeel"}) tellen op tot ${asText(sum)}${Number.isNaN(printed) ? "" : `, het totaal zegt ${asText(printed)}`}; verwacht 100%. ${beyond ? "Dat is meer dan afronding verklaart: controleer de verdeelsleutel." : "Dat komt door het afronden van de aandelen; vermeld dat of rond af met de grootste-restmethode."}`,
          expected: target,
          actual: sum,
        });
      }
    }
  },
};

export const vatChecker: Checker = {
  rules: ["vat-mismatch", "rounding-difference"],
  run(ctx, emit) {
    const { grid } = ctx;
    for (const a of ctx.blocks) {
      for (const col of a.block.columns) {
        if (col.role !== "vat") continue;
        const base = findLeft(a.block, col, (c) => c.role === "excl") ?? findLeft(a.block, col, (c) => c.role === "total" || c.role === "amount");
        if (!base) continue;
        const rows = a.block.rows.filter((r) => r.hasNumbers && !Number.isNaN(numberAt(grid, r.index, col.index)) && !Number.isNaN(numberAt(grid, r.index, base.index)));
        const rate = col.vatRate ?? detectRate(rows.map((r) => [numberAt(grid, r.index, col.index), numberAt(grid, r.index, base.index)]), col.unit);
        // a BTW total adds rounded amounts: its margin grows with the number of rows it adds
        const partsInTotal = rows.filter((r) => !a.totalRows.has(r.index)).length;
        const splitRows = roundedToAddUp(grid, rows.filter((r) => !a.totalRows.has(r.index)).map((r) => r.index), col, base, rate);
        for (const row of rows) {
          const vat = numberAt(grid, row.index, col.index);
          const baseValue = numberAt(grid, row.index, base.index);
          const unit = unitAt(ctx, row.index, col);
          const expected = rate * baseValue;
          const tolerance = vatTolerance(unit, rate) * (a.totalRows.has(row.index) ? Math.max(1, partsInTotal) : 1);
          // the BTW column rounded so that it adds up to the rounded BTW of the total (as Verdelen writes it)
          if (splitRows.has(row.index)) continue;
          const verdict = judge(vat, expected, tolerance);
          const cell = addressOf(grid, row.index, col.index);
          const baseCell = addressOf(grid, row.index, base.index);
          if (verdict === "mismatch") {
            if (!ctx.full("vat-mismatch")) emit({
              rule: "vat-mismatch",
              severity: "error",
              cell,
              message: `${cell}: BTW ${nl(vat, unit)} is niet ${percentNl(rate)} van ${baseCell} (${nl(baseValue, unit)}); verwacht ${nl(expected, unit)}, verschil ${nl(vat - expected, unit)}. Controleer het tarief en de grondslag.`,
              expected: roundTo(expected, unit),
              actual: vat,
              related: [baseCell],
            });
          } else if (verdict === "rounding" && !a.totalRows.has(row.index) && Math.abs(vat - roundTo(expected, unit)) >= unit * 0.999) {
            if (!ctx.full("rounding-difference")) emit({
              rule: "rounding-difference",
              severity: "warning",
              cell,
              message: `${cell}: BTW ${nl(vat, unit)} is binnen de afrondingsmarge, maar ${percentNl(rate)} van ${baseCell} (${nl(baseValue, unit)}) is ${nl(expected, unit / 100)}, afgerond ${nl(roundTo(expected, unit), unit)}. Waarschijnlijk is de BTW berekend over een onafgerond bedrag; reken de BTW over het afgedrukte bedrag als de tabel moet sluiten.`,
              expected: roundTo(expected, unit),
              actual: vat,
              related: [baseCell],
            });
          }
        }
      }
    }
  },
};

/**
 * The rows whose BTW is exactly the split of the rounded BTW total over the rows by largest
 * remainder (splitVat, the one BTW rounding rule Verdelen writes with): each row is then within one
 * unit of rate × base, and the column adds up to round(rate × total base). Empty when the column
 * is not rounded that way.
 */
function roundedToAddUp(grid: Grid, rowIndices: number[], col: Column, base: Column, rate: number): Set<number> {
  const out = new Set<number>();
  if (rowIndices.length < 2) return out;
  const unit = col.unit;
  const baseUnits: number[] = [];
  const vatUnits: number[] = [];
  for (const r of rowIndices) {
    const b = numberAt(grid, r, base.index) / unit;
    const v = numberAt(grid, r, col.index) / unit;
    if (Math.abs(b - Math.round(b)) > 1e-6 || Math.abs(v - Math.round(v)) > 1e-6 || Math.abs(b) > 1e13) return out;
    baseUnits.push(Math.round(b));
    vatUnits.push(Math.round(v));
  }
  const split = splitVat(baseUnits, baseUnits.reduce((x, y) => x + y, 0), rate);
  if (!split.every((u, k) => u === vatUnits[k])) return out;
  for (const r of rowIndices) out.add(r);
  return out;
}

/** The BTW rate most rows agree with (21% or 9%). */
function detectRate(pairs: number[][], unit: number): number {
  let best = VAT_RATES[0];
  let bestCount = -1;
  for (const rate of VAT_RATES) {
    const count = pairs.filter(([vat, base]) => judge(vat, rate * base, vatTolerance(unit, rate)) !== "mismatch").length;
    if (count > bestCount) {
      best = rate;
      bestCount = count;
    }
  }
  return best;
}

export const varianceChecker: Checker = {
  rules: ["variance-mismatch", "rounding-difference"],
  run(ctx, emit) {
    const { grid } = ctx;
    for (const a of ctx.blocks) {
      const { block } = a;
      for (const col of block.columns) {
        if (col.role !== "variance" || !col.varianceOf) continue;
        const [ca, cb] = col.varianceOf;
        const headerA = block.columns.find((c) => c.index === ca)?.header || addressOf(grid, block.top, ca).replace(/\d+$/, "");
        const headerB = block.columns.find((c) => c.index === cb)?.header || addressOf(grid, block.top, cb).replace(/\d+$/, "");
        // a column that mostly is not the difference of its two columns was paired wrongly (or is no
        // variance at all): its mismatches are notes; a computed cell is what its formula says it is
        let agreeing = 0;
        let filled = 0;
        for (const r of block.rows) {
          const v = numberAt(grid, r.index, col.index);
          if (!r.hasNumbers || Number.isNaN(v)) continue;
          filled++;
          const d = zero(numberAt(grid, r.index, ca)) - zero(numberAt(grid, r.index, cb));
          if (judge(v, d, col.unit) !== "mismatch" || judge(v, -d, col.unit) !== "mismatch") agreeing++;
        }
        const pairedWell = agreeing >= 2 && agreeing >= 0.6 * filled;
        let firstConvention: { sign: number; section: string } | undefined;
        for (let s = 0; s < block.sections.length; s++) {
          const rows = block.rows.filter((r) => r.section === s && r.hasNumbers && !Number.isNaN(numberAt(grid, r.index, col.index)));
          if (rows.length === 0) continue;
          const diffs = rows.map((r) => zero(numberAt(grid, r.index, ca)) - zero(numberAt(grid, r.index, cb)));
          let plus = 0;
          let minus = 0;
          rows.forEach((r, k) => {
            const v = numberAt(grid, r.index, col.index);
            const p = judge(v, diffs[k], col.unit) !== "mismatch";
            const m = judge(v, -diffs[k], col.unit) !== "mismatch";
            if (p && !m) plus++;
            if (m && !p) minus++;
          });
          const sign = minus > plus ? -1 : 1;
          const convention = sign === 1 ? `${headerA} − ${headerB}` : `${headerB} − ${headerA}`;
          const sectionName = block.sections[s].label || "het blok";
          if (!firstConvention) firstConvention = { sign, section: sectionName };
          else if (firstConvention.sign !== sign && (plus > 0 || minus > 0)) {
            const cell = addressOf(grid, rows[0].index, col.index);
            if (!ctx.full("variance-mismatch")) emit({
              rule: "variance-mismatch",
              severity: "info",
              cell,
              title: "Tekenconventie van Verschil wisselt tussen secties",
              variant: "sign-convention",
              message: `${cell}: in ${sectionName} is Verschil = ${convention}, in ${firstConvention.section} andersom. Dat is gebruikelijk (positief = voordelig), maar vermeld de tekenconventie bij de tabel zodat de lezer het verschil goed uitlegt.`,
            });
          }
          rows.forEach((r, k) => {
            const v = numberAt(grid, r.index, col.index);
            const expected = sign * diffs[k];
            const unit = unitAt(ctx, r.index, col);
            const verdict = judge(v, expected, unit);
            if (verdict === "ok") return;
            const cell = addressOf(grid, r.index, col.index);
            const related = [addressOf(grid, r.index, ca), addressOf(grid, r.index, cb)];
            const computed = formulaAt(grid, r.index * grid.cols + col.index) !== undefined;
            if (verdict === "rounding") {
              if (!ctx.full("rounding-difference")) emit({
                rule: "rounding-difference",
                severity: computed || !pairedWell || col.byValue || Math.abs(v - roundTo(expected, unit)) < unit * 0.999 ? "info" : "warning",
                cell,
                message: `${cell}: het verschil ${nl(v, unit)} wijkt ${nl(v - expected, unit)} af van ${convention} = ${nl(expected, unit)}; dat is een afrondingsverschil. Reken het verschil uit de afgedrukte bedragen als de tabel moet sluiten.`,
                expected,
                actual: v,
                related,
              });
            } else if (judge(v, -expected, unit) !== "mismatch" && expected !== 0) {
              if (!ctx.full("variance-mismatch")) emit({
                rule: "variance-mismatch",
                severity: pairedWell && !col.byValue ? "warning" : "info",
                cell,
                message: `${cell}: het verschil ${nl(v, unit)} heeft het omgekeerde teken van de rest van ${sectionName}, waar Verschil = ${convention} (${nl(expected, unit)}). Maak het teken gelijk aan de conventie van de sectie.`,
                expected,
                actual: v,
                related,
              });
            } else {
              if (!ctx.full("variance-mismatch")) emit({
                rule: "variance-mismatch",
                // a column taken for a Verschil only because most of its values are one: the rest contradicts that reading
                severity: pairedWell && !col.byValue ? "error" : "info",
                cell,
                message: `${cell}: het verschil is ${nl(v, unit)}, maar ${convention} is ${nl(expected, unit)} (afwijking ${nl(v - expected, unit)}). Controleer de bedragen of de formule.`,
                expected,
                actual: v,
                related,
              });
            }
          });
        }
      }
    }
  },
};

function zero(v: number): number {
  return Number.isNaN(v) ? 0 : v;
}

export const averageChecker: Checker = {
  rules: ["average-mismatch", "rounding-difference"],
  run(ctx, emit) {
    const { grid } = ctx;
    for (const a of ctx.blocks) {
      const { block } = a;
      for (const col of block.columns) {
        if (col.role !== "average") continue;
        const periods = block.columns.filter((c) => c.role === "period");
        const inputs = periods.length > 0 ? periods : block.columns.filter((c) => c.index < col.index && c.role === "amount");
        if (inputs.length < 2) continue;
        const inputUnit = Math.max(...inputs.map((c) => c.unit));
        // without month columns the inputs are a guess (the amount columns to the left): say so, do not alarm
        const guessed = periods.length === 0;
        for (const row of block.rows) {
          if (!row.hasNumbers) continue;
          const avg = numberAt(grid, row.index, col.index);
          if (Number.isNaN(avg)) continue;
          let sum = 0;
          let filled = 0;
          for (const c of inputs) {
            const v = numberAt(grid, row.index, c.index);
            if (!Number.isNaN(v)) {
              sum += v;
              filled++;
            }
          }
          if (filled === 0) continue;
          const unit = unitAt(ctx, row.index, col);
          const tolerance = averageTolerance(unit, inputUnit);
          const mean = sum / inputs.length;
          const cell = addressOf(grid, row.index, col.index);
          const range = `${addressOf(grid, row.index, inputs[0].index)}:${addressOf(grid, row.index, inputs[inputs.length - 1].index)}`;
          const verdict = judge(avg, mean, tolerance);
          if (verdict !== "mismatch") {
            if (verdict === "rounding" && Math.abs(avg - roundTo(mean, unit)) >= unit * 0.999) {
              if (!ctx.full("rounding-difference")) emit({
                rule: "rounding-difference",
                severity: guessed ? "info" : "warning",
                cell,
                message: `${cell}: Gemiddeld ${nl(avg, unit)} wijkt ${nl(avg - mean, unit)} af van het gemiddelde van ${range} over ${inputs.length} perioden (lege als 0) = ${nl(mean, unit / 10)}; dat is een afrondingsverschil.`,
                expected: roundTo(mean, unit),
                actual: avg,
              });
            }
            continue;
          }
          const meanFilled = sum / filled;
          if (filled < inputs.length && judge(avg, meanFilled, tolerance) !== "mismatch") {
            if (!ctx.full("average-mismatch")) emit({
              rule: "average-mismatch",
              severity: guessed ? "info" : "warning",
              cell,
              message: `${cell}: Gemiddeld ${nl(avg, unit)} is het gemiddelde over alleen de ${countNl(filled, "gevulde periode", "gevulde perioden")} van ${range}; over alle ${inputs.length} perioden met lege als 0 is het ${nl(mean, Math.min(unit, 0.01))}. Kies één conventie voor de hele tabel en vermeld die.`,
              expected: mean,
              actual: avg,
            });
          } else {
            if (!ctx.full("average-mismatch")) emit({
              rule: "average-mismatch",
              severity: guessed ? "info" : "error",
              cell,
              message: `${cell}: Gemiddeld is ${nl(avg, unit)}, maar het gemiddelde van ${range} over ${inputs.length} perioden (lege perioden tellen als 0) is ${nl(mean, Math.min(unit, 0.01))}${filled < inputs.length ? ` en over de ${countNl(filled, "gevulde periode", "gevulde perioden")} ${nl(meanFilled, Math.min(unit, 0.01))}` : ""}. Controleer de formule of de perioden.`,
              expected: mean,
              actual: avg,
            });
          }
        }
      }
    }
  },
};

/**
 * A row of averages ("Gemiddeld afgenomen dagen per jeugdige") with a Totaal column: the overall
 * figure is an average too, never a sum. Where the block also holds the counts the averages are
 * taken over ("Aantal jeugdigen"), the overall average must be weighted by them: the plain mean of
 * the averages (a classic slip) is reported with the weighted value. No fix is offered.
 */
export const averageRowChecker: Checker = {
  rules: ["average-mismatch"],
  run(ctx, emit) {
    const { grid } = ctx;
    for (const a of ctx.blocks) {
      const { block } = a;
      // most blocks have no row of averages: then no row's label needs reading for counts
      if (!block.rows.some((r) => r.role === "average")) continue;
      const countRow = block.rows.find((r) => r.hasNumbers && r.role !== "average" && hasKeyword(r.label, COUNT_WORDS));
      if (!countRow) continue;
      for (const row of block.rows) {
        if (row.role !== "average") continue;
        for (const total of block.columns) {
          if (!a.labelledTotalCols.has(total.index)) continue;
          const parts = block.columns.filter((c) => c.index < total.index && (c.role === "amount" || c.role === "period"));
          let weighted = 0;
          let weights = 0;
          let plain = 0;
          let n = 0;
          for (const c of parts) {
            const v = numberAt(grid, row.index, c.index);
            const w = numberAt(grid, countRow.index, c.index);
            if (Number.isNaN(v) || Number.isNaN(w)) continue;
            weighted += v * w;
            weights += w;
            plain += v;
            n++;
          }
          const value = numberAt(grid, row.index, total.index);
          if (n < 2 || weights <= 0 || Number.isNaN(value)) continue;
          const unit = unitAt(ctx, row.index, total);
          const weightedMean = weighted / weights;
          const plainMean = plain / n;
          if (judge(value, weightedMean, unit) !== "mismatch" || judge(value, plainMean, unit) === "mismatch") continue;
          const cell = addressOf(grid, row.index, total.index);
          if (!ctx.full("average-mismatch")) emit({
            rule: "average-mismatch",
            severity: "warning",
            cell,
            message: `${cell}: ${nl(value, unit)} is het gewone gemiddelde van de ${n} gemiddelden in deze rij (${nl(plainMean, unit / 10)}), maar die gelden voor verschillende aantallen (rij ${countRow.index + grid.row0 + 1}, ${quoteInput(countRow.label)}). Gewogen met die aantallen is het gemiddelde ${nl(weightedMean, unit / 10)}. Een gemiddelde van gemiddelden klopt alleen bij gelijke aantallen; gebruik het gewogen gemiddelde.`,
            expected: weightedMean,
            actual: value,
            related: [addressOf(grid, countRow.index, total.index)],
          });
        }
      }
    }
  },
};
