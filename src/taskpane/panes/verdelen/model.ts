/**
 * The pane's input as plain data and the pure step from it to an allocation: name checks
 * against the registry, the key (CBS inhabitants, sheet column or custom weights), parsed
 * amounts and BTW, and the engine's table. No React here, so it is tested in node.
 */
import { buildAllocationTable, type AllocationTable } from "../../../engine/allocation";
import { resolvePopulationKey, type MunicipalityRegistry, type ResolvedName } from "../../../engine/municipalities";
import { isEngineError } from "../../../engine/shared/errors";
import { formatEuroNl, parseNumberText } from "../../../engine/shared/numbers";
import type { KeyDescription } from "./verdelingSheet";

export type KeySource = "cbs" | "sheet" | "custom";

export interface MunicipalityRow {
  id: number;
  name: string;
  /** weight typed or read from the sheet (key sources "sheet" and "custom") */
  weight: string;
}

export interface LineRow {
  id: number;
  name: string;
  amount: string;
}

export interface VerdelenInput {
  rows: MunicipalityRow[];
  lines: LineRow[];
  keySource: KeySource;
  year: number;
  /** the range the sheet key came from, for the provenance block */
  sheetRange: string;
  vat: string;
  decimals: number;
  budgetYear: string;
  /** `${lineId}:${rowId}` → false when that municipality does not join that line */
  excluded: Record<string, boolean>;
}

export type RowCheck = { ok: true; name: string; figure?: number; source?: string } | { ok: false; message: string; suggestions: string[] };

export interface VerdelenModel {
  checks: RowCheck[];
  lineErrors: (string | undefined)[];
  vatError?: string;
  budgetYearError?: string;
  /** why there is no table yet (a catalogue key or an engine message) */
  blocker?: { key: string } | { message: string };
  table?: AllocationTable;
  key?: KeyDescription;
  usedLines: LineRow[];
  /** header of each used line: its typed name, or "Kostenpost n" when left blank */
  lineNames: string[];
  /** used lines whose amount had more decimals than the rounding keeps: what was typed and what is split */
  roundedLines: RoundedLine[];
}

export interface RoundedLine {
  /** id of the input line, to put the notice next to its amount */
  lineId: number;
  name: string;
  entered: number;
  rounded: number;
}

export const participates = (input: VerdelenInput, lineId: number, rowId: number) => !input.excluded[`${lineId}:${rowId}`];

/** "21", "21%", "21,5" → 0.21, 0.21, 0.215 */
export function parseVatRate(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const value = parseNumberText(trimmed);
  if (value === undefined) return undefined;
  const rate = trimmed.includes("%") ? value : value / 100;
  return rate >= 0 && rate <= 1 ? rate : undefined;
}

/** Texts the model needs in the pane's language (Dutch when a caller leaves them out). */
export interface ModelLabels {
  rowError: (text: string) => string;
  weightError?: (name: string) => string;
  lineName?: (n: number) => string;
}

function checkRows(input: VerdelenInput, registry: MunicipalityRegistry, resolved: ResolvedName[] | undefined, labels: ModelLabels): RowCheck[] {
  return input.rows.map((row, i) => {
    if (resolved) {
      const r = resolved[i];
      return r.ok ? { ok: true, name: r.municipality.name, figure: r.figure.value, source: r.figure.source } : { ok: false, message: r.message, suggestions: r.suggestions };
    }
    const found = registry.lookup(row.name);
    if (!found.ok) return { ok: false, message: found.message, suggestions: found.suggestions };
    const weight = parseNumberText(row.weight);
    if (weight === undefined || weight < 0) return { ok: false, message: labels.weightError?.(found.municipality.name) ?? `Gewicht van ${found.municipality.name}: typ een getal van 0 of meer.`, suggestions: [] };
    return { ok: true, name: found.municipality.name };
  });
}

export function computeModel(input: VerdelenInput, registry: MunicipalityRegistry, labels: ModelLabels): VerdelenModel {
  const resolved = input.keySource === "cbs" ? resolvePopulationKey(registry, input.rows.map((r) => r.name), input.year) : undefined;
  const checks = checkRows(input, registry, resolved, labels);
  const lineErrors = input.lines.map((l) => (l.amount.trim() === "" || parseNumberText(l.amount) !== undefined ? undefined : labels.rowError(l.amount)));
  const usedLines = input.lines.filter((l) => l.amount.trim() !== "" && parseNumberText(l.amount) !== undefined);
  const lineNames = usedLines.map((l, j) => l.name.trim() || (labels.lineName?.(j + 1) ?? `Kostenpost ${j + 1}`));
  const vatRate = parseVatRate(input.vat);
  const budgetYear = Number(input.budgetYear);
  const budgetYearOk = /^\d{4}$/.test(input.budgetYear.trim());
  const model: VerdelenModel = {
    checks,
    lineErrors,
    usedLines,
    lineNames,
    roundedLines: [],
    vatError: vatRate === undefined ? "verdelen.vat.invalid" : undefined,
    budgetYearError: budgetYearOk ? undefined : "verdelen.budgetYear.invalid",
  };
  if (input.rows.length === 0) return { ...model, blocker: { key: "verdelen.preview.noMunicipalities" } };
  if (checks.some((c) => !c.ok)) return { ...model, blocker: { key: "verdelen.preview.fixNames" } };
  if (usedLines.length === 0 || lineErrors.some(Boolean)) return { ...model, blocker: { key: "verdelen.preview.noLines" } };
  if (vatRate === undefined) return { ...model, blocker: { key: "verdelen.vat.invalid" } };
  if (!budgetYearOk || budgetYear < 1900) return { ...model, blocker: { key: "verdelen.budgetYear.invalid" } };

  const municipalities = input.rows.map((row, i) => {
    const r = resolved?.[i];
    return r?.ok ? { name: r.municipality.name, weight: r.figure.value } : { name: nameOf(registry, row.name), weight: parseNumberText(row.weight) ?? 0 };
  });
  const key: KeyDescription =
    input.keySource === "cbs"
      ? { kind: "cbs", year: input.year, sources: [...new Set((resolved ?? []).flatMap((r) => (r.ok ? [r.figure.source] : [])))] }
      : input.keySource === "sheet"
        ? { kind: "sheet", range: input.sheetRange }
        : { kind: "custom" };
  try {
    const table = buildAllocationTable({
      municipalities,
      lines: usedLines.map((l, j) => ({
        name: lineNames[j],
        total: parseNumberText(l.amount) as number,
        participation: input.rows.map((row) => participates(input, l.id, row.id)),
      })),
      vatRate,
      decimals: input.decimals,
    });
    // the engine splits the amount rounded to the chosen unit; say so when that changed it
    const roundedLines = usedLines.flatMap((l, j) => {
      const entered = parseNumberText(l.amount) as number;
      const rounded = table.lines[j].total;
      return entered === rounded ? [] : [{ lineId: l.id, name: lineNames[j], entered, rounded }];
    });
    return { ...model, table, key, roundedLines };
  } catch (error) {
    if (isEngineError(error)) return { ...model, blocker: { message: error.message } };
    throw error;
  }
}

function nameOf(registry: MunicipalityRegistry, text: string): string {
  const found = registry.lookup(text);
  return found.ok ? found.municipality.name : text;
}

/** Per used line, the names of municipalities that do not join it. */
export function nonParticipants(input: VerdelenInput, model: VerdelenModel): string[][] {
  return model.usedLines.map((l) => input.rows.flatMap((row, i) => (participates(input, l.id, row.id) ? [] : [model.table?.rows[i].name ?? row.name])));
}

/** What choosing a region does to a list that already has names. */
export type PresetMode = "replace" | "add";

/**
 * The rows after choosing a region: "replace" puts exactly the region's municipalities in the
 * list; "add" keeps the list and appends the region's municipalities that are not in it yet
 * (same name, ignoring case and spaces), dropping blank rows.
 */
export function rowsWithPreset(
  rows: MunicipalityRow[],
  names: readonly string[],
  mode: PresetMode,
  newId: () => number,
): { rows: MunicipalityRow[]; added: number; alreadyThere: number } {
  const fresh = (name: string): MunicipalityRow => ({ id: newId(), name, weight: "" });
  if (mode === "replace") return { rows: names.map(fresh), added: names.length, alreadyThere: 0 };
  const norm = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl");
  const kept = rows.filter((r) => r.name.trim() !== "");
  const present = new Set(kept.map((r) => norm(r.name)));
  const extra = names.filter((n) => !present.has(norm(n)));
  return { rows: [...kept, ...extra.map(fresh)], added: extra.length, alreadyThere: names.length - extra.length };
}

/** An amount with every decimal it has (at least `minDecimals`): 126000.5 → "€ 126.000,50". */
export function amountAsEntered(value: number, minDecimals = 2): string {
  const fraction = /\.(\d+)$/.exec(String(value))?.[1] ?? "";
  return formatEuroNl(value, Math.min(10, Math.max(minDecimals, fraction.length)));
}

/** Per input line (in the order of `input.lines`), the rounding notice texts' parameters, or undefined. */
export function roundingNotices(input: VerdelenInput, model: VerdelenModel, decimals: number): ({ entered: string; rounded: string } | undefined)[] {
  return input.lines.map((l) => {
    const r = model.roundedLines.find((x) => x.lineId === l.id);
    return r && { entered: amountAsEntered(r.entered), rounded: formatEuroNl(r.rounded, decimals) };
  });
}
