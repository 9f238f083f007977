import { budgetSheet } from "../../scripts/bench/src/budgetSheet";
import { validateSheet } from "../../src/engine/validation";
const show = (name: string, s: any) => { const f = validateSheet(s); console.log(name, f.length, JSON.stringify(f.slice(0, 2).map((x) => [x.rule, x.cell, x.message]))); };
test("v", () => {
  const s = budgetSheet(5, 3, 0, { seed: 5 });
  const colOnly = s.formulas.map((r, i) => (i === s.formulas.length - 1 ? r : s.values[i]));
  const rowOnly = s.formulas.map((r, i) => (i === s.formulas.length - 1 ? s.values[i] : r));
  show("col formulas only", { values: s.values, formulas: colOnly });
  show("row formulas only", { values: s.values, formulas: rowOnly });
  show("with formats", { values: s.values, numberFormat: s.numberFormat });
});
