/**
 * Safe fixes: the only changes the pane ever makes to a checked sheet, one cell at a time and
 * after a preview. A typed total becomes the SUM of its detected parts, numeric text becomes
 * the number, a misspelled municipality becomes the suggested name. Nothing else.
 */
import { tryParseCell } from "../../../engine/shared/a1";
import type { CellUpdate, CellValue, SheetSnapshot } from "../../../excel/WorkbookPort";
import type { SheetFinding } from "./model";

export interface SafeFix {
  finding: SheetFinding;
  update: CellUpdate;
  /** what the cell holds now and what it will hold, as shown in the preview */
  before: string;
  after: string;
}

/** What the cell holds according to the snapshot the check ran on: its formula if any, else its value. */
export function cellContent(snapshot: SheetSnapshot, address: string): CellValue | undefined {
  const cell = tryParseCell(address);
  if (!cell) return undefined;
  const r = cell.row - snapshot.origin.row;
  const c = cell.col - snapshot.origin.col;
  const formula = snapshot.formulas[r]?.[c];
  if (typeof formula === "string" && formula.startsWith("=")) return formula;
  return snapshot.values[r]?.[c];
}

/**
 * The rules that have a safe fix, and the new content each proposes for the cell as it is now;
 * undefined = no safe fix for this finding (a rule without an entry never gets one).
 */
const SAFE_FIX_CONTENT: Record<string, (finding: SheetFinding, current: CellValue) => CellValue | undefined> = {
  // a typed total becomes the SUM of its detected parts
  "hardcoded-total": (f, current) => (typeof current === "number" && f.suggestion?.startsWith("=") ? f.suggestion : undefined),
  // numeric text becomes the number it reads as
  "number-as-text": (f, current) => (typeof current === "string" ? f.expected : undefined),
  // a misspelled municipality becomes the suggested registry name
  "unknown-municipality": (f, current) => (typeof current === "string" && f.suggestion ? f.suggestion : undefined),
};

export function safeFix(finding: SheetFinding, snapshot: SheetSnapshot | undefined): SafeFix | undefined {
  if (!snapshot) return undefined;
  const current = cellContent(snapshot, finding.cell);
  if (current === undefined) return undefined;
  const content = SAFE_FIX_CONTENT[finding.rule]?.(finding, current);
  if (content === undefined) return undefined;
  return {
    finding,
    update: { address: finding.cell, expected: current, content },
    before: String(current),
    after: String(content),
  };
}
