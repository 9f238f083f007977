/**
 * The queued Office.js writes of the adapter: a laid-out table on its new sheet, and the
 * restoring of highlighted fills. Nothing here syncs; the caller syncs once afterwards.
 */
import type { TableSpec } from "./WorkbookPort";
import { formatRange, type RangeRef } from "../engine/shared/a1";
import type { CellBlock, TableLayout } from "./tableLayout";
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

  if (layout.chart) {
    const [first, ...rest] = layout.chart.series;
    const chart = sheet.charts.add("Line", at(first.values), "Rows");
    chart.title.text = layout.chart.title;
    const firstSeries = chart.series.getItemAt(0);
    firstSeries.name = first.name;
    firstSeries.setXAxisValues(at(layout.chart.categories));
    for (const s of rest) {
      const series = chart.series.add(s.name);
      series.setValues(at(s.values));
      series.setXAxisValues(at(layout.chart.categories));
    }
    chart.setPosition(layout.chart.position[0], layout.chart.position[1]);
  }
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
