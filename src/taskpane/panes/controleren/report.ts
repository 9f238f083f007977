/** The report sheet "Controle <datum>": one row per finding with its status, and where it came from. */
import { todayNl } from "../../../engine/shared/dates";
import { FORMATS } from "../../../excel/formats";
import type { TableSpec } from "../../../excel/WorkbookPort";
import { ADDIN_NAME, ADDIN_VERSION } from "../../../version";
import { countBySeverity, findingTitle, statusOf, type SheetFinding } from "./model";

const SEVERITY_NL = { error: "fout", warning: "waarschuwing", info: "info" } as const;

export function reportSpec(findings: SheetFinding[], ignored: ReadonlySet<string>, fixed: ReadonlySet<string>, scopeText: string, now = new Date()): TableSpec {
  const date = todayNl(now);
  const counts = countBySeverity(findings);
  // "Regel" is the Dutch title a reader understands; the rule id stays in the last column for filtering
  const rows = findings.map((f) => [findingTitle(f), SEVERITY_NL[f.severity], f.sheet, f.cell, f.message, statusOf(f, ignored, fixed), f.rule]);
  const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
  return {
    sheetName: `Controle ${date}`,
    title: `Controle van ${scopeText} op ${date}`,
    tableName: "Controle",
    columns: [
      { header: "Regel", width: 220 },
      { header: "Ernst", width: 80 },
      { header: "Blad", width: 120 },
      { header: "Cel", width: 50, alignment: "center" },
      { header: "Melding", width: 420 },
      { header: "Status", width: 80, numberFormat: FORMATS.text },
      { header: "Regel-id", width: 120, numberFormat: FORMATS.text },
    ],
    rows,
    totalRow: { values: ["Totaal", plural(findings.length, "bevinding", "bevindingen"), "", "", `${plural(counts.error, "fout", "fouten")}, ${plural(counts.warning, "waarschuwing", "waarschuwingen")}, ${counts.info} info`, `${fixed.size} hersteld`, ""] },
    notes: [
      [`Gecontroleerd: ${scopeText}, op ${date}.`],
      ["Afrondingsmarge: een verschil tot max(eenheid, ½ eenheid × aantal gevulde delen) is afronding, meer is een fout."],
      ["Genegeerde bevindingen staan in de werkmapinstellingen; herstelde cellen zijn één voor één na een voorbeeld aangepast."],
      [`${ADDIN_NAME} ${ADDIN_VERSION}`],
    ],
  };
}
