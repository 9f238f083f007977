/**
 * The pane's view of findings: a finding plus its sheet, a stable key for "Negeren", and the
 * grouping by rule and severity the list shows. No rules here: those live in the engine.
 */
import { RULES, type Finding, type Severity } from "../../../engine/validation";

export type FindingStatus = "open" | "genegeerd" | "hersteld";

export interface SheetFinding extends Finding {
  sheet: string;
  /** "<sheet>!<cell>|<rule>": what "Negeren" remembers in the workbook */
  key: string;
}

export type Scope = "selection" | "sheet" | "all";
export type SeverityFilter = "all" | Severity;

export function findingKey(sheet: string, finding: Finding): string {
  return `${sheet}!${finding.cell}|${finding.rule}`;
}

export function withSheet(sheet: string, findings: Finding[]): SheetFinding[] {
  return findings.map((f) => ({ ...f, sheet, key: findingKey(sheet, f) }));
}

export interface FindingGroup {
  rule: string;
  severity: Severity;
  title: string;
  findings: SheetFinding[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function ruleTitle(rule: string): string {
  return RULES.find((r) => r.id === rule)?.title ?? rule;
}

/** The Dutch title of this finding: its own when the engine gave one (a note within a rule), else its rule's. */
export function findingTitle(f: Finding): string {
  return f.title ?? ruleTitle(f.rule);
}

/** Groups by rule, title and severity, errors first, then by size. */
export function groupFindings(findings: SheetFinding[], titleOf: (f: SheetFinding) => string = findingTitle): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const title = titleOf(f);
    const id = `${f.severity}|${f.rule}|${title}`;
    let g = groups.get(id);
    if (!g) {
      g = { rule: f.rule, severity: f.severity, title, findings: [] };
      groups.set(id, g);
    }
    g.findings.push(f);
  }
  return [...groups.values()].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.findings.length - a.findings.length || a.rule.localeCompare(b.rule) || a.title.localeCompare(b.title));
}

export function visibleFindings(findings: SheetFinding[], filter: SeverityFilter, ignored: ReadonlySet<string>, showIgnored: boolean, fixed: ReadonlySet<string>): SheetFinding[] {
  return findings.filter((f) => (filter === "all" || f.severity === filter) && (showIgnored || !ignored.has(f.key)) && !fixed.has(f.key));
}

export function countBySeverity(findings: SheetFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function statusOf(f: SheetFinding, ignored: ReadonlySet<string>, fixed: ReadonlySet<string>): FindingStatus {
  if (fixed.has(f.key)) return "hersteld";
  return ignored.has(f.key) ? "genegeerd" : "open";
}
