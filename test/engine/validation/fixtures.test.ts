/**
 * Every published seed table: each `audit_discrepancies` entry must come back as a finding on
 * its cell with the rule that covers it, and nothing may be reported as an error (all faults in
 * these tables are rounding drifts and label problems). Entries no rule can see from the table
 * alone are listed in KNOWN_MISSES with the reason.
 */
import { validateSheet, type Finding } from "../../../src/engine/validation";
import { fixtureNames, loadFixture, sheetFromFixture, textSheetFromFixture } from "./fixture-sheet";

/** audit cell → rule that must report it, per fixture */
const EXPECTED: Record<string, [string, string][]> = {
  "000-plekbezetting-per-gemeente.json": [
    ["B1", "period-sequence"], ["A2", "missing-label"],
    ["B17", "rounding-difference"], ["D17", "rounding-difference"], ["E17", "rounding-difference"], ["H17", "rounding-difference"],
    ["J17", "rounding-difference"], ["K17", "rounding-difference"], ["M17", "rounding-difference"], ["N17", "rounding-difference"],
    ["Q17", "rounding-difference"],
  ],
  "001-financien-2023-extra-kosten.json": [],
  "002-begroting-beleidscoordinatie.json": [["A4", "missing-label"]],
  "002-begroting-wmo-toezicht.json": [["A6", "missing-label"]],
  "002-financieringsopzet-inkooporganisatie.json": [],
  "002-kosten-per-gemeente-2022-2023.json": [
    ["A2", "unknown-municipality"], ["D7", "rounding-difference"], ["E7", "rounding-difference"], ["G7", "rounding-difference"],
    ["H7", "rounding-difference"], ["G2", "rounding-difference"], ["H2", "rounding-difference"], ["G3", "rounding-difference"],
    ["I3", "rounding-difference"], ["G4", "rounding-difference"], ["I6", "rounding-difference"],
  ],
  "002-kosten-per-gemeente-2024.json": [
    ["A2", "unknown-municipality"], ["E7", "rounding-difference"], ["G2", "rounding-difference"], ["G3", "rounding-difference"],
    ["G4", "rounding-difference"], ["I5", "rounding-difference"], ["I6", "rounding-difference"],
  ],
  "002-kosten-per-gemeente-2025.json": [
    ["A2", "unknown-municipality"], ["E7", "rounding-difference"], ["F7", "rounding-difference"], ["G7", "rounding-difference"],
    ["H7", "rounding-difference"], ["G3", "rounding-difference"], ["I3", "rounding-difference"], ["I5", "rounding-difference"],
  ],
  "004-conceptverdeling-2021.json": [
    ["I3", "rounding-difference"], ["I4", "rounding-difference"], ["I7", "rounding-difference"], ["I12", "rounding-difference"],
    ["I13", "rounding-difference"], ["C8", "rounding-difference"], ["F8", "rounding-difference"], ["I8", "rounding-difference"],
    ["F13", "rounding-difference"],
  ],
};

/** audit entries outside what the table itself shows (reported in docs/controleren.md) */
const KNOWN_MISSES: Record<string, string[]> = {
  "001-financien-2023-extra-kosten.json": ["A5"], // spelling inside a free-text label ("zorgmijdsens")
  "002-begroting-beleidscoordinatie.json": ["A1"], // title copied from another table: needs the neighbouring table
  "004-conceptverdeling-2021.json": ["I9"], // I9 contradicts the body text, not the table
};

/** The 002 allocation tables use inhabitants per 1 January 2022 (seed 002, lines 639-641). */
function yearFor(name: string): number | undefined {
  return name.startsWith("002-kosten") ? 2022 : undefined;
}

function has(findings: Finding[], cell: string, rule: string): boolean {
  return findings.some((f) => f.cell === cell && f.rule === rule);
}

describe.each(fixtureNames())("%s", (name) => {
  const table = loadFixture(name);
  const findings = validateSheet(sheetFromFixture(table, { year: yearFor(name) }));

  test("every audit discrepancy is found on its cell (or listed as a known miss)", () => {
    const expected = EXPECTED[name];
    expect(expected).toBeDefined();
    for (const [cell, rule] of expected) expect({ cell, rule, found: has(findings, cell, rule) }).toEqual({ cell, rule, found: true });
    const covered = new Set([...expected.map(([c]) => c), ...(KNOWN_MISSES[name] ?? [])]);
    for (const d of table.audit_discrepancies) expect({ cell: d.cell, covered: covered.has(d.cell) }).toEqual({ cell: d.cell, covered: true });
  });

  test("no errors: the published faults are rounding drifts and label problems", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("every finding points at a cell and explains itself in Dutch", () => {
    for (const f of findings) {
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(f.message.startsWith(f.cell + ":")).toBe(true);
    }
  });
});

describe("published figures in the messages", () => {
  test("002 Begroting 2022+2023: D7 total 753.477 vs parts 753.478", () => {
    const f = validateSheet(sheetFromFixture(loadFixture("002-kosten-per-gemeente-2022-2023.json"), { year: 2022 }));
    const d7 = f.find((x) => x.cell === "D7" && x.rule === "rounding-difference")!;
    expect(d7.actual).toBe(753477);
    expect(d7.expected).toBe(753478);
    expect(d7.message).toContain("753.478");
  });

  test("002 Bemheze gets the suggestion Bernheze", () => {
    const f = validateSheet(sheetFromFixture(loadFixture("002-kosten-per-gemeente-2024.json"), { year: 2022 }));
    expect(f.find((x) => x.rule === "unknown-municipality")).toMatchObject({ cell: "A2", suggestion: "Bernheze" });
  });

  test("002 BTW H2: 24.752 against 21% of 117.864 = 24.751,44 is within rounding, flagged as a rounding difference", () => {
    const f = validateSheet(sheetFromFixture(loadFixture("002-kosten-per-gemeente-2022-2023.json"), { year: 2022 }));
    expect(f.find((x) => x.cell === "H2")).toMatchObject({ rule: "rounding-difference", expected: 24751, actual: 24752 });
    expect(f.some((x) => x.rule === "vat-mismatch")).toBe(false);
  });

  test("000: Bergen's Gemiddeld 0,36 = 5,42 / 15 (blanks count as 0) is not reported", () => {
    const f = validateSheet(sheetFromFixture(loadFixture("000-plekbezetting-per-gemeente.json")));
    expect(f.filter((x) => x.rule === "average-mismatch")).toEqual([]);
    expect(f.find((x) => x.cell === "B1")).toMatchObject({ rule: "period-sequence", suggestion: "2022-01" });
  });

  test("004: the Stijging row is not a part of Totaal verschil, but Totaal verschil must equal it (F13: 566 vs 565)", () => {
    const f = validateSheet(sheetFromFixture(loadFixture("004-conceptverdeling-2021.json")));
    expect(f.filter((x) => /^[B-H]1[0-3]$/.test(x.cell)).map((x) => [x.cell, x.rule, x.expected, x.actual, x.related])).toEqual([["F13", "rounding-difference", 565, 566, ["F10"]]]);
    expect(f.find((x) => x.cell === "F1")).toMatchObject({ rule: "unknown-municipality" });
  });

  test("002 with inhabitants read for 2022: the figure for Oss equals the 2020 registry figure and says so", () => {
    const f = validateSheet(sheetFromFixture(loadFixture("002-kosten-per-gemeente-2025.json"), { year: 2022 }));
    const pop = f.filter((x) => x.rule === "population-mismatch");
    expect(pop.map((x) => x.cell)).toEqual(["B6"]);
    expect(pop[0].message).toContain("1 januari 2020");
  });
});

describe("the same tables pasted as printed text", () => {
  test.each(fixtureNames())("%s: numbers stored as text are reported, totals still understood", (name) => {
    const table = loadFixture(name);
    const findings = validateSheet({ ...textSheetFromFixture(table), year: yearFor(name) });
    const textCells = findings.filter((f) => f.rule === "number-as-text");
    if (name.startsWith("002-kosten")) {
      expect(textCells.find((f) => f.cell === "D2")?.expected).toBe(table.cells[1][3]);
      expect(has(findings, "D7", "rounding-difference") || has(findings, "E7", "rounding-difference")).toBe(true);
    }
    if (name.startsWith("001")) expect(textCells.map((f) => f.expected)).toEqual([25000, 100000, 275000, 150000]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
