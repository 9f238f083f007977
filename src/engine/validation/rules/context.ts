/** What every rule gets: the parsed sheet, its structure and totals, and a way to report. */
import type { BlockAnalysis } from "../analysis";
import type { Grid } from "../grid";
import type { Structure } from "../structure";
import type { Finding, MunicipalityDirectory, Severity } from "../types";

export interface RuleContext {
  grid: Grid;
  structure: Structure;
  blocks: BlockAnalysis[];
  /** reference year for municipality names and inhabitants, and how it was found */
  year?: number;
  yearSource: string;
  registry?: MunicipalityDirectory;
  /**
   * Whether a rule already has more findings than will be listed: then the caller counts the cell
   * (for the "en nog N van deze soort" summary) and skips building its message. Keeps a sheet
   * of a million formulas linear.
   */
  full(rule: string): boolean;
}

/** A finding as a rule reports it; validateSheet adds its row and column. */
export type RuleFinding = Omit<Finding, "row" | "col">;

export type Emit = (finding: RuleFinding) => void;

/** A rule: its id, severity (error/warning when it depends on the case) and what it finds. */
export interface RuleDefinition {
  id: string;
  severity: Severity | "error/warning";
  /** Dutch one-line description for the pane and the documentation */
  title: string;
}

/** A checker runs over the analysis and may report findings for one or more rules. */
export interface Checker {
  rules: string[];
  run(ctx: RuleContext, emit: Emit): void;
}
