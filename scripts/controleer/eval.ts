/**
 * `npm run eval:controleren -- MAP [--findings BESTAND.jsonl] [--json] [--fp REGEL]`
 *
 * Scores the command-line checker against an annotated corpus folder laid out like
 * test/corpus/excelint-tune (workbooks/*.xlsx, ground-truth.json, annotations.json): runs
 * `controleer --json` on MAP/workbooks (or reads its output from --findings) and prints
 * precision, lenient precision, recall and clean sheets alarmed, for errors + warnings and for
 * errors alone, and per rule. --json prints the figures as one JSON line; --fp REGEL lists the
 * cells that rule flags that are not in the ground truth (for looking at false alarms); --missed lists
 * the ground-truth cells no error or warning flags, with the notes (info) given there; --clean lists
 * the errors and warnings on sheets without ground truth (every one a false alarm).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { cellKey, describeScore, scoreFindings, type Annotations, type CorpusFinding, type GroundTruth } from "./corpusScore";
import { readWorkbookSheets } from "./workbookSheets";

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const take = (flag: string): string | undefined => {
    const k = args.indexOf(flag);
    if (k < 0) return undefined;
    const value = args[k + 1];
    args.splice(k, 2);
    return value;
  };
  const findingsFile = take("--findings");
  const fpRule = take("--fp");
  const json = args.includes("--json");
  const missed = args.includes("--missed");
  const clean = args.includes("--clean");
  const dir = args.find((a) => !a.startsWith("--"));
  if (!dir) {
    process.stderr.write("gebruik: npm run eval:controleren -- MAP [--findings BESTAND.jsonl] [--json] [--fp REGEL] [--missed] [--clean]\n");
    return 2;
  }
  const workbooks = path.join(dir, "workbooks");
  const truth = JSON.parse(fs.readFileSync(path.join(dir, "ground-truth.json"), "utf8")) as GroundTruth;
  const annotations = JSON.parse(fs.readFileSync(path.join(dir, "annotations.json"), "utf8")) as Annotations;

  let jsonl: string;
  if (findingsFile) jsonl = fs.readFileSync(findingsFile, "utf8");
  else {
    const run = spawnSync(process.execPath, [path.join(__dirname, "run-ts.cjs"), path.join(__dirname, "cli.ts"), "--json", workbooks], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
      stdio: ["ignore", "pipe", "inherit"],
    });
    if (run.status === 2) process.stderr.write("eval: de checker kon niet elk bestand lezen (zie hierboven)\n");
    jsonl = run.stdout;
  }
  const findings: (CorpusFinding & { message?: string })[] = jsonl
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusFinding);

  const sheets = new Map<string, string[]>();
  for (const name of fs.readdirSync(workbooks).filter((n) => n.endsWith(".xlsx")).sort()) {
    try {
      sheets.set(name, (await readWorkbookSheets(path.join(workbooks, name))).filter((s) => s.hasRows).map((s) => s.name));
    } catch {
      const known = Object.entries(truth).find(([wb]) => wb.toLowerCase() === name.toLowerCase());
      sheets.set(name, known ? Object.keys(known[1]) : []);
    }
  }
  const score = scoreFindings(findings, truth, annotations, sheets);
  if (json) process.stdout.write(JSON.stringify(score) + "\n");
  else process.stdout.write(describeScore(score) + "\n");

  if (fpRule) {
    const truthCells = new Set<string>();
    for (const [wb, per] of Object.entries(truth)) for (const [sh, s] of Object.entries(per)) for (const b of s.bugs) truthCells.add(`${wb.toLowerCase()}|${sh.toLowerCase()}|${b[0]},${b[1]}`);
    const kinds = new Map<string, string>();
    for (const a of annotations) kinds.set(`${a.Workbook.toLowerCase()}|${a.Worksheet.toLowerCase()}|${cellKey(a.Address)}`, a.BugKind);
    for (const f of findings) {
      if (f.rule !== fpRule || f.severity === "info") continue;
      const id = `${path.basename(f.file).toLowerCase()}|${f.sheet.toLowerCase()}|${cellKey(f.cell)}`;
      if (truthCells.has(id)) continue;
      process.stdout.write(`${path.basename(f.file)} | ${f.sheet} | ${f.cell} | ${f.severity} | ${kinds.get(id) ?? "-"} | ${(f.message ?? "").slice(0, 220)}\n`);
    }
  }
  if (clean) {
    const truthSheets = new Set<string>();
    for (const [wb, per] of Object.entries(truth)) for (const [sh, s] of Object.entries(per)) if (s.bugs.length) truthSheets.add(`${wb.toLowerCase().trim()}|${sh.toLowerCase().trim()}`);
    for (const f of findings) {
      if (f.severity === "info") continue;
      if (truthSheets.has(`${path.basename(f.file).toLowerCase().trim()}|${f.sheet.toLowerCase().trim()}`)) continue;
      process.stdout.write(`schoon blad: ${path.basename(f.file)} | ${f.sheet} | ${f.cell} | ${f.severity} | ${f.rule} | ${(f.message ?? "").slice(0, 160)}\n`);
    }
  }
  if (missed) {
    const byCell = new Map<string, string[]>();
    const flaggedCells = new Set<string>();
    for (const f of findings) {
      const id = `${path.basename(f.file).toLowerCase()}|${f.sheet.toLowerCase()}|${cellKey(f.cell)}`;
      if (f.severity !== "info") flaggedCells.add(id);
      else byCell.set(id, [...(byCell.get(id) ?? []), f.rule]);
    }
    for (const [wb, per] of Object.entries(truth)) {
      for (const [sh, s] of Object.entries(per)) {
        for (const [col, row] of s.bugs) {
          const id = `${wb.toLowerCase()}|${sh.toLowerCase()}|${col},${row}`;
          if (!flaggedCells.has(id)) process.stdout.write(`gemist: ${wb} | ${sh} | kolom ${col} rij ${row} | info: ${(byCell.get(id) ?? []).join(", ") || "-"}\n`);
        }
      }
    }
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
