/**
 * Turns an indexed tariff list into the TableSpec of a new sheet: the table (old tariff,
 * indexation, new tariff, optional nacalculatie), a Totaal row, the derivation block per
 * year the way VNG prints it, and the provenance (figures with sources, method, version, date).
 */
import { FORMATS } from "../../../excel/formats";
import type { CellValue, TableColumn, TableSpec } from "../../../excel/WorkbookPort";
import { ADDIN_NAME, ADDIN_VERSION } from "../../../version";
import { todayNl } from "../../../engine/shared/dates";
import { formatNumberNl, formatPercentNl } from "../../../engine/shared/numbers";
import {
  INDEX_SERIES_PROVENANCE,
  roundHalfAway,
  type BasisKind,
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
  now?: Date;
}

function derivationBlock(d: Derivation, t: Translate): CellValue[][] {
  const y = d.year;
  const head = ["weight", "prevProv", "prevDef", "difference", "prov", "provider"].map((c) => t(`indexeren.derivation.${c}`, { prev: y - 1, year: y }));
  const line = (label: string, l: Derivation["total"]): CellValue[] => [
    label,
    formatPercentNl(l.weight, 0),
    formatPercentNl(l.previousProvisional),
    formatPercentNl(l.previousDefinitive),
    formatPercentNl(l.difference),
    formatPercentNl(l.provisional),
    formatPercentNl(l.provider, d.method.rounding?.decimals ?? 3),
  ];
  return [
    [t("indexeren.sheet.derivationTitle", { year: y })],
    [t("indexeren.derivation.component"), ...head],
    ...d.components.map((c) => line(c.label, c)),
    line(t("indexeren.derivation.total"), d.total),
  ];
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
  const columns: TableColumn[] = [
    { header: t("indexeren.sheet.code"), numberFormat: FORMATS.text },
    { header: t("indexeren.sheet.description") },
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
    const base: CellValue[] = [r.code, r.description, r.oldTariff, r.indexation, r.newTariff];
    return withSettlement ? [...base, r.basisAmount ?? 0, r.settlement ?? 0] : base;
  });
  const sum = (pick: (r: (typeof result.rows)[number]) => number) => roundHalfAway(result.rows.reduce((s, r) => s + pick(r), 0), 2);
  const totalValues: CellValue[] = [t("indexeren.sheet.total"), t("indexeren.sheet.count", { count: result.rows.length }), "", "", ""];
  if (withSettlement) totalValues.push(sum((r) => r.basisAmount ?? 0), sum((r) => r.settlement ?? 0));

  const method = result.path[0]?.method;
  const notes: CellValue[][] = [];
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
  notes.push([t("indexeren.sheet.series"), INDEX_SERIES_PROVENANCE]);
  for (const f of uniqueFigures(result.path, result.settlement?.figures ?? [])) {
    notes.push([`${f.series} ${f.year} ${f.stage}`, `${formatNumberNl(f.percent, 2)}%`, figureSource(f, t)]);
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
