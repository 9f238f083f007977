import * as React from "react";
import type { MemoryChart } from "../MemoryWorkbookPort";
import { ChartPreview } from "./ChartPreview";
import { ColumnChartPreview } from "./ColumnChartPreview";

/** A chart of any kind as the sheet view draws it; the saved .xlsx gets a picture of this same drawing. */
export function ChartFigure({ chart }: { chart: MemoryChart }) {
  return chart.type === "columnStacked" ? <ColumnChartPreview chart={chart} /> : <ChartPreview chart={chart} />;
}
