import { validateSheet } from "../../../src/engine/validation";
import { budgetSheet } from "../../../scripts/bench/src/budgetSheet";
import { largeSheet } from "./large-sheet";
test("bench2", () => {
  const dataRows = Math.ceil(((250_000 / 14 - 3) * 20) / 21);
  const sheets = { budget: budgetSheet(dataRows, 12, 20, { decimals: 2, seed: 250 }), large: largeSheet(10000, 25) };
  for (const [name, sheet] of Object.entries(sheets)) {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) { const t = performance.now(); validateSheet(sheet); times.push(performance.now() - t); }
    console.log(name, "min", Math.min(...times).toFixed(0), "ms; all", times.map((x) => x.toFixed(0)).join(","));
  }
});
