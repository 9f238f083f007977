/**
 * The occupancy result as the TableSpec of a new sheet: the table (2 decimals, Totaal row,
 * Gemiddeld column, Capaciteit column when given), red cells where a group exceeds its
 * capacity, a native line chart of the total against capacity, and the provenance block.
 */
import { FORMATS } from "../../../excel/formats";
import type { CellValue, ConditionalFill, TableColumn, TableSpec } from "../../../excel/WorkbookPort";
import { ADDIN_NAME, ADDIN_VERSION } from "../../../version";
import { formatDateNl, todayNl } from "../../../engine/shared/dates";
import { formatNumberNl } from "../../../engine/shared/numbers";
import { monthRange, type MonthLanguage } from "../../../engine/shared/months";
import { DIMENSION_HEADERS, MEAN_HEADER, TOTAL_LABEL, type OccupancyResult } from "../../../engine/occupancy";
import type { Translate } from "../../i18n/catalogue";

export interface OutputInput {
  result: OccupancyResult;
  /** "Verblijven!A1:F201" */
  sourceRange: string;
  /** rows the user chose to leave out (0-based body indices) */
  excluded: readonly number[];
  rowLabel: (index: number) => string;
  t: Translate;
  /** the language `t` speaks, for the month names of the title (default Dutch) */
  language?: MonthLanguage;
  now?: Date;
}

const OVER_CAPACITY_FILL = "#F8CBAD";
const OVER_CAPACITY_FONT = "#9C0006";
/** Rows named one by one in the provenance block; the rest are counted. */
const LISTED_EXCLUDED = 50;

export function outputSpec({ result, sourceRange, excluded, rowLabel, t, language = "nl", now }: OutputInput): TableSpec {
  const labels = result.groupBy.length;
  const months = result.period.months;
  const firstMonth = labels;
  const lastMonth = labels + months.length - 1;
  const withCapacity = result.total.capacity !== undefined || result.groups.some((g) => g.capacity !== undefined);
  const number = (header: string): TableColumn => ({ header, numberFormat: FORMATS.decimal2, alignment: "right" });
  const columns: TableColumn[] = [
    ...result.groupBy.map((d): TableColumn => ({ header: DIMENSION_HEADERS[d], alignment: "left" })),
    ...months.map((m) => number(m.key)),
    number(MEAN_HEADER),
    ...(withCapacity ? [number(t("bezetting.sheet.capacity"))] : []),
  ];
  const rows: CellValue[][] = result.groups.map((g) => [...g.keys, ...g.average, g.mean, ...(withCapacity ? [g.capacity ?? ""] : [])]);
  const totalValues: CellValue[] = [
    TOTAL_LABEL,
    ...new Array<string>(labels - 1).fill(""),
    ...result.total.average,
    result.total.mean,
    ...(withCapacity ? [result.total.capacity ?? ""] : []),
  ];
  const conditionalFills: ConditionalFill[] = [];
  result.groups.forEach((g, r) => {
    if (g.capacity === undefined) return;
    conditionalFills.push({ rows: [r, r], columns: [firstMonth, lastMonth], greaterThan: { value: g.capacity }, fill: OVER_CAPACITY_FILL, fontColor: OVER_CAPACITY_FONT });
  });
  const capacity = result.total.capacity;
  // the Totaal row (body row G) turns red in the months it exceeds the total capacity
  if (capacity !== undefined) {
    const totalRow = result.groups.length;
    conditionalFills.push({ rows: [totalRow, totalRow], columns: [firstMonth, lastMonth], greaterThan: { value: capacity }, fill: OVER_CAPACITY_FILL, fontColor: OVER_CAPACITY_FONT });
  }
  // "januari 2022 t/m december 2024": the title as people read it; the sheet name keeps the
  // short month keys of the column headers (a sheet name has at most 31 characters)
  const periodText = monthRange(months[0].key, months[months.length - 1].key, language);
  return {
    sheetName: `Bezetting ${months[0].key} tm ${months[months.length - 1].key}`,
    title: t("bezetting.sheet.title", { groups: result.groupBy.map((d) => DIMENSION_HEADERS[d].toLowerCase()).join(" en "), period: periodText }),
    tableName: "Bezetting",
    columns,
    rows,
    totalRow: { values: totalValues },
    conditionalFills,
    chart: {
      title: t(capacity === undefined ? "bezetting.sheet.chartTitle" : "bezetting.sheet.chartTitleCapacity"),
      seriesRows: [],
      extraSeries: [
        { name: TOTAL_LABEL, values: result.total.average },
        ...(capacity === undefined ? [] : [{ name: t("bezetting.sheet.capacity"), values: months.map(() => capacity) }]),
      ],
      columns: [firstMonth, lastMonth],
    },
    notes: provenance({ result, sourceRange, excluded, rowLabel, t, now }),
  };
}

function provenance({ result, sourceRange, excluded, rowLabel, t, now }: OutputInput): CellValue[][] {
  const { counts, period } = result;
  const notes: CellValue[][] = [
    [t("bezetting.note.heading")],
    [t("bezetting.note.source"), sourceRange],
    [t("bezetting.note.period"), t("bezetting.note.periodValue", { from: formatDateNl(period.firstDay), to: formatDateNl(period.lastDay), months: period.months.length })],
    [t("bezetting.note.definition"), t("bezetting.note.definitionValue")],
    [t("bezetting.note.average"), t("bezetting.note.averageValue")],
    [t("bezetting.note.mean"), t("bezetting.note.meanValue")],
    [t("bezetting.note.grouping"), result.groupBy.map((d) => DIMENSION_HEADERS[d]).join(", ")],
    [t("bezetting.note.rows"), t("bezetting.note.rowsValue", { counted: counts.counted, rows: counts.rows, outside: counts.outsidePeriod, empty: counts.empty })],
    [t("bezetting.note.openEnded"), t("bezetting.note.openEndedValue", { count: counts.openEnded, to: formatDateNl(period.lastDay) })],
  ];
  if (result.total.capacity !== undefined) {
    const source = result.totalCapacitySource === "sum-of-groups" ? "bezetting.note.capacitySum" : "bezetting.note.capacityGiven";
    notes.push([t("bezetting.note.capacity"), t(source, { places: formatNumberNl(result.total.capacity) })]);
  }
  const excludedText = excluded.length === 0 ? t("bezetting.note.none") : listExcluded(excluded, rowLabel);
  notes.push([t("bezetting.note.excluded"), excludedText]);
  if (result.overlapDaysNotCounted !== undefined) {
    const pairs = result.problems.filter((p) => p.kind === "overlap-counted-once").length;
    if (pairs > 0) notes.push([t("bezetting.note.overlaps"), t("bezetting.note.overlapsValue", { pairs, days: result.overlapDaysNotCounted })]);
  }
  if (result.textDates) notes.push([t("bezetting.note.textDates"), t("bezetting.note.textDatesValue", { count: result.textDates.count })]);
  const invalid = result.problems.filter((p) => p.severity === "error").flatMap((p) => p.rows);
  if (invalid.length > 0) notes.push([t("bezetting.note.invalid"), listExcluded(invalid, rowLabel)]);
  notes.push([t("bezetting.note.made"), `${ADDIN_NAME} ${ADDIN_VERSION}, ${todayNl(now)}`]);
  return notes;
}

function listExcluded(rows: readonly number[], rowLabel: (i: number) => string): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const shown = sorted.slice(0, LISTED_EXCLUDED).map(rowLabel).join(", ");
  return sorted.length > LISTED_EXCLUDED ? `${shown} en ${sorted.length - LISTED_EXCLUDED} andere` : shown;
}
