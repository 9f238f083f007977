/**
 * Turns an indexed tariff list into the TableSpec of a new sheet: the table (old tariff,
 * indexation, new tariff, optional nacalculatie), a Totaal row, the derivation block per
 * year the way VNG prints it, and the provenance (figures with sources, method, version, date).
 * Every percentage is written as a number in a % format, never as text.
 */
import { FORMATS } from "../../../excel/formats";
import type { CellValue, NoteCell, SheetSnapshot, TableColumn, TableSpec } from "../../../excel/WorkbookPort";
import { columnLetters } from "../../../engine/shared/a1";
import { ADDIN_NAME, ADDIN_VERSION } from "../../../version";
import { todayNl } from "../../../engine/shared/dates";
import { formatPercentNl } from "../../../engine/shared/numbers";
import {
  roundHalfAway,
  type BasisKind,
  type ColumnMapping,
  type Derivation,
  type IndexFigure,
  type IndexOverride,
  type TariffListResult,
} from "../../../engine/indexation";
import type { Translate } from "../../i18n/catalogue";
import { figureSource, methodSummary } from "./describe";

export interface TariffSheetInput {
  result: TariffListResult;
  fromYear: number;
  toYear: number;
  basisKind?: BasisKind;
  /** "Tarieven!A1:D13" */
  sourceRange: string;
  overrides: readonly IndexOverride[];
  decimals: number;
  /** the list's other columns (see otherColumns), values per input row */
  otherColumns?: readonly OtherColumn[];
  now?: Date;
}

export interface OtherColumn {
  header: string;
  /** one value per body row of the source list (indexed by TariffResultRow.source) */
  values: readonly CellValue[];
  numberFormat?: string;
}

/** "0.00%" for `decimals` 2: the Excel format of a percentage shown with that many decimals. */
function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
}

/** A percentage as a number with its format (never text), so it can be calculated with. */
function percentCell(fraction: number, decimals = 2): NoteCell {
  return { value: fraction, numberFormat: percentFormat(decimals) };
}

function derivationBlock(d: Derivation, t: Translate): NoteCell[][] {
  const y = d.year;
  const head = ["weight", "prevProv", "prevDef", "difference", "prov", "provider"].map((c) => t(`indexeren.derivation.${c}`, { prev: y - 1, year: y }));
  const line = (label: string, l: Derivation["total"]): NoteCell[] => [
    label,
    percentCell(l.weight, 0),
    percentCell(l.previousProvisional),
    percentCell(l.previousDefinitive),
    percentCell(l.difference),
    percentCell(l.provisional),
    percentCell(l.provider, d.method.rounding?.decimals ?? 3),
  ];
  return [
    [t("indexeren.sheet.derivationTitle", { year: y })],
    [t("indexeren.derivation.component"), ...head],
    ...d.components.map((c) => line(c.label, c)),
    line(t("indexeren.derivation.total"), d.total),
  ];
}

/**
 * The columns of the tariff list the indexation does not use (Eenheid, Toelichting …), kept in
 * the output next to the description with their values and number formats (issue 14).
 */
export function otherColumns(snapshot: Pick<SheetSnapshot, "values" | "numberFormat">, mapping: ColumnMapping): OtherColumn[] {
  const used = new Set(Object.values(mapping));
  const header = snapshot.values[0] ?? [];
  const out: OtherColumn[] = [];
  header.forEach((h, c) => {
    if (used.has(c)) return;
    const body = snapshot.values.slice(1).map((row) => row[c] ?? "");
    if (String(h ?? "").trim() === "" && body.every((v) => v === "")) return;
    const formats = snapshot.numberFormat.slice(1).map((row) => row[c] ?? "General");
    const format = formats.find((f) => f !== "General");
    out.push({ header: String(h ?? "").trim() || columnLetters(c), values: body, ...(format && formats.every((f) => f === format) ? { numberFormat: format } : {}) });
  });
  return out;
}

function uniqueFigures(path: readonly Derivation[], extra: readonly IndexFigure[]): IndexFigure[] {
  const seen = new Set<IndexFigure>();
  for (const d of path) for (const f of d.total.figures) seen.add(f);
  for (const f of extra) seen.add(f);
  return [...seen].sort((a, b) => a.year - b.year || a.series.localeCompare(b.series) || a.stage.localeCompare(b.stage));
}

export function buildTariffSheet(input: TariffSheetInput, t: Translate): TableSpec {
  const { result, fromYear, toYear } = input;
  const withSettlement = input.basisKind !== undefined && result.settlement !== undefined;
  const others = input.otherColumns ?? [];
  const columns: TableColumn[] = [
    { header: t("indexeren.sheet.code"), numberFormat: FORMATS.text },
    { header: t("indexeren.sheet.description") },
    ...others.map((o): TableColumn => ({ header: o.header, ...(o.numberFormat ? { numberFormat: o.numberFormat } : {}) })),
    { header: t("indexeren.sheet.oldTariff", { year: fromYear }), numberFormat: FORMATS.euroCents, alignment: "right" },
    { header: t("indexeren.sheet.indexation", { from: fromYear, to: toYear }), numberFormat: FORMATS.percent2, alignment: "right" },
    { header: t("indexeren.sheet.newTariff", { year: toYear }), numberFormat: FORMATS.euroCents, alignment: "right" },
  ];
  if (withSettlement) {
    columns.push(
      { header: t("indexeren.sheet.basis", { year: fromYear }), numberFormat: FORMATS.euroCents, alignment: "right" },
      { header: t("indexeren.sheet.settlement", { year: fromYear }), numberFormat: FORMATS.euroCents, alignment: "right" },
    );
  }
  const rows: CellValue[][] = result.rows.map((r) => {
    const base: CellValue[] = [r.code, r.description, ...others.map((o) => o.values[r.source] ?? ""), r.oldTariff, r.indexation, r.newTariff];
    return withSettlement ? [...base, r.basisAmount ?? 0, r.settlement ?? 0] : base;
  });
  const sum = (pick: (r: (typeof result.rows)[number]) => number) => roundHalfAway(result.rows.reduce((s, r) => s + pick(r), 0), 2);
  const totalValues: CellValue[] = [t("indexeren.sheet.total"), t("indexeren.sheet.count", { count: result.rows.length }), ...others.map(() => ""), "", "", ""];
  if (withSettlement) totalValues.push(sum((r) => r.basisAmount ?? 0), sum((r) => r.settlement ?? 0));

  const method = result.path[0]?.method;
  const notes: NoteCell[][] = [];
  for (const d of result.path) notes.push(...derivationBlock(d, t), []);
  notes.push([t("indexeren.sheet.provenance")]);
  if (method) notes.push([t("indexeren.sheet.method"), methodSummary(method, t)]);
  notes.push([t("indexeren.sheet.tariffRounding"), t("indexeren.sheet.tariffRoundingValue", { decimals: input.decimals })]);
  if (withSettlement && result.settlement) {
    notes.push([
      t("indexeren.sheet.settlementRule"),
      t(`indexeren.sheet.settlementRule.${input.basisKind}`, { year: result.settlement.year, factor: formatPercentNl(result.settlement.factor, 4) }),
    ]);
  }
  notes.push([t("indexeren.sheet.series"), t("indexeren.sheet.seriesValue")]);
  for (const f of uniqueFigures(result.path, result.settlement?.figures ?? [])) {
    // published in percent (4.74): written as the fraction 0,0474 in a % format
    notes.push([`${f.series} ${f.year} ${f.stage}`, percentCell(Number((f.percent / 100).toPrecision(12))), figureSource(f, t)]);
  }
  if (input.overrides.length > 0) notes.push([t("indexeren.sheet.overrides"), t("indexeren.sheet.overridesCount", { count: input.overrides.length })]);
  notes.push([t("indexeren.sheet.input"), input.sourceRange]);
  notes.push([t("indexeren.sheet.made"), `${ADDIN_NAME} ${ADDIN_VERSION}, ${todayNl(input.now)}`]);

  return {
    sheetName: t("indexeren.sheet.name", { year: toYear }),
    title: t("indexeren.sheet.title", { from: fromYear, to: toYear }),
    tableName: `SD_Tarieven_${toYear}`,
    columns,
    rows,
    totalRow: { values: totalValues },
    notes,
  };
}
