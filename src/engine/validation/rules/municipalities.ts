/** unknown-municipality, population-mismatch: names and inhabitants against the CBS registry. */
import { addressOf, textAt } from "../grid";
import { nl } from "../messages";
import { editDistance, quoteInput } from "../../shared/text";
import { normalise, suggestionDistance } from "../text";
import type { BlockAnalysis } from "../analysis";
import type { Checker, RuleContext } from "./context";
import type { MunicipalityDirectory } from "../types";

/** Labels that are never municipality names even in a municipality column. */
const NOT_A_NAME = /^(totaal|subtotaal|totale|overig|overige|onbekend|regio|gemeente|gemeenten|gemiddeld|gemiddelde)\b/i;

interface NameCell {
  name: string;
  row: number;
  col: number;
}

/** The data rows' labels as name cells; `limit` stops after that many candidates for the sample (see isMunicipalityAxis). */
function rowNameCells(a: BlockAnalysis, limit = Infinity): NameCell[] {
  const { block } = a;
  const rows: NameCell[] = [];
  if (block.labelCol < 0) return rows;
  let candidates = 0;
  for (const r of block.rows) {
    if (!(r.hasNumbers && r.label !== "" && r.role === "data" && !a.totalRows.has(r.index))) continue;
    rows.push({ name: r.label, row: r.index, col: block.labelCol });
    if (isCandidate(r.label) && ++candidates >= limit) break;
  }
  return rows;
}

function headerNameCells(ctx: RuleContext, a: BlockAnalysis): NameCell[] {
  const { grid } = ctx;
  const { block } = a;
  const headerRow = block.headerRows[block.headerRows.length - 1];
  const headers: NameCell[] =
    headerRow === undefined
      ? []
      : block.columns
          .filter((c) => c.role === "amount" && c.header !== "")
          .map((c) => ({ name: textAt(grid, headerRow * grid.cols + c.index) ?? c.header, row: headerRow, col: c.index }));
  return headers;
}

/** Decided on a sample: long label columns are rarely municipalities. */
const SAMPLE = 24;

const nameSets = new WeakMap<object, Set<string>>();

/** Normalised names of every municipality ever, with and without CBS qualifiers ("Bergen (L.)" → "bergen"). */
function knownNames(registry: MunicipalityDirectory): Set<string> | undefined {
  if (!registry.all) return undefined;
  let set = nameSets.get(registry);
  if (!set) {
    set = new Set<string>();
    for (const m of registry.all()) {
      set.add(normalise(m.name));
      set.add(normalise(m.name.replace(/\s*\([^)]*\)\s*$/, "")));
    }
    nameSets.set(registry, set);
  }
  return set;
}

/** Known in some year: a cheap set test when the registry lists its names, else a look-up. */
function isKnownName(registry: MunicipalityDirectory, name: string): boolean {
  const names = knownNames(registry);
  if (names) return names.has(normalise(name));
  const result = registry.lookup(name);
  return result.ok || result.reason !== "unknown";
}

/** A label that may be a municipality name and counts for the sample. */
function isCandidate(name: string): boolean {
  return !NOT_A_NAME.test(name) && name.length <= 40;
}

function isMunicipalityAxis(ctx: RuleContext, cells: NameCell[]): boolean {
  const candidates = cells.filter((c) => isCandidate(c.name)).slice(0, SAMPLE);
  if (candidates.length < 2) return false;
  let known = 0;
  for (const c of candidates) if (isKnownName(ctx.registry!, c.name)) known++;
  return known >= 2 && known * 2 >= candidates.length;
}

export const municipalityChecker: Checker = {
  rules: ["unknown-municipality", "population-mismatch"],
  run(ctx, emit) {
    const registry = ctx.registry;
    if (!registry) return;
    const { grid } = ctx;
    for (const a of ctx.blocks) {
      // the sample decides first: a long label column that is no municipality axis is never listed in full
      const rowAxis = isMunicipalityAxis(ctx, rowNameCells(a, SAMPLE));
      const rows = rowAxis ? rowNameCells(a) : [];
      const headers = headerNameCells(ctx, a);
      const axes = [rowAxis ? rows : [], isMunicipalityAxis(ctx, headers) ? headers : []];
      for (const cells of axes) {
        for (const c of cells) {
          if (NOT_A_NAME.test(c.name)) continue;
          const result = registry.lookup(c.name, ctx.year);
          if (result.ok || result.reason === "ambiguous") continue;
          const limit = suggestionDistance(c.name);
          const suggestion = result.suggestions.find((s) => editDistance(normalise(s), normalise(c.name), limit) <= limit);
          const inYear = ctx.year ? ` in ${ctx.year}` : "";
          const cell = addressOf(grid, c.row, c.col);
          if (!ctx.full("unknown-municipality")) emit({
            rule: "unknown-municipality",
            severity: "warning",
            cell,
            message:
              result.reason === "not-in-year"
                ? `${cell}: ${quoteInput(c.name)} bestond${inYear} niet (meer) als gemeente (peiljaar ${ctx.yearSource}). ${result.message}${suggestion ? ` Bedoeld: ${suggestion}?` : ""}`
                : `${cell}: ${quoteInput(c.name)} is geen gemeente${inYear} volgens het CBS-register.${suggestion ? ` Bedoeld: ${suggestion}? Vervang de naam.` : " Controleer de spelling of schrijf de naam voluit."}`,
            suggestion,
          });
        }
      }
      if (!rowAxis || ctx.year === undefined) continue;
      const popCols = a.block.columns.filter((c) => c.role === "population");
      for (const col of popCols) {
        for (const c of rows) {
          const value = grid.num[c.row * grid.cols + col.index];
          if (Number.isNaN(value)) continue;
          const result = registry.lookup(c.name, ctx.year);
          if (!result.ok) continue;
          const figures = result.municipality.population;
          const official = figures[ctx.year];
          if (official === undefined || official === value) continue;
          const otherYear = Object.keys(figures).map(Number).find((y) => y !== ctx.year && figures[y] === value);
          const cell = addressOf(grid, c.row, col.index);
          if (!ctx.full("population-mismatch")) emit({
            rule: "population-mismatch",
            severity: "warning",
            cell,
            message: `${cell}: ${result.municipality.name} had per 1 januari ${ctx.year} ${nl(official)} inwoners volgens CBS, hier staat ${nl(value)}${otherYear ? ` (het cijfer van 1 januari ${otherYear})` : ""}. Peiljaar ${ctx.year} is ${ctx.yearSource}; gebruik de inwoneraantallen van dat peiljaar of pas het peiljaar aan.`,
            expected: official,
            actual: value,
          });
        }
      }
    }
  },
};
