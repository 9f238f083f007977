/**
 * The Vergelijken pane rendered on the demo workbook, whose 2025 cost table spells Bernheze right
 * (misspelt "Bemheze" in 2024) and calls Boekel something the municipal list does not know
 * ("Gemeente Boekel (BNO)"): a rename the pairing must find and one it cannot.
 */
import * as React from "react";
import type { MemoryWorkbookPort } from "../../../src/preview/MemoryWorkbookPort";
import { KOSTEN_2025_SHEET } from "../../../src/preview/demo";
import { VergelijkenPane } from "../../../src/taskpane/panes/vergelijken/VergelijkenPane";
import { renderPane } from "../renderPane";

export async function renderDemoVersions(): Promise<MemoryWorkbookPort> {
  const { port } = await renderPane(<VergelijkenPane />);
  await port.updateCells(KOSTEN_2025_SHEET, [
    { address: "A2", expected: "Bemheze", content: "Bernheze" },
    { address: "A3", expected: "Boekel", content: "Gemeente Boekel (BNO)" },
  ]);
  return port;
}
