/**
 * Where every part of a written table goes on its new sheet, worked out before anything is
 * sent to Excel: the adapter then writes each part as one whole-range 2D array, and a wrong
 * spec (a row with a cell too many) is refused before a single cell is written.
 *
 * Layout (0-based sheet rows): optional title in A1, table from A3 (A1 without a title), the
 * header row, the body, the Totaal row as the table's own total row, then one blank row and the
 * notes (provenance), then — when a chart has extra series — a small labelled block with those
 * series, because an Excel chart series can only take its values from cells.
 */
import type { CellValue, TableSpec } from "./WorkbookPort";
import { PortError } from "./WorkbookPort";
import { blockAt, columnLetters, formatCell, type RangeRef } from "../engine/shared/a1";

export interface ConditionalFillLayout {
  range: RangeRef;
  /** en-US formula or number text for the "greater than" rule, relative to the range's top-left cell */
  formula1: string;
  fill: string;
  fontColor?: string;
}

export interface ChartLayout {
  title: string;
  categories: RangeRef;
  series: { name: string; values: RangeRef }[];
  /** top-left and bottom-right cells the chart is placed over */
  position: [string, string];
}

export interface TableLayout {
  title?: { cell: string; text: string };
  /** header + body, the range given to `tables.add` */
  headerBody: RangeRef;
  header: RangeRef;
  body: RangeRef;
  /** header + body + total row */
  table: RangeRef;
  /** header row followed by the body rows, a formula where the spec has one, else the value */
  headerBodyContent: CellValue[][];
  headerBodyFormats: string[][];
  headerBodyHasFormulas: boolean;
  total?: { range: RangeRef; content: CellValue[][]; formats: string[][]; hasFormulas: boolean };
  notes?: { range: RangeRef; content: CellValue[][] };
  chartData?: { range: RangeRef; content: CellValue[][] };
  conditionalFills: ConditionalFillLayout[];
  chart?: ChartLayout;
}

const GENERAL = "General";

export function layoutTable(spec: TableSpec): TableLayout {
  const width = spec.columns.length;
  if (width === 0) throw new PortError("De tabel heeft geen kolommen; er is niets geschreven.");
  if (spec.rows.length === 0) throw new PortError("De tabel heeft geen rijen; er is niets geschreven.");
  spec.rows.forEach((row, r) => checkWidth(row.length, width, `Rij ${r + 1} van de tabel`));
  spec.formulas?.forEach((row, r) => checkWidth(row.length, width, `Rij ${r + 1} van de formules`));
  if (spec.formulas && spec.formulas.length !== spec.rows.length) {
    throw new PortError(`Er zijn ${spec.formulas.length} rijen formules voor ${spec.rows.length} rijen; er is niets geschreven.`);
  }
  if (spec.totalRow) checkWidth(spec.totalRow.values.length, width, "De Totaal-rij");
  if (spec.totalRow?.formulas) checkWidth(spec.totalRow.formulas.length, width, "De formules van de Totaal-rij");

  const headerRow = spec.title ? 2 : 0;
  const bodyRows = spec.rows.length;
  const header = blockAt(headerRow, 0, 1, width);
  const body = blockAt(headerRow + 1, 0, bodyRows, width);
  const headerBody = blockAt(headerRow, 0, bodyRows + 1, width);
  const table = blockAt(headerRow, 0, bodyRows + 1 + (spec.totalRow ? 1 : 0), width);
  const columnFormats = spec.columns.map((c) => c.numberFormat ?? GENERAL);

  const bodyContent = spec.rows.map((row, r) => merge(row, spec.formulas?.[r]));
  const layout: TableLayout = {
    title: spec.title ? { cell: "A1", text: spec.title } : undefined,
    headerBody,
    header,
    body,
    table,
    headerBodyContent: [spec.columns.map((c) => c.header), ...bodyContent],
    headerBodyFormats: [spec.columns.map(() => GENERAL), ...spec.rows.map(() => columnFormats)],
    headerBodyHasFormulas: spec.formulas?.some((row) => row.some((f) => f !== null)) ?? false,
    conditionalFills: (spec.conditionalFills ?? []).map((c) => {
      const range: RangeRef = {
        top: body.top + c.rows[0],
        bottom: body.top + c.rows[1],
        left: c.columns[0],
        right: c.columns[1],
      };
      // the Totaal row (body row `rows.length`) may be marked too: it is compared with the total capacity
      checkInside(range, spec.totalRow ? blockAt(body.top, 0, bodyRows + 1, width) : body, "Een voorwaardelijke opmaak");
      // a rule on a range is written for its top-left cell; "$E" keeps the compared column fixed
      // while the row follows each cell
      const formula1 =
        "value" in c.greaterThan ? String(c.greaterThan.value) : `=$${columnLetters(c.greaterThan.column)}${range.top + 1}`;
      return { range, formula1, fill: c.fill, fontColor: c.fontColor };
    }),
  };
  if (spec.totalRow) {
    layout.total = {
      range: blockAt(table.bottom, 0, 1, width),
      content: [merge(spec.totalRow.values, spec.totalRow.formulas)],
      formats: [columnFormats],
      hasFormulas: spec.totalRow.formulas?.some((f) => f !== null) ?? false,
    };
  }
  let nextFreeRow = table.bottom + 2;
  if (spec.notes && spec.notes.length > 0) {
    const noteWidth = Math.max(1, ...spec.notes.map((n) => n.length));
    layout.notes = {
      range: blockAt(nextFreeRow, 0, spec.notes.length, noteWidth),
      content: spec.notes.map((n) => pad(n, noteWidth)),
    };
    nextFreeRow += spec.notes.length + 1;
  }
  if (spec.chart) layout.chart = layoutChart(spec, layout, nextFreeRow);
  return layout;
}

function layoutChart(spec: TableSpec, layout: TableLayout, freeRow: number): ChartLayout {
  const chart = spec.chart!;
  const [first, last] = chart.columns;
  const points = last - first + 1;
  const categories: RangeRef = { top: layout.header.top, bottom: layout.header.top, left: first, right: last };
  checkInside(categories, layout.header, "De grafiek");
  const series = chart.seriesRows.map((r) => {
    const values: RangeRef = { top: layout.body.top + r, bottom: layout.body.top + r, left: first, right: last };
    checkInside(values, layout.body, "Een reeks van de grafiek");
    const label = spec.rows[r][0];
    return { name: typeof label === "string" && label.trim() !== "" ? label : `Rij ${r + 1}`, values };
  });
  const extra = chart.extraSeries ?? [];
  if (extra.length > 0) {
    for (const s of extra) {
      if (s.values.length !== points) {
        throw new PortError(`De reeks "${s.name}" heeft ${s.values.length} waarden, de grafiek heeft ${points} kolommen; er is niets geschreven.`);
      }
    }
    layout.chartData = {
      range: blockAt(freeRow, 0, extra.length + 1, points + 1),
      content: [
        pad(["Gegevens voor de grafiek"], points + 1),
        ...extra.map((s) => [s.name, ...s.values] as CellValue[]),
      ],
    };
    extra.forEach((s, i) => series.push({ name: s.name, values: blockAt(freeRow + 1 + i, 1, 1, points) }));
  }
  const left = layout.table.right + 2;
  return {
    title: chart.title,
    categories,
    series,
    position: [formatCell(layout.table.top, left), formatCell(layout.table.top + 15, left + 7)],
  };
}

function merge(values: CellValue[], formulas?: (string | null)[]): CellValue[] {
  return values.map((v, c) => formulas?.[c] ?? v);
}

function pad(row: CellValue[], width: number): CellValue[] {
  return row.length >= width ? row : [...row, ...Array<CellValue>(width - row.length).fill("")];
}

function checkWidth(actual: number, expected: number, what: string): void {
  if (actual !== expected) {
    throw new PortError(`${what} heeft ${actual} cellen, de tabel heeft ${expected} kolommen; er is niets geschreven.`);
  }
}

function checkInside(inner: RangeRef, outer: RangeRef, what: string): void {
  if (inner.top < outer.top || inner.bottom > outer.bottom || inner.left < outer.left || inner.right > outer.right) {
    throw new PortError(`${what} verwijst naar cellen buiten de tabel; er is niets geschreven.`);
  }
}
