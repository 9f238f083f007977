/**
 * The embedded inhabitant figures as data files, and how a maintainer adds a year to them
 * (`npm run data:cbs -- FILE.csv`, scripts/data-cbs.mjs):
 * - src/data/municipalities.csv holds one column `population_YYYY` per year;
 * - src/data/population-sources.csv says per year where the figures come from, when the source
 *   was published and when they were added to the add-in.
 * Pure text in, text out: the script does the file reading and writing.
 */
import { EngineError } from "../shared/errors";
import { parseCbsPopulationCsvWith } from "./cbsImport";
import { MunicipalityRegistry } from "./registry";
import { splitCsvLine } from "./text";
import { countNl, pluralNl } from "../shared/plural";

export interface PopulationSource {
  year: number;
  /** where the figures come from, in Dutch, as shown in provenance blocks */
  source: string;
  /** date the source was published or last modified (ISO), when known */
  published?: string;
  /** date the figures were added to the add-in (ISO), when known */
  added?: string;
}

const SOURCES_HEADER = "year,source,published,added";

/** Reads src/data/population-sources.csv. */
export function parsePopulationSources(text: string): Map<number, PopulationSource> {
  const sources = new Map<number, PopulationSource>();
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  for (const line of lines.slice(1)) {
    const [year, source, published, added] = splitCsvLine(line, ",").map((c) => c.trim());
    sources.set(Number(year), { year: Number(year), source, published: published || undefined, added: added || undefined });
  }
  return sources;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** src/data/population-sources.csv with `entry` added or replacing the same year, years ascending. */
export function upsertPopulationSource(text: string, entry: PopulationSource): string {
  const sources = parsePopulationSources(text);
  sources.set(entry.year, entry);
  const rows = [...sources.values()]
    .sort((a, b) => a.year - b.year)
    .map((s) => [String(s.year), quote(s.source), s.published ?? "", s.added ?? ""].join(","));
  return [SOURCES_HEADER, ...rows].join("\n") + "\n";
}

export interface YearFigures {
  year: number;
  figures: readonly { code: string; name: string; value: number }[];
}

export interface MergeReport {
  csv: string;
  /** figures written */
  count: number;
  /** sum of the figures (the national total, to compare with CBS' own) */
  total: number;
  /** the year already had figures, now replaced */
  replaced: boolean;
  /** codes not in the list before: added as new municipalities from 1 January of the year */
  added: string[];
}

function existsOn(validFrom: string, validTo: string, year: number): boolean {
  const day = `${year}-01-01`;
  return (validFrom === "" || validFrom <= day) && (validTo === "" || validTo >= day);
}

/**
 * src/data/municipalities.csv with the column `population_YYYY` filled from `data` (added in
 * year order when new). Refuses an incomplete download: every municipality that existed on
 * 1 January of the year needs a figure, and no figure may belong to a municipality that did not.
 */
export function mergePopulationYear(text: string, data: YearFigures): MergeReport {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = splitCsvLine(lines[0], ",");
  const rows = lines.slice(1).map((l) => splitCsvLine(l, ","));
  const col = (name: string) => header.indexOf(name);
  const column = `population_${data.year}`;
  let target = col(column);
  const replaced = target >= 0 && rows.some((r) => (r[target] ?? "").trim() !== "");
  if (target < 0) {
    // new column after the last earlier year (or before successor_code)
    const years = header.map((h, i) => ({ year: Number(/^population_(\d{4})$/.exec(h)?.[1]), i })).filter((c) => !Number.isNaN(c.year));
    const before = years.filter((c) => c.year < data.year).pop();
    target = before ? before.i + 1 : col("successor_code");
    header.splice(target, 0, column);
    for (const r of rows) r.splice(target, 0, "");
  }
  const byCode = new Map(data.figures.map((f) => [f.code, f]));
  const codeCol = col("code");
  const fromCol = header.indexOf("valid_from");
  const toCol = header.indexOf("valid_to");
  const missing: string[] = [];
  const notExisting: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const code = r[codeCol];
    const figure = byCode.get(code);
    const exists = existsOn(r[fromCol] ?? "", r[toCol] ?? "", data.year);
    if (figure) {
      seen.add(code);
      if (!exists) notExisting.push(`${code} ${r[col("name")]}`);
      r[target] = String(figure.value);
    } else {
      if (exists) missing.push(`${code} ${r[col("name")]}`);
      r[target] = "";
    }
  }
  if (missing.length > 0) {
    throw new EngineError(
      "invalid-input",
      `De CBS-export mist ${countNl(missing.length, "gemeente", "gemeenten")} die op 1-1-${data.year} ${pluralNl(missing.length, "bestond", "bestonden")}: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? " …" : ""}. Exporteer alle gemeenten.`,
    );
  }
  if (notExisting.length > 0) {
    throw new EngineError(
      "invalid-input",
      `De CBS-export heeft cijfers per 1-1-${data.year} voor gemeenten die toen volgens de gemeentelijst niet bestonden: ${notExisting.slice(0, 5).join(", ")}. Controleer valid_from/valid_to in src/data/municipalities.csv.`,
    );
  }
  const added: string[] = [];
  for (const f of data.figures) {
    if (seen.has(f.code)) continue;
    added.push(f.code);
    const row = header.map(() => "");
    row[codeCol] = f.code;
    row[col("name")] = f.name;
    row[fromCol] = `${data.year}-01-01`;
    row[target] = String(f.value);
    row[col("notes")] = `nieuw in de CBS-cijfers per 1-1-${data.year}`;
    rows.push(row);
  }
  const total = data.figures.reduce((s, f) => s + f.value, 0);
  const csv = [header, ...rows].map((r) => r.map(quote).join(",")).join("\n") + "\n";
  return { csv, count: data.figures.length, total, replaced, added };
}

export interface EmbeddedUpdateInput {
  /** the CBS StatLine CSV download */
  cbsText: string;
  /** its file name, recorded with the source */
  fileName: string;
  municipalitiesCsv: string;
  sourcesCsv: string;
  /** date the figures are added (ISO) */
  added: string;
  /** date CBS published or last changed the table (ISO), when the maintainer gives it */
  published?: string;
  /** source text instead of the one derived from the download */
  source?: string;
}

export interface EmbeddedUpdate {
  municipalitiesCsv: string;
  sourcesCsv: string;
  /** Dutch lines for the maintainer: per year what was written */
  summary: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What `npm run data:cbs` does, without the files: one CBS download into the two data files. */
export function updateEmbeddedPopulation(input: EmbeddedUpdateInput): EmbeddedUpdate {
  for (const [label, value] of [["datum", input.added], ["gepubliceerd", input.published]] as const) {
    if (value !== undefined && !ISO_DATE.test(value)) throw new EngineError("invalid-input", `--${label}=${value} is geen datum; gebruik jjjj-mm-dd.`);
  }
  const registry = MunicipalityRegistry.fromCsv(input.municipalitiesCsv);
  const imports = parseCbsPopulationCsvWith(input.cbsText, registry);
  let municipalitiesCsv = input.municipalitiesCsv;
  let sourcesCsv = input.sourcesCsv;
  const summary: string[] = [];
  for (const imp of imports) {
    const merged = mergePopulationYear(municipalitiesCsv, imp);
    municipalitiesCsv = merged.csv;
    sourcesCsv = upsertPopulationSource(sourcesCsv, {
      year: imp.year,
      source: input.source ?? `${imp.source} (download ${input.fileName})`,
      published: input.published,
      added: input.added,
    });
    const news = merged.added.length > 0 ? `; ${pluralNl(merged.added.length, "nieuwe gemeente", "nieuwe gemeenten")}: ${merged.added.join(", ")}` : "";
    summary.push(
      `${imp.year}: ${countNl(merged.count, "gemeente", "gemeenten")}, samen ${merged.total.toLocaleString("nl-NL")} inwoners${merged.replaced ? " (vervangt de vorige cijfers)" : ""}${news}.`,
    );
  }
  return { municipalitiesCsv, sourcesCsv, summary };
}
