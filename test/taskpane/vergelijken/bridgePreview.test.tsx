/**
 * The bridge chart in the preview: the in-memory workbook keeps it as Excel would (a stacked
 * column chart over the written cells, base series without fill), and the sheet view draws the
 * visible bars where Excel draws them, with € labels.
 */
import * as React from "react";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryWorkbookPort, emptyWorkbook } from "../../../src/preview/MemoryWorkbookPort";
import { SheetView } from "../../../src/preview/sheet/SheetView";
import { stackSegments } from "../../../src/preview/sheet/ColumnChartPreview";
import { I18nProvider } from "../../../src/taskpane/i18n/I18nProvider";
import type { TableSpec } from "../../../src/excel/WorkbookPort";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SPEC: TableSpec = {
  sheetName: "Mutaties",
  columns: [{ header: "Gemeente" }, { header: "Verschil" }],
  rows: [["Oss", -6479]],
  chart: {
    kind: "bridge",
    title: "Overbrugging Oss",
    start: { label: "Oud totaal", value: 411_777 },
    steps: [
      { label: "Volume", value: -6_480 },
      { label: "Sleutel", value: 0 },
      { label: "Deelname", value: 0 },
      { label: "Overig", value: 1 },
    ],
    end: { label: "Nieuw totaal", value: 405_298 },
  },
};

describe("bridge chart in the preview", () => {
  it("is stored as Excel has it: stacked columns over the written cells, the base without fill", async () => {
    const port = new MemoryWorkbookPort(emptyWorkbook());
    await port.writeTable(SPEC);
    const [chart] = port.charts("Mutaties");
    expect(chart).toMatchObject({ type: "columnStacked", title: "Overbrugging Oss", legend: false });
    expect(chart.categories).toEqual(["Oud totaal", "Volume", "Sleutel", "Deelname", "Overig", "Nieuw totaal"]);
    expect(chart.series.map((s) => [s.name, s.fill, s.values])).toEqual([
      ["Basis (onzichtbaar)", null, [0, 405_297, 405_297, 405_297, 405_297, 0]],
      ["Totaal", "#A5A5A5", [411_777, 0, 0, 0, 0, 405_298]],
      ["Stijging", "#4472C4", [0, 0, 0, 0, 1, 0]],
      ["Daling", "#ED7D31", [0, 6_480, 0, 0, 0, 0]],
    ]);
    // the visible bars cover exactly the running total's steps
    const visible = stackSegments(chart).filter((s) => chart.series[s.series].fill !== null);
    expect(visible.map((s) => [chart.categories[s.category], s.from, s.to])).toEqual([
      ["Oud totaal", 0, 411_777],
      ["Volume", 405_297, 411_777],
      ["Overig", 405_297, 405_298],
      ["Nieuw totaal", 0, 405_298],
    ]);
  });

  it("is drawn in the sheet view with its title and € labels", async () => {
    const port = new MemoryWorkbookPort(emptyWorkbook());
    await port.writeTable(SPEC);
    const container = document.createElement("div");
    document.body.appendChild(container);
    const root = createRoot(container);
    await act(async () => {
      root.render(
        <FluentProvider theme={webLightTheme}>
          <I18nProvider>
            <SheetView port={port} />
          </I18nProvider>
        </FluentProvider>,
      );
    });
    const figure = container.querySelector('[data-chart-type="columnStacked"]')!;
    expect(figure.querySelector("svg")!.getAttribute("aria-label")).toBe("Overbrugging Oss");
    const bars = [...figure.querySelectorAll("rect")].map((r) => `${r.getAttribute("data-category")}:${r.getAttribute("data-series")}`);
    expect(bars).toEqual(["Oud totaal:Totaal", "Volume:Daling", "Overig:Stijging", "Nieuw totaal:Totaal"]);
    const labels = [...figure.querySelectorAll("[data-label]")].map((l) => l.textContent);
    expect(labels).toEqual(["€ 411.777", "€ -6.480", "€ 1", "€ 405.298"]);
    act(() => root.unmount());
    container.remove();
  });
});
