import { validateSheet } from "../../../src/engine/validation";
import { budgetSheet } from "../../../scripts/bench/src/budgetSheet";
test("p", () => {
  const dataRows = Math.ceil(((250_000 / 14 - 3) * 20) / 21);
  const sheet = budgetSheet(dataRows, 12, 20, { decimals: 2, seed: 250 });
  validateSheet(sheet);
});
