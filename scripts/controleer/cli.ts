/**
 * `npm run controleer -- [--json] [--jaar JJJJ] BESTAND.xlsx… | MAP`
 *
 * Checks every sheet of each workbook with the same engine as the Controleren pane
 * (validateSheet), reading each sheet as Office.js presents it (see workbookSheets.ts).
 * Default output: a Dutch report per file and sheet. With --json: one JSON object per finding
 * per line on stdout and nothing else. Progress goes to stderr when more than one file is read.
 * Exit code: 0 no errors, 1 errors found, 2 a file could not be read (the others are still checked).
 */
import * as fs from "fs";
import * as path from "path";
import { RULES, validateSheet, type Finding } from "../../src/engine/validation";
import { readWorkbookSheets } from "./workbookSheets";

const USAGE = `gebruik: npm run controleer -- [--json] [--jaar JJJJ] BESTAND.xlsx… | MAP
  --json        één JSON-object per bevinding per regel (file, sheet, cell, row, col, severity, rule, message …)
  --jaar JJJJ   peiljaar voor gemeentenamen en inwoneraantallen (standaard: uit het blad)
Uitkomst: 0 = geen fouten, 1 = fouten gevonden, 2 = een bestand kon niet worden gelezen.`;

interface Options {
  json: boolean;
  year?: number;
  inputs: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, inputs: [] };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === "--json") options.json = true;
    else if (a === "--jaar" || a.startsWith("--jaar=")) {
      const text = a === "--jaar" ? argv[++k] : a.slice("--jaar=".length);
      if (text === undefined || !/^\d{4}$/.test(text)) throw new UsageError(`--jaar verwacht een jaartal van vier cijfers, niet "${(text ?? "").slice(0, 40)}".`);
      options.year = Number(text);
    } else if (a === "--help" || a === "-h") throw new UsageError("");
    else if (a === "--") continue;
    else if (a.startsWith("--")) throw new UsageError(`onbekende optie "${a.slice(0, 40)}".`);
    else options.inputs.push(a);
  }
  if (options.inputs.length === 0) throw new UsageError("geef minstens één .xlsx-bestand of een map.");
  return options;
}

/** Files named, and every .xlsx in a folder named (sorted; Excel's "~$" lock files skipped). */
function expandInputs(inputs: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (stat.isDirectory()) {
      const names = fs
        .readdirSync(input)
        .filter((n) => n.toLowerCase().endsWith(".xlsx") && !n.startsWith("~$"))
        .sort((a, b) => a.localeCompare(b));
      for (const n of names) files.push(path.join(input, n));
    } else files.push(input);
  }
  return { files, missing };
}

const TITLES = new Map(RULES.map((r) => [r.id, r.title]));
const SEVERITY_NL = { error: "fout", warning: "waarschuwing", info: "info" } as const;

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString("nl-NL")} ${n === 1 ? one : many}`;
}

function counts(findings: Finding[]): string {
  const e = findings.filter((f) => f.severity === "error").length;
  const w = findings.filter((f) => f.severity === "warning").length;
  const i = findings.filter((f) => f.severity === "info").length;
  return `${plural(e, "fout", "fouten")}, ${plural(w, "waarschuwing", "waarschuwingen")}, ${plural(i, "info-melding", "info-meldingen")}`;
}

function readError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/ENOENT/.test(text)) return "het bestand bestaat niet";
  if (/EACCES|EPERM/.test(text)) return "geen leesrechten";
  if (/zip|central directory|signature|corrupt/i.test(text)) return "geen geldig .xlsx-bestand (kapot of een ander formaat)";
  return "het bestand kon niet als .xlsx worden gelezen";
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) process.stderr.write(`controleer: ${error.message}\n`);
      process.stderr.write(USAGE + "\n");
      return 2;
    }
    throw error;
  }
  const out = (text: string) => process.stdout.write(text);
  const { files, missing } = expandInputs(options.inputs);
  let unreadable = missing.length;
  for (const m of missing) process.stderr.write(`controleer: "${m}" bestaat niet.\n`);
  let errors = 0;
  const progress = files.length > 1;
  for (let n = 0; n < files.length; n++) {
    const file = files[n];
    if (progress) process.stderr.write(`[${n + 1}/${files.length}] ${file}\n`);
    let sheets;
    try {
      sheets = (await readWorkbookSheets(file)).filter((s) => s.input !== undefined);
    } catch (error) {
      unreadable++;
      process.stderr.write(`controleer: ${file}: ${readError(error)}.\n`);
      if (!options.json) out(`${file}\n  kon niet worden gelezen: ${readError(error)}.\n\n`);
      continue;
    }
    if (!options.json) out(`${file}\n`);
    if (!options.json && sheets.length === 0) out("  (geen bladen met inhoud)\n");
    for (const sheet of sheets) {
      const findings = validateSheet({ ...sheet.input!, ...(options.year !== undefined ? { year: options.year } : {}) });
      errors += findings.filter((f) => f.severity === "error").length;
      if (options.json) {
        for (const f of findings) {
          out(
            JSON.stringify({
              file,
              sheet: sheet.name,
              cell: f.cell,
              row: f.row,
              col: f.col,
              severity: f.severity,
              rule: f.rule,
              message: f.message,
              ...(f.expected !== undefined ? { expected: f.expected } : {}),
              ...(f.actual !== undefined ? { actual: f.actual } : {}),
              ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
            }) + "\n",
          );
        }
        continue;
      }
      out(`  Blad "${sheet.name}": ${counts(findings)}\n`);
      for (const f of findings) {
        out(`    ${f.cell.padEnd(7)} ${SEVERITY_NL[f.severity].padEnd(12)} ${TITLES.get(f.rule) ?? f.rule} (${f.rule})\n`);
        out(`            ${f.message}\n`);
      }
    }
    if (!options.json) out("\n");
  }
  if (progress) process.stderr.write(`klaar: ${plural(files.length, "bestand", "bestanden")}, ${plural(errors, "fout", "fouten")}${unreadable ? `, ${plural(unreadable, "bestand", "bestanden")} niet gelezen` : ""}\n`);
  return unreadable > 0 ? 2 : errors > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`controleer: onverwachte fout: ${error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200)}\n`);
    process.exitCode = 2;
  },
);
