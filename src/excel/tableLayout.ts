/**
 * Where every part of a written table goes on its new sheet, worked out before anything is
 * sent to Excel: the adapter then writes each part as one whole-range 2D array, and a wrong
 * spec (a row with a cell too many) is refused before a single cell is written.
 *
 * Layout (0-based sheet rows): optional title in A1, table from A3 (A1 without a title), the
 * header row, the body, the Totaal row as the table's own total row, then one blank row and the
 * notes (provenance), then — when a chart has extra series — a small labelled block with those
 * series, because an Excel chart series can only take its values from cells.
 *
 * Every block is laid out as formats + values + formula runs (see CellBlock): user text is
 * written as text, never as a formula.
 */
import type { BridgeChartSpec, CellValue, LineChartSpec, NoteCell, TableSpec } from "./WorkbookPort";
import { PortError } from "./WorkbookPort";
import { FORMATS } from "./formats";
import { blockAt, columnLetters, formatCell, type RangeRef } from "../engine/shared/a1";
import { countNl } from "../engine/shared/plural";
import { BRIDGE_FILLS, bridgeBars, bridgeLabelFormat, bridgeNames, bridgeSeries } from "./bridgeChart";

export interface ConditionalFillLayout {
  range: RangeRef;
  /** en-US formula or number text for the "greater than" rule, relative to the range's top-left cell */
  formula1: string;
  fill: string;
  fontColor?: string;
}

export interface ChartSeriesLayout {
  name: string;
  values: RangeRef;
  /** "#RRGGBB"; null: no fill (the invisible base of a bridge); absent: Excel's own colour */
  fill?: string | null;
  /** number format of the series' data labels; absent: no data labels */
  labelFormat?: string;
}

export interface ChartLayout {
  /** the Office.js chart type */
  type: "Line" | "ColumnStacked";
  title: string;
  categories: RangeRef;
  series: ChartSeriesLayout[];
  /** false: the legend is hidden (a bridge's bars are named by their categories) */
  legend: boolean;
  /** top-left and bottom-right cells the chart is placed over */
  position: [string, string];
}

/** Formulas of the spec for one run of cells in one column, written after the block's values. */
export interface FormulaRun {
  range: RangeRef;
  formulas: string[][];
}

/**
 * One rectangle of cells as it is sent to Excel: first `formats` (Range.numberFormat), then
 * `values` (Range.values), then each formula run (Range.formulas). Formulas only ever come from
 * the spec's `formulas`, never from a value.
 *
 * User text is written as text (issue 11): every cell that receives text gets the text number
 * format "@" in `formats`, set in the same batch before the value. Excel stores a value written
 * to a Text-formatted cell exactly as given, so a product named `=HYPERLINK(…)`, `+1`, `-2`
 * or `@SUM(A1)` stays that text instead of becoming a live formula (or a number). We chose "@"
 * over Excel's quote prefix (writing "'" + text) because the prefix is only honoured as typed
 * input and would have to be added to every text (changing what `Range.values` reads back and
 * what the in-memory workbook holds), while "@" also stops Excel's other guesses on typed text
 * ("0012" → 12, "1-2" → a date) and costs no extra round trip. A text cell that the user later
 * overwrites with a formula shows that formula as text; these are label cells, so that is the
 * safe side. Numbers keep their own number format.
 */
export interface CellBlock {
  range: RangeRef;
  values: CellValue[][];
  formats: string[][];
  formulas: FormulaRun[];
}

export interface TableLayout {
  /** the optional title in A1 */
  title?: CellBlock;
  /** header + body, the range given to `tables.add` */
  headerBody: RangeRef;
  header: RangeRef;
  body: RangeRef;
  /** header + body + total row */
  table: RangeRef;
  /** the cells of the header row followed by the body rows */
  headerBodyCells: CellBlock;
  /** the Totaal row (the table's own total row) */
  total?: CellBlock;
  /** the notes beneath the table (provenance), padded to one rectangle */
  notes?: CellBlock;
  /** values of extra chart series (a chart series takes its values from cells only) */
  chartData?: CellBlock;
  conditionalFills: ConditionalFillLayout[];
  chart?: ChartLayout;
}

const GENERAL = "General";

/** `CellUpdate.content` that is meant as a formula: text starting with "=". */
export function isFormulaContent(content: CellValue): content is string {
  return typeof content === "string" && content.startsWith("=");
}

/**
 * Text that Excel would not keep as typed in a cell that is not formatted as text: a formula
 * start (= + - @), the quote prefix ('), or something that may read as a number or date.
 * `updateCells` writes into the user's own cells, so it sets "@" only for such text and leaves
 * the format of every other cell as the user had it.
 */
export function textNeedsTextFormat(text: string): boolean {
  return /^\s*[=+\-@'\d.,]/.test(text);
}

/** The number format a cell gets: "@" for any text (see CellBlock), else the column's format. */
export function formatFor(value: CellValue, format: string): string {
  return typeof value === "string" && value !== "" ? FORMATS.text : format;
}

export function layoutTable(spec: TableSpec): TableLayout {
  const width = spec.columns.length;
  if (width === 0) throw new PortError("De tabel heeft geen kolommen; er is niets geschreven.");
  if (spec.rows.length === 0) throw new PortError("De tabel heeft geen rijen; er is niets geschreven.");
  spec.rows.forEach((row, r) => checkWidth(row.length, width, `Rij ${r + 1} van de tabel`));
  spec.formulas?.forEach((row, r) => checkWidth(row.length, width, `Rij ${r + 1} van de formules`));
  if (spec.formulas && spec.formulas.length !== spec.rows.length) {
    throw new PortError(`Er zijn ${countNl(spec.formulas.length, "rij", "rijen")} formules voor ${countNl(spec.rows.length, "rij", "rijen")}; er is niets geschreven.`);
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

  const layout: TableLayout = {
    title: spec.title ? cellBlock(blockAt(0, 0, 1, 1), [[spec.title]], () => GENERAL) : undefined,
    headerBody,
    header,
    body,
    table,
    headerBodyCells: cellBlock(
      headerBody,
      [spec.columns.map((c) => c.header), ...spec.rows],
      (r, c) => (r === 0 ? GENERAL : columnFormats[c]),
      spec.formulas ? [spec.columns.map(() => null), ...spec.formulas] : undefined,
    ),
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
    const formulas = spec.totalRow.formulas;
    layout.total = cellBlock(blockAt(table.bottom, 0, 1, width), [spec.totalRow.values], (_r, c) => columnFormats[c], formulas ? [formulas] : undefined);
  }
  let nextFreeRow = table.bottom + 2;
  if (spec.notes && spec.notes.length > 0) {
    const noteWidth = Math.max(1, ...spec.notes.map((n) => n.length));
    const cells = spec.notes.map((n) => pad(n, noteWidth));
    layout.notes = cellBlock(
      blockAt(nextFreeRow, 0, spec.notes.length, noteWidth),
      cells.map((line) => line.map(noteValue)),
      (r, c) => noteFormat(cells[r][c]),
    );
    nextFreeRow += spec.notes.length + 1;
  }
  if (spec.chart?.kind === "bridge") layout.chart = layoutBridge(spec.chart, layout, nextFreeRow);
  else if (spec.chart) layout.chart = layoutChart(spec, spec.chart, layout, nextFreeRow);
  return layout;
}

/**
 * A block of cells: formats with "@" for text, and the spec's formulas grouped into runs down
 * each column (one write per run: the number of writes grows with the columns, not the rows).
 */
function cellBlock(range: RangeRef, values: CellValue[][], format: (r: number, c: number) => string, formulas?: (string | null)[][]): CellBlock {
  const formats = values.map((line, r) => line.map((v, c) => (typeof formulas?.[r]?.[c] === "string" ? format(r, c) : formatFor(v, format(r, c)))));
  const runs: FormulaRun[] = [];
  if (formulas) {
    const width = values[0]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      let start = -1;
      for (let r = 0; r <= values.length; r++) {
        const formula = r < values.length ? formulas[r]?.[c] : null;
        if (typeof formula === "string" && start < 0) start = r;
        if (typeof formula !== "string" && start >= 0) {
          runs.push({
            range: { top: range.top + start, bottom: range.top + r - 1, left: range.left + c, right: range.left + c },
            formulas: formulas.slice(start, r).map((line) => [line[c] as string]),
          });
          start = -1;
        }
      }
    }
  }
  return { range, values, formats, formulas: runs };
}

function noteValue(cell: NoteCell): CellValue {
  return typeof cell === "object" ? cell.value : cell;
}

function noteFormat(cell: NoteCell): string {
  return typeof cell === "object" ? cell.numberFormat : formatFor(cell, GENERAL);
}

function layoutChart(spec: TableSpec, chart: LineChartSpec, layout: TableLayout, freeRow: number): ChartLayout {
  const [first, last] = chart.columns;
  const points = last - first + 1;
  const categories: RangeRef = { top: layout.header.top, bottom: layout.header.top, left: first, right: last };
  checkInside(categories, layout.header, "De grafiek");
  const series: ChartSeriesLayout[] = chart.seriesRows.map((r) => {
    const values: RangeRef = { top: layout.body.top + r, bottom: layout.body.top + r, left: first, right: last };
    checkInside(values, layout.body, "Een reeks van de grafiek");
    const label = spec.rows[r][0];
    return { name: typeof label === "string" && label.trim() !== "" ? label : `Rij ${r + 1}`, values };
  });
  const extra = chart.extraSeries ?? [];
  if (extra.length > 0) {
    for (const s of extra) {
      if (s.values.length !== points) {
        throw new PortError(`De reeks "${s.name}" heeft ${countNl(s.values.length, "waarde", "waarden")}, de grafiek heeft ${countNl(points, "kolom", "kolommen")}; er is niets geschreven.`);
      }
    }
    layout.chartData = cellBlock(
      blockAt(freeRow, 0, extra.length + 1, points + 1),
      [pad(["Gegevens voor de grafiek"], points + 1), ...extra.map((s) => [s.name, ...s.values] as CellValue[])],
      () => GENERAL,
    );
    extra.forEach((s, i) => series.push({ name: s.name, values: blockAt(freeRow + 1 + i, 1, 1, points) }));
  }
  return { type: "Line", title: chart.title, categories, series, legend: true, position: chartPosition(layout) };
}

/** right of the table, about 16 rows by 8 columns */
function chartPosition(layout: TableLayout): [string, string] {
  const left = layout.table.right + 2;
  return [formatCell(layout.table.top, left), formatCell(layout.table.top + 15, left + 7)];
}

/**
 * A bridge: beneath the notes a labelled block — the bars' labels, their own amounts, then the
 * stacked series (see bridgeChart.ts) — and a stacked column chart over those series.
 */
function layoutBridge(chart: BridgeChartSpec, layout: TableLayout, freeRow: number): ChartLayout {
  const names = bridgeNames(chart);
  const { labels, amounts } = bridgeBars(chart);
  const series = bridgeSeries(chart);
  const euro = chart.numberFormat ?? FORMATS.euro;
  const width = labels.length + 1;
  layout.chartData = cellBlock(
    blockAt(freeRow, 0, series.length + 2, width),
    [[names.data, ...labels], [names.amount, ...amounts], ...series.map((s) => [s.name, ...s.values] as CellValue[])],
    (r, c) => (r === 0 || c === 0 ? GENERAL : euro),
  );
  return {
    type: "ColumnStacked",
    title: chart.title,
    categories: blockAt(freeRow, 1, 1, labels.length),
    series: series.map((s, i) => ({
      name: s.name,
      values: blockAt(freeRow + 2 + i, 1, 1, labels.length),
      ...(s.role === "base" ? { fill: null } : { fill: BRIDGE_FILLS[s.role], labelFormat: bridgeLabelFormat(s.role, euro) }),
    })),
    legend: false,
    position: chartPosition(layout),
  };
}

function pad<T extends NoteCell>(row: T[], width: number): T[] {
  return row.length >= width ? row : [...row, ...Array<T>(width - row.length).fill("" as T)];
}

function checkWidth(actual: number, expected: number, what: string): void {
  if (actual !== expected) {
    throw new PortError(`${what} heeft ${countNl(actual, "cel", "cellen")}, de tabel heeft ${countNl(expected, "kolom", "kolommen")}; er is niets geschreven.`);
  }
}

function checkInside(inner: RangeRef, outer: RangeRef, what: string): void {
  if (inner.top < outer.top || inner.bottom > outer.bottom || inner.left < outer.left || inner.right > outer.right) {
    throw new PortError(`${what} verwijst naar cellen buiten de tabel; er is niets geschreven.`);
  }
}
