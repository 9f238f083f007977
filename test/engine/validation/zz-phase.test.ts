import { budgetSheet } from "../../../scripts/bench/src/budgetSheet";
import { buildGrid } from "../../../src/engine/validation/grid";
import { detectStructure } from "../../../src/engine/validation/structure";
import { analyseBlock } from "../../../src/engine/validation/analysis";
import { CHECKERS } from "../../../src/engine/validation/rules";
import { defaultRegistry } from "../../../src/engine/municipalities";
test("phases", () => {
  const dataRows = Math.ceil(((250_000 / 14 - 3) * 20) / 21);
  const sheet = budgetSheet(dataRows, 12, 20, { decimals: 2, seed: 250 });
  for (let rep = 0; rep < 4; rep++) {
    const out: string[] = [];
    let t = performance.now();
    const lap = (name: string) => { const n = performance.now(); out.push(`${name} ${(n - t).toFixed(0)}`); t = n; };
    const grid = buildGrid(sheet); lap("grid");
    const structure = detectStructure(grid); lap("structure");
    const blocks = structure.blocks.map((b) => analyseBlock(grid, b)); lap("analysis");
    const ctx = { grid, structure, blocks, year: 2024, yearSource: "", registry: defaultRegistry };
    for (const c of CHECKERS) { c.run(ctx, () => undefined); lap(c.rules[0]); }
    console.log(out.join(" | "));
  }
});
