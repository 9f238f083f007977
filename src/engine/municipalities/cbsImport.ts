/**
 * Reads inhabitants per 1 January from a CBS StatLine CSV export, so that years beyond the
 * embedded figures work offline once imported into the workbook.
 *
 * Two shapes are understood:
 * - table 03759ned "Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio", both the
 *   StatLine download (labels: "Regio's", "Perioden" = "2023", "Bevolking op 1 januari (aantal)")
 *   and the open-data CSV (codes: "RegioS" = "GM1680", "Perioden" = "2023JJ00",
 *   "BevolkingOp1Januari_1"); dimension columns (Geslacht, Leeftijd …) must be their totals;
 * - table 70072ned "Regionale kerncijfers Nederland" (StatLine download: "Totale bevolking (aantal)",
 *   possibly under its topic path "Bevolking/Bevolkingssamenstelling op 1 januari/…"; open data:
 *   "TotaleBevolking_1"), whose other topic columns are ignored;
 * - the Kerncijfers wijken en buurten tables ("AantalInwoners_5" / "Aantal inwoners"), which
 *   have no period column: the year comes from the table title or id (85984NED = 2024 …).
 */
import { EngineError } from "../shared/errors";
import { parseNumberText } from "../shared/numbers";
import type { MunicipalityRegistry, PopulationImport } from "./registry";
import { normaliseName, splitCsvLine } from "./text";
import { quoteInput } from "../shared/text";

/** Kerncijfers wijken en buurten: table id → year of its 1 January figures. */
const KWB_TABLE_YEARS: Record<string, number> = {
  "84583NED": 2019,
  "84799NED": 2020,
  "85039NED": 2021,
  "85318NED": 2022,
  "85618NED": 2023,
  "85984NED": 2024,
  "86165NED": 2025,
};

const compact = (text: string) => normaliseName(text).replace(/ /g, "");

const isValueHeader = (h: string) => {
  const c = compact(h);
  return /^(bevolkingop1januari|aantalinwoners|inwonertal|totalebevolking)/.test(c) || /^bevolking.*op1januari.*totalebevolking/.test(c);
};
const isRegionHeader = (h: string) => /^(regios|regio|wijkenenbuurten|gemeentenaam|gemeente|codering)/.test(compact(h));
const isPeriodHeader = (h: string) => /^perioden?/.test(compact(h));
/** Columns that are neither a dimension nor the figure (KWB has dozens of them). */
const isIgnorableHeader = (h: string) => /^(id|soortregio|codering|gemeentenaam|indelingswijziging|meestvoorkomendepostcode|dekkingspercentage)/.test(compact(h));

const NOT_A_MUNICIPALITY = /^(nederland|.*\((pv|ld|cr|ggd|vr|gm|ze|rg|ag)\)\s*$)/i;

export function parseCbsPopulationCsvWith(text: string, registry: MunicipalityRegistry): PopulationImport[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const delimiter = detectDelimiter(lines);
  const rows = lines.map((line) => splitCsvLine(line, delimiter).map((c) => c.trim()));
  const headerIndex = rows.findIndex((r) => r.some(isValueHeader) && r.some(isRegionHeader));
  if (headerIndex < 0) {
    throw new EngineError(
      "invalid-input",
      "Dit is geen CBS-export met inwonertallen: er is geen kolom \"Bevolking op 1 januari\" of \"Aantal inwoners\" naast een kolom met regio's gevonden. Exporteer tabel 03759ned of Kerncijfers wijken en buurten als CSV.",
    );
  }
  const header = rows[headerIndex];
  const valueCol = header.findIndex(isValueHeader);
  const periodCol = header.findIndex(isPeriodHeader);
  const regionCols = header.map((h, i) => (isRegionHeader(h) ? i : -1)).filter((i) => i >= 0);
  const soortCol = header.findIndex((h) => compact(h).startsWith("soortregio"));
  // StatLine puts the dimensions (Geslacht, Leeftijd, Regio's, Perioden) before the topics: only
  // those must be their totals; topic columns after the figure (70072ned has dozens) are ignored
  const dimensionCols =
    periodCol >= 0
      ? header.map((h, i) => i).filter((i) => i < valueCol && i !== periodCol && !regionCols.includes(i) && !isIgnorableHeader(header[i]) && header[i] !== "")
      : [];
  const preamble = lines.slice(0, headerIndex + 1).join(" ") + " " + lines.slice(-5).join(" ");
  const tableId =
    /\b(\d{5}NED)\b/i.exec(preamble)?.[1]?.toUpperCase() ??
    (/03759ned|bevolking op 1 januari en gemiddeld/i.test(preamble) ? "03759ned" : /regionale kerncijfers nederland/i.test(preamble) ? "70072ned" : undefined);
  const fixedYear = periodCol >= 0 ? undefined : yearWithoutPeriodColumn(preamble, tableId);
  const source = `CBS StatLine ${tableId ?? "export"}${tableId && tableId.toUpperCase() in KWB_TABLE_YEARS ? " Kerncijfers wijken en buurten" : ""}`;

  const perYear = new Map<number, Map<string, { code: string; name: string; value: number }>>();
  const unknown: string[] = [];
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r];
    if (row.length <= valueCol || row.every((c) => c === "")) continue;
    if (soortCol >= 0 && row[soortCol] && compact(row[soortCol]) !== "gemeente") continue;
    if (dimensionCols.some((c) => !isTotal(row[c] ?? ""))) continue;
    const regionCells = regionCols.map((c) => row[c] ?? "").filter((c) => c !== "");
    const codeCell = regionCells.find((c) => /^GM\d{4}$/i.test(c));
    if (!codeCell && regionCells.some((c) => /^(NL|PV|LD|CR|WK|BU)\d*/i.test(c))) continue;
    const nameCell = regionCells.find((c) => !/^[A-Z]{2}\d+$/i.test(c)) ?? "";
    if (!codeCell && (nameCell === "" || NOT_A_MUNICIPALITY.test(nameCell))) continue;
    const year = fixedYear ?? periodYear(row[periodCol] ?? "", r + 1);
    const rawValue = row[valueCol];
    if (rawValue === "" || rawValue === "." || rawValue === "x" || rawValue === "?") continue;
    const value = parseNumberText(rawValue);
    if (value === undefined || !Number.isInteger(value) || value < 0) {
      throw new EngineError("invalid-input", `Regel ${r + 1} van de CBS-export: ${quoteInput(rawValue)} is geen aantal inwoners.`, `regel ${r + 1}`);
    }
    let code: string;
    let name: string;
    if (codeCell) {
      code = codeCell.toUpperCase();
      name = nameCell || registry.byCbsCode(code)?.name || code;
    } else {
      const found = registry.lookup(nameCell, year);
      if (!found.ok) {
        unknown.push(`regel ${r + 1}: ${found.message}`);
        continue;
      }
      code = found.municipality.code;
      name = found.municipality.name;
    }
    const figures = perYear.get(year) ?? new Map();
    perYear.set(year, figures);
    const earlier = figures.get(code);
    if (earlier && earlier.value !== value) {
      throw new EngineError(
        "invalid-input",
        `De CBS-export heeft twee verschillende getallen voor ${name} in ${year} (${earlier.value} en ${value}, regel ${r + 1}). Exporteer alleen de totalen (Totaal mannen en vrouwen, Totaal leeftijd).`,
        `regel ${r + 1}`,
      );
    }
    figures.set(code, { code, name, value });
  }
  if (unknown.length > 0) {
    throw new EngineError("invalid-input", `De CBS-export bevat namen die geen gemeente zijn: ${unknown.slice(0, 3).join("; ")}${unknown.length > 3 ? ` (en nog ${unknown.length - 3})` : ""}. Exporteer met gemeentecodes of gemeentenamen van CBS.`);
  }
  if (perYear.size === 0) {
    throw new EngineError("invalid-input", "De CBS-export bevat geen inwonertallen van gemeenten. Kies bij het exporteren de regio's op gemeenteniveau.");
  }
  return [...perYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, figures]) => ({ year, source: `${source}, inwoners per 1-1-${year}`, figures: [...figures.values()] }));
}

function detectDelimiter(lines: string[]): string {
  const sample = lines.slice(0, 20).join("\n");
  const count = (ch: string) => sample.split(ch).length - 1;
  const candidates = [";", ",", "\t"].sort((a, b) => count(b) - count(a));
  return candidates[0];
}

function isTotal(cell: string): boolean {
  const c = compact(cell);
  return c.startsWith("totaal") || /^t\d+$/.test(c) || c === "10000";
}

function periodYear(cell: string, line: number): number {
  const match = /(\d{4})/.exec(cell);
  if (!match) {
    throw new EngineError("invalid-input", `Regel ${line} van de CBS-export: ${quoteInput(cell)} is geen jaar in de kolom Perioden.`, `regel ${line}`);
  }
  return Number(match[1]);
}

function yearWithoutPeriodColumn(preamble: string, tableId: string | undefined): number {
  if (tableId && KWB_TABLE_YEARS[tableId.toUpperCase()]) return KWB_TABLE_YEARS[tableId.toUpperCase()];
  const titled = /wijken en buurten\s+(\d{4})/i.exec(preamble);
  if (titled) return Number(titled[1]);
  throw new EngineError(
    "invalid-input",
    "De CBS-export heeft geen kolom Perioden en de titel noemt geen jaar (bijv. \"Kerncijfers wijken en buurten 2024\"). Exporteer met de kolom Perioden of met de tabeltitel.",
  );
}
