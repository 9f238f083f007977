/**
 * The queued Office.js writes of the adapter: a laid-out table on its new sheet, and the
 * restoring of highlighted fills. Nothing here syncs; the caller syncs once afterwards.
 */
import type { TableSpec } from "./WorkbookPort";
import { formatRange, type RangeRef } from "../engine/shared/a1";
import type { CellBlock, ChartLayout, ChartSeriesLayout, TableLayout } from "./tableLayout";
import { uniformFill, type HighlightRecord } from "./highlightStore";

/** Queues every write of a laid-out table on its new sheet; nothing is synced here. */
export function writeLayout(sheet: Excel.Worksheet, layout: TableLayout, spec: TableSpec, tableName: string): void {
  const at = (range: RangeRef) => sheet.getRange(formatRange(range));
  if (layout.title) {
    const title = writeBlock(at, layout.title);
    title.format.font.bold = true;
    title.format.font.size = 14;
  }
  const block = writeBlock(at, layout.headerBodyCells);

  // a Range, not an address text: an address without sheet name would resolve on the active sheet
  const table = sheet.tables.add(block, true);
  table.name = tableName;
  table.style = "TableStyleMedium2";
  at(layout.header).format.font.bold = true;
  // Excel's own total row (not a data row below the table): sorting and filtering leave it in
  // place and A1 formulas such as =SUM(D4:D10) never include the total itself
  table.showTotals = layout.total !== undefined;
  if (layout.total) writeBlock(at, layout.total).format.font.bold = true;

  at(layout.table).format.autofitColumns();
  spec.columns.forEach((column, c) => {
    const body = at({ top: layout.body.top, bottom: layout.table.bottom, left: c, right: c });
    if (column.alignment) body.format.horizontalAlignment = ALIGNMENT[column.alignment];
    if (column.width !== undefined) body.format.columnWidth = column.width;
  });

  if (layout.notes) writeBlock(at, layout.notes);
  if (layout.chartData) writeBlock(at, layout.chartData);

  for (const fill of layout.conditionalFills) {
    const format = at(fill.range).conditionalFormats.add("CellValue");
    format.cellValue.format.fill.color = fill.fill;
    if (fill.fontColor) format.cellValue.format.font.color = fill.fontColor;
    format.cellValue.rule = { formula1: fill.formula1, operator: "GreaterThan" };
  }

  if (layout.chart) writeChart(sheet, at, layout.chart);
}

/** A native chart over cells already queued for writing; nothing is synced here. */
function writeChart(sheet: Excel.Worksheet, at: (range: RangeRef) => Excel.Range, layout: ChartLayout): void {
  const [first, ...rest] = layout.series;
  const chart = sheet.charts.add(layout.type, at(first.values), "Rows");
  chart.title.text = layout.title;
  const style = (series: Excel.ChartSeries, s: ChartSeriesLayout) => {
    series.setXAxisValues(at(layout.categories));
    // ChartFill.clear / setSolidColor: ExcelApi 1.1; data labels per series: ExcelApi 1.8
    if (s.fill === null) series.format.fill.clear();
    else if (s.fill !== undefined) series.format.fill.setSolidColor(s.fill);
    if (s.labelFormat !== undefined) {
      series.hasDataLabels = true;
      series.dataLabels.numberFormat = s.labelFormat;
    }
  };
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  style(firstSeries, first);
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(at(s.values));
    style(series, s);
  }
  if (!layout.legend) chart.legend.visible = false;
  chart.setPosition(layout.position[0], layout.position[1]);
}

/**
 * Formats first, then values, then the spec's formulas run by run: text lands in cells already
 * formatted as text ("@"), so Excel keeps it as typed (see CellBlock); only formula runs are
 * written through Range.formulas.
 */
function writeBlock(at: (range: RangeRef) => Excel.Range, block: CellBlock): Excel.Range {
  const range = at(block.range);
  range.numberFormat = block.formats;
  range.values = block.values;
  for (const run of block.formulas) at(run.range).formulas = run.formulas;
  return range;
}

const ALIGNMENT = { left: "Left", right: "Right", center: "Center" } as const;

export function restoreFills(range: Excel.Range, record: HighlightRecord): void {
  const same = uniformFill(record.fills);
  if (same === null) {
    range.format.fill.clear();
  } else if (same !== undefined) {
    range.format.fill.color = same;
  } else {
    range.format.fill.clear();
    range.setCellProperties(record.fills.map((row) => row.map((color) => (color ? { format: { fill: { color } } } : {}))));
  }
}
