/**
 * Issue 11: engine messages quote user text through quoteInput — at most 40 characters, and
 * invisible characters shown (⟨U+200B⟩) — so a 1 MB label is not echoed whole into a finding
 * or an error, and "Oss\u200b" does not read as "Oss". One test per engine whose messages
 * quote labels: validation (Controleren), comparison (Vergelijken), occupancy (Bezetting).
 */
import { validateSheet } from "../../../src/engine/validation";
import { compareTables, describeComparison } from "../../../src/engine/comparison";
import { computeOccupancy } from "../../../src/engine/occupancy";
import { dayNumber, dayNumberToExcelSerial } from "../../../src/engine/shared/dates";
import { sheet } from "../validation/sheets";

/** a zero-width space after 5 visible characters, then 1 MB of text */
const HUGE = `Zorg \u200b${"x".repeat(1024 * 1024)}`;
/** how quoteInput shows it: the first 40 characters (the invisible one counted), cut with "…" */
const SHOWN = `"Zorg ⟨U+200B⟩${"x".repeat(34)}…"`;

function expectQuoted(message: string): void {
  expect(message).toContain(SHOWN);
  expect(message.length).toBeLessThan(2_000);
  expect(message).not.toContain("\u200b");
}

describe("user text in engine messages is cut to 40 characters and shows invisible characters", () => {
  test("validation: a duplicated 1 MB row label", () => {
    const findings = validateSheet(sheet([["Post", "Bedrag"], [HUGE, 1], ["b", 2], [HUGE, 3]]), { rules: ["duplicate-label"] });
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([["duplicate-label", "A4"]]);
    expectQuoted(findings[0].message);
  });

  test("validation: a 1 MB municipality name that is no municipality", () => {
    const findings = validateSheet(sheet([["Gemeente", "Bedrag"], ["Boekel", 1], ["Oss", 2], [HUGE, 3]]), { rules: ["unknown-municipality"] });
    expect(findings.map((f) => f.cell)).toEqual(["A4"]);
    expectQuoted(findings[0].message);
  });

  test("comparison: a cell whose 1 MB text changed, in the report", () => {
    const before = { name: "oud", values: [["Post", "Toelichting", "Bedrag"], ["Inkoop", "kort", 100], ["Beheer", "ook kort", 50]] };
    const after = { name: "nieuw", values: [["Post", "Toelichting", "Bedrag"], ["Inkoop", HUGE, 100], ["Beheer", "ook kort", 50]] };
    const report = describeComparison(compareTables(before, after), "oud", "nieuw");
    const line = report.find((l) => l.includes("Toelichting:"));
    expect(line).toBeDefined();
    expect(line).toContain('"kort" → ');
    expectQuoted(line!);
  });

  test("occupancy: a negative capacity for a group with a 1 MB name", () => {
    const day = (y: number, m: number, d: number) => dayNumberToExcelSerial(dayNumber(y, m, d));
    const run = () =>
      computeOccupancy(
        { municipality: ["Venlo"], start: [day(2024, 1, 1)], end: [day(2024, 1, 31)], product: [HUGE] },
        { from: dayNumber(2024, 1, 1), to: dayNumber(2024, 1, 31), groupBy: ["product"], capacity: { perGroup: new Map([[HUGE, -1]]) } },
      );
    expect(run).toThrow(/^Capaciteit voor /);
    let message = "";
    try {
      run();
    } catch (error) {
      message = (error as Error).message;
    }
    expectQuoted(message);
  });
});
