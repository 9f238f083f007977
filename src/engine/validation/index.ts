/**
 * Controleren: checks a budget sheet before it goes to the councils.
 *
 * `validateSheet(snapshot)` detects the structure of the sheet from its values (header rows,
 * label column, totals, sections, special columns), runs every rule of the registry in
 * `rules/` over it and returns the findings, each pointing at its cell with a Dutch message.
 * Linear in the number of cells: one pass builds typed arrays, the rules read those.
 */
import { defaultRegistry } from "../municipalities";
import { analyseBlock } from "./analysis";
import { tryParseRange } from "../shared/a1";
import { buildGrid } from "./grid";
import { nl } from "./messages";
import { CHECKERS } from "./rules";
import type { RuleContext, RuleFinding } from "./rules/context";
import { detectStructure, type Structure } from "./structure";
import type { Finding, MunicipalityDirectory, SheetInput, ValidateOptions } from "./types";
import { quoteInput } from "../shared/text";

export type { Finding, SheetInput, ValidateOptions, Severity, MunicipalityDirectory } from "./types";
export { RULES } from "./rules";

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function validateSheet(snapshot: SheetInput, options: ValidateOptions = {}): Finding[] {
  const grid = buildGrid(snapshot);
  const structure = detectStructure(grid);
  const blocks = structure.blocks.map((b) => analyseBlock(grid, b));
  const registry: MunicipalityDirectory = options.registry ?? defaultRegistry;
  const { year, source } = referenceYear(snapshot, structure, grid.texts, registry);
  const stored = new Map<string, number>();
  const overflow = new Map<string, number>();
  const full = (rule: string): boolean => {
    if ((stored.get(rule) ?? 0) < STORED_PER_RULE) return false;
    overflow.set(rule, (overflow.get(rule) ?? 0) + 1);
    return true;
  };
  const ctx: RuleContext = { grid, structure, blocks, year, yearSource: source, registry, full };
  const wanted = options.rules ? new Set(options.rules) : undefined;

  const byKey = new Map<string, Finding>();
  for (const checker of CHECKERS) {
    if (wanted && !checker.rules.some((r) => wanted.has(r))) continue;
    checker.run(ctx, (reported) => {
      if (wanted && !wanted.has(reported.rule)) return;
      const finding = withPosition(reported);
      // one finding per rule per cell: the more severe one stays
      const key = `${finding.rule}|${finding.cell}`;
      const existing = byKey.get(key);
      if (!existing) stored.set(finding.rule, (stored.get(finding.rule) ?? 0) + 1);
      if (!existing || SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[existing.severity]) byKey.set(key, finding);
    });
  }
  return capPerRule([...byKey.values()].sort(byPosition), overflow);
}

/** Findings kept per rule before only counting the rest: room for the listed ones and for duplicates per cell. */
const STORED_PER_RULE = 1000;

/** At most this many findings per rule per sheet are listed; one summary finding says how many more there are. */
export const MAX_FINDINGS_PER_RULE = 200;

function capPerRule(sorted: Finding[], overflow: ReadonlyMap<string, number>): Finding[] {
  const counts = new Map<string, number>();
  const out: Finding[] = [];
  const lastListed = new Map<string, Finding>();
  for (const f of sorted) {
    const n = (counts.get(f.rule) ?? 0) + 1;
    counts.set(f.rule, n);
    if (n <= MAX_FINDINGS_PER_RULE) {
      out.push(f);
      lastListed.set(f.rule, f);
    }
  }
  for (const [rule, listed] of counts) {
    const n = listed + (overflow.get(rule) ?? 0);
    if (n <= MAX_FINDINGS_PER_RULE) continue;
    const rest = n - MAX_FINDINGS_PER_RULE;
    const last = lastListed.get(rule)!;
    out.push({
      rule: "more-findings",
      severity: "info",
      cell: last.cell,
      row: last.row,
      col: last.col,
      message: `${last.cell}: en nog ${nl(rest)} van deze soort (${rule}) na deze cel; de lijst toont de eerste ${MAX_FINDINGS_PER_RULE}. Herstel de oorzaak (vaak één gekopieerde formule) en controleer opnieuw.`,
      related: [rule],
    });
  }
  return out;
}

/** The finding with its cell as Excel's row and column numbers (rules report the A1 label, built from those). */
function withPosition(finding: RuleFinding): Finding {
  const at = tryParseRange(finding.cell);
  const { rule, severity, cell, ...rest } = finding;
  // row and col right after the cell label, so printed findings read naturally
  return { rule, severity, cell, row: at ? at.top + 1 : 0, col: at ? at.left + 1 : 0, ...rest };
}

function byPosition(a: Finding, b: Finding): number {
  return a.row - b.row || a.col - b.col || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule);
}

/**
 * The reference year: given, else "per 1 januari 2022" anywhere on the sheet, else a year in a
 * title line, else the latest year the registry has figures for. The source goes into messages.
 */
function referenceYear(
  snapshot: SheetInput,
  structure: Structure,
  texts: readonly string[],
  registry: MunicipalityDirectory,
): { year: number; source: string } {
  if (snapshot.year !== undefined) return { year: snapshot.year, source: "opgegeven bij de controle" };
  for (let k = 0; k < texts.length; k++) {
    const t = texts[k];
    if (!t || t.length < 12) continue;
    const m = /per\s+1\s+(?:januari|jan\.?|-?1-)\s*(\d{4})/i.exec(t) ?? /1-1-(\d{4})/.exec(t);
    if (m) return { year: Number(m[1]), source: `gelezen uit ${quoteInput(t)}` };
  }
  for (const title of structure.titles) {
    const m = /\b(19[89]\d|20\d\d)\b/.exec(title);
    if (m) return { year: Number(m[1]), source: `het jaar in de titel ${quoteInput(title)}` };
  }
  const latest = registry.latestYear();
  return { year: latest, source: `het laatste jaar met CBS-cijfers (${latest}), omdat het blad geen peiljaar noemt` };
}
