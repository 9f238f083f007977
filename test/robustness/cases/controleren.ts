/**
 * Bad input for the checker (validateSheet, issue 6): what a finance officer's sheet really
 * holds — numbers typed as text, error values, misspelled or ambiguous municipalities, rows
 * without labels, merged-looking cells, broken period headers, odd shapes from Office.js — and
 * a 100,000-row sheet. Each case names the finding (rule, cell) and what its message must say,
 * or that the checker copes without a false alarm.
 */
import { validateSheet, type Finding, type SheetInput } from "../../../src/engine/validation";
import { defaultRegistry } from "../../../src/engine/municipalities";
import type { BadInputCase, Says } from "../catalogue";

const inhabitants = (name: string) => defaultRegistry.population(name, 2024).value;
const REGION = ["Boekel", "Bernheze", "Meierijstad", "Oss", "Maashorst"];
const AMOUNTS = [12_000, 35_000, 90_000, 100_000, 63_000];

/** A small allocation sheet like seed 002, consistent: correct 2024 inhabitants, totals that add up. */
function regionSheet(): (string | number)[][] {
  const rows: (string | number)[][] = [
    ["Kosten per gemeente, inwoners per 1 januari 2024", "", ""],
    ["Gemeente", "Inwoneraantal", "Bedrag"],
  ];
  REGION.forEach((name, i) => rows.push([name, inhabitants(name), AMOUNTS[i]]));
  rows.push(["Totaal", REGION.reduce((s, n) => s + inhabitants(n), 0), AMOUNTS.reduce((s, a) => s + a, 0)]);
  return rows;
}

/** The region sheet with one cell replaced (sheet row and column 1-based, as in A1). */
function withCell(row: number, col: number, content: string | number, values = regionSheet()): (string | number)[][] {
  values[row - 1][col - 1] = content;
  return values;
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.rule}@${f.cell}`).join(", ") || "geen";
}

/** The check: a finding of `rule` at `cell` whose message says every fragment (and has `suggestion`). */
function finds(rule: string, cell: string, says: Says, suggestion?: string) {
  return (result: unknown) => {
    const findings = result as Finding[];
    const hit = findings.find((f) => f.rule === rule && f.cell === cell);
    if (!hit) throw new Error(`verwacht ${rule} in ${cell}, gevonden: ${describeFindings(findings)}`);
    for (const fragment of says) {
      const ok = typeof fragment === "string" ? hit.message.includes(fragment) : fragment.test(hit.message);
      if (!ok) throw new Error(`melding in ${cell} mist ${String(fragment)}: ${hit.message}`);
    }
    if (suggestion !== undefined && hit.suggestion !== suggestion) throw new Error(`suggestie ${hit.suggestion} in plaats van ${suggestion}`);
  };
}

/** The check: no error or warning at all (the input is odd but not wrong). */
function quiet(result: unknown): void {
  const findings = (result as Finding[]).filter((f) => f.severity !== "info");
  if (findings.length > 0) throw new Error(`onterechte bevindingen: ${findings.map((f) => `${f.rule}@${f.cell}: ${f.message}`).join(" | ")}`);
}

const check = (input: SheetInput) => () => validateSheet(input);

/**
 * A long budget column: 100,000 posts and a typed total € 1 mln off. (The contract's rounding
 * margin grows with the number of parts: ½ unit × 100,000 = 50,000 here.)
 */
function longSheet(): (string | number)[][] {
  const rows: (string | number)[][] = [["Post", "Bedrag"]];
  let sum = 0;
  for (let i = 1; i <= 100_000; i++) {
    rows.push([`Post ${i}`, i % 1000]);
    sum += i % 1000;
  }
  rows.push(["Totaal", sum + 1_000_000]);
  return rows;
}

export const CONTROLEREN_CASES: BadInputCase[] = [
  { capability: "controleren", input: "consistent region sheet (control case)", call: check({ values: regionSheet() }), outcome: { check: quiet } },
  { capability: "controleren", input: "Dutch number text in a number cell", call: check({ values: withCell(4, 3, "35.000") }), outcome: { check: finds("number-as-text", "C4", ['"35.000"', "als tekst", "35.000"], "35000") } },
  { capability: "controleren", input: "euro text in a number cell", call: check({ values: withCell(4, 3, "€ 35.000") }), outcome: { check: finds("number-as-text", "C4", ['"€ 35.000"'], "35000") } },
  { capability: "controleren", input: "#REF! error value in a block", call: check({ values: withCell(5, 3, "#REF!") }), outcome: { check: finds("error-value", "C5", ["C5", "#VERW!", "verwijderde cel"]) } },
  { capability: "controleren", input: "error value with the block not at A1", call: check({ values: withCell(5, 3, "#DIV/0!"), address: "C5" }), outcome: { check: finds("error-value", "E9", ["E9", "#DEEL/0!"]) } },
  { capability: "controleren", input: "misspelled municipality (Bemheze)", call: check({ values: withCell(4, 1, "Bemheze") }), outcome: { check: finds("unknown-municipality", "A4", ['"Bemheze"'], "Bernheze") } },
  { capability: "controleren", input: "row without a label", call: check({ values: withCell(5, 1, "") }), outcome: { check: finds("missing-label", "A5", ["rij 5", "geen omschrijving"]) } },
  { capability: "controleren", input: "the same label twice", call: check({ values: withCell(4, 1, "Boekel") }), outcome: { check: finds("duplicate-label", "A4", ['"Boekel"', "A3"]) } },
  { capability: "controleren", input: "typed total that does not add up", call: check({ values: withCell(8, 3, 301_000) }), outcome: { check: finds("total-mismatch", "C8", ["C8", "301.000", "300.000", "C3:C7"]) } },
  {
    capability: "controleren",
    input: "inhabitants of another year",
    call: check({ values: withCell(4, 2, defaultRegistry.population("Bernheze", 2022).value, withCell(8, 2, REGION.reduce((s, n) => s + (n === "Bernheze" ? defaultRegistry.population(n, 2022).value : inhabitants(n)), 0))) }),
    outcome: { check: finds("population-mismatch", "B4", ["Bernheze", "32.527", "31.715", "2022"]) },
  },
  {
    capability: "controleren",
    input: "malformed month header 022-02",
    call: check({ values: [["Post", "2022-01", "022-02", "2022-03", "Totaal"], ["Jeugdzorg", 1, 2, 3, 6], ["Wmo", 1, 1, 1, 3]] }),
    outcome: { check: finds("period-sequence", "C1", ['"022-02"', "2022-02"], "2022-02") },
  },
  {
    capability: "controleren",
    input: "a month missing from the headers",
    call: check({ values: [["Post", "2022-01", "2022-02", "2022-04", "Totaal"], ["Jeugdzorg", 1, 2, 3, 6], ["Wmo", 1, 1, 1, 3]] }),
    outcome: { check: finds("period-sequence", "D1", ["2022-04", "2022-03"]) },
  },
  {
    capability: "controleren",
    input: "merged-looking label cells (label only in the first row)",
    call: check({ values: [["Lasten", "", ""], ["Post", "2024", "2025"], ["Jeugdzorg", 1, 2], ["", 3, 4], ["Totaal", 4, 6]] }),
    outcome: { check: finds("missing-label", "A4", ["rij 4"]) },
  },
  { capability: "controleren", input: "empty sheet", call: check({ values: [] }), outcome: { value: [] } },
  { capability: "controleren", input: "one empty row", call: check({ values: [[]] }), outcome: { value: [] } },
  { capability: "controleren", input: "only blank cells", call: check({ values: [["", ""], ["", ""]] }), outcome: { value: [] } },
  {
    capability: "controleren",
    input: "ragged rows (Office.js never sends them; a paste can)",
    call: check({ values: [["Gemeente", "Bedrag"], ["Boekel", 1, 5], ["Totaal"]] }),
    outcome: { check: finds("missing-label", "C1", ["kolom C", "geen kop"]) },
  },
  { capability: "controleren", input: "formulas grid smaller than values", call: check({ values: regionSheet(), formulas: [["x"]] }), outcome: { check: quiet } },
  { capability: "controleren", input: "unparseable formulas", call: check({ values: regionSheet(), formulas: regionSheet().map((r) => r.map(() => "=SUM(")) }), outcome: { check: quiet } },
  {
    capability: "controleren",
    input: "null, undefined and booleans in values",
    call: check({ values: [["Gemeente", "Bedrag"], ["Boekel", null], ["Bernheze", undefined], ["Oss", true], ["Totaal", ""]] }),
    outcome: { check: quiet },
  },
  {
    capability: "controleren",
    input: "SUM that leaves out the last row",
    call: check({
      values: [["Post", "Bedrag"], ["Jeugdzorg", 10], ["Wmo", 20], ["Vervoer", 30], ["Totaal", 30]],
      formulas: [["Post", "Bedrag"], ["Jeugdzorg", 10], ["Wmo", 20], ["Vervoer", 30], ["Totaal", "=SUM(B2:B3)"]],
    }),
    outcome: { check: finds("formula-omits-cells", "B5", ["=SUM(B2:B3)", "B4"]) },
  },
  { capability: "controleren", input: "100,000-row sheet with a total € 1 mln off", call: check({ values: longSheet() }), outcome: { check: finds("total-mismatch", "B100002", ["B100002", "B2:B100001"]) } },
];
