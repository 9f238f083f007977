/**
 * Scores findings against a corpus annotated like test/corpus/excelint-tune (see its README):
 * cell level; a finding flags its cell when it is an error or warning (or, for the errors-only
 * figures, an error). Per sheet, a flagged cell in the ground truth is a true positive.
 * precision = TP / flagged; lenient precision also counts a flagged cell with any annotation
 * other than "no"; recall = TP / ground-truth cells; clean sheets alarmed = share of non-empty
 * sheets without ground truth that get any flag. Workbook and sheet names compare case-blind.
 */
import { tryParseRange } from "../../src/engine/shared/a1";

export interface CorpusFinding {
  file: string;
  sheet: string;
  cell: string;
  severity: string;
  rule: string;
}

/** ground-truth.json: {workbook: {sheet: {bugs: [[col, row, 0], …]}}} (1-based) */
export type GroundTruth = Record<string, Record<string, { bugs: number[][] }>>;
/** annotations.json: every annotated cell with its kind */
export type Annotations = { Workbook: string; Worksheet: string; Address: string; BugKind: string }[];

export interface LevelScore {
  tp: number;
  flagged: number;
  gt: number;
  lenientTp: number;
  cleanSheets: number;
  cleanAlarmed: number;
  precision: number;
  lenientPrecision: number;
  recall: number;
  cleanSheetsAlarmed: number;
}

export interface RuleScore {
  rule: string;
  /** distinct flagged cells this rule flags (error or warning) */
  flagged: number;
  tp: number;
  lenientTp: number;
  info: number;
}

export interface CorpusScore {
  errorsAndWarnings: LevelScore;
  errorsOnly: LevelScore;
  perRule: RuleScore[];
}

const lc = (s: string) => s.toLowerCase().trim();
const baseName = (file: string) => file.replace(/^.*[\\/]/, "");

/** "D7" (with $ or a sheet prefix) → "4,7"; undefined when not a cell */
export function cellKey(address: string): string | undefined {
  const r = tryParseRange(address);
  return r && r.top === r.bottom && r.left === r.right ? `${r.left + 1},${r.top + 1}` : undefined;
}

/**
 * @param sheets every non-empty sheet per workbook file name (the scorer's denominators)
 */
export function scoreFindings(
  findings: readonly CorpusFinding[],
  truth: GroundTruth,
  annotations: Annotations,
  sheets: ReadonlyMap<string, readonly string[]>,
): CorpusScore {
  const gt = new Map<string, Set<string>>();
  for (const [wb, perSheet] of Object.entries(truth)) {
    for (const [sh, s] of Object.entries(perSheet)) gt.set(`${lc(wb)}|${lc(sh)}`, new Set(s.bugs.map((b) => `${b[0]},${b[1]}`)));
  }
  const kinds = new Map<string, Set<string>>();
  for (const a of annotations) {
    const k = cellKey(a.Address);
    if (!k) continue;
    const id = `${lc(a.Workbook)}|${lc(a.Worksheet)}|${k}`;
    let set = kinds.get(id);
    if (!set) kinds.set(id, (set = new Set()));
    set.add(a.BugKind);
  }
  const lenientHit = (id: string, k: string) => {
    const kk = kinds.get(`${id}|${k}`);
    return gt.get(id)?.has(k) === true || (kk !== undefined && [...kk].some((x) => x !== "no"));
  };
  const flagged = { ew: new Map<string, Set<string>>(), e: new Map<string, Set<string>>() };
  const ruleCells = new Map<string, Set<string>>();
  const ruleInfo = new Map<string, number>();
  for (const f of findings) {
    const k = cellKey(f.cell);
    if (!k) continue;
    const id = `${lc(baseName(f.file))}|${lc(f.sheet)}`;
    if (f.severity === "info") ruleInfo.set(f.rule, (ruleInfo.get(f.rule) ?? 0) + 1);
    if (f.severity !== "error" && f.severity !== "warning") continue;
    let cells = ruleCells.get(f.rule);
    if (!cells) ruleCells.set(f.rule, (cells = new Set()));
    cells.add(`${id}|${k}`);
    for (const [level, on] of [["ew", true], ["e", f.severity === "error"]] as const) {
      if (!on) continue;
      let set = flagged[level].get(id);
      if (!set) flagged[level].set(id, (set = new Set()));
      set.add(k);
    }
  }
  const level = (name: "ew" | "e"): LevelScore => {
    const s = { tp: 0, flagged: 0, gt: 0, lenientTp: 0, cleanSheets: 0, cleanAlarmed: 0 };
    for (const [file, names] of sheets) {
      for (const sh of names) {
        const id = `${lc(file)}|${lc(sh)}`;
        const t = gt.get(id) ?? new Set<string>();
        const fl = flagged[name].get(id) ?? new Set<string>();
        let tp = 0;
        for (const k of fl) {
          if (t.has(k)) tp++;
          if (lenientHit(id, k)) s.lenientTp++;
        }
        s.tp += tp;
        s.flagged += fl.size;
        s.gt += t.size;
        if (t.size === 0) {
          s.cleanSheets++;
          if (fl.size > 0) s.cleanAlarmed++;
        }
      }
    }
    return {
      ...s,
      precision: s.flagged ? s.tp / s.flagged : 0,
      lenientPrecision: s.flagged ? s.lenientTp / s.flagged : 0,
      recall: s.gt ? s.tp / s.gt : 0,
      cleanSheetsAlarmed: s.cleanSheets ? s.cleanAlarmed / s.cleanSheets : 0,
    };
  };
  const perRule: RuleScore[] = [];
  const rules = new Set([...ruleCells.keys(), ...ruleInfo.keys()]);
  for (const rule of [...rules].sort()) {
    const cells = ruleCells.get(rule) ?? new Set<string>();
    let tp = 0;
    let lenientTp = 0;
    for (const c of cells) {
      const cut = c.lastIndexOf("|");
      const id = c.slice(0, cut);
      const k = c.slice(cut + 1);
      if (gt.get(id)?.has(k)) tp++;
      if (lenientHit(id, k)) lenientTp++;
    }
    perRule.push({ rule, flagged: cells.size, tp, lenientTp, info: ruleInfo.get(rule) ?? 0 });
  }
  return { errorsAndWarnings: level("ew"), errorsOnly: level("e"), perRule };
}

const pct = (x: number) => `${(100 * x).toFixed(1).replace(".", ",")} %`;

export function describeScore(score: CorpusScore): string {
  const ew = score.errorsAndWarnings;
  const e = score.errorsOnly;
  const lines = [
    `fouten + waarschuwingen: precisie ${pct(ew.precision)} (ruim ${pct(ew.lenientPrecision)}), recall ${pct(ew.recall)}, ${ew.flagged} cellen gemeld, schone bladen met melding ${ew.cleanAlarmed}/${ew.cleanSheets} (${pct(ew.cleanSheetsAlarmed)})`,
    `alleen fouten:           precisie ${pct(e.precision)} (ruim ${pct(e.lenientPrecision)}), recall ${pct(e.recall)}, ${e.flagged} cellen gemeld, schone bladen met melding ${e.cleanAlarmed}/${e.cleanSheets} (${pct(e.cleanSheetsAlarmed)})`,
    "per regel (fout/waarschuwing: cellen, terecht, ruim terecht; info):",
  ];
  for (const r of score.perRule) lines.push(`  ${r.rule.padEnd(26)} ${String(r.flagged).padStart(6)} ${String(r.tp).padStart(5)} ${String(r.lenientTp).padStart(5)}   info ${r.info}`);
  return lines.join("\n");
}
