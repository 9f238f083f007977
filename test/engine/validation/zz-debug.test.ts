import { validateSheet } from "../../../src/engine/validation";
import { fixtureNames, loadFixture, sheetFromFixture } from "./fixture-sheet";
test("debug", () => {
  for (const name of fixtureNames()) {
    const t = loadFixture(name);
    const f = validateSheet(sheetFromFixture(t, name.startsWith("002-kosten") ? { year: 2022 } : {}));
    console.log(name + "\n" + f.map((x) => `${x.severity[0]} ${x.rule} ${x.cell}: ${x.message}`).join("\n") + "\n AUDIT: " + t.audit_discrepancies.map((d) => d.cell).join(" "));
  }
});
