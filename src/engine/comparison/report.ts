/**
 * The comparison in words and as JSON lines: the Dutch report of `npm run vergelijk` and the
 * one-object-per-cell contract of `--json` (docs/vergelijken.md).
 */
import { formatNumberNl, formatPercentNl } from "../shared/numbers";
import type { CellComparison, Comparison, KindChange } from "./compare";
import type { Effects } from "./effects";
import { pairKinds, type MatchHow } from "./match";
import { quoteInput } from "../shared/text";

export const HOW_NL: Record<MatchHow, string> = {
  same: "zelfde naam",
  municipality: "zelfde gemeente, andere schrijfwijze",
  code: "CBS-code",
  successor: "opgegaan in de opvolger",
  misspelling: "spelfout in de gemeentenaam",
  year: "jaartal in de naam gewijzigd",
  similar: "vrijwel gelijke naam",
  manual: "door u gekoppeld",
};

export const KIND_NL: Record<KindChange, string> = {
  "formula-to-value": "formule vervangen door een getypt getal",
  "value-to-formula": "getypt getal vervangen door een formule",
  "formula-shape": "andere formule (geen kopie van de oude)",
  "value-changed-same-formula": "waarde gewijzigd, formule gelijk gebleven",
};

/** One JSON object per matched or unmatched row × column (the `--json` contract). */
export function jsonLine(cell: CellComparison): Record<string, unknown> {
  const line: Record<string, unknown> = {
    row: cell.row,
    row_old: cell.rowOld,
    column: cell.column,
    old: cell.old,
    new: cell.new,
    change: cell.change,
    status: cell.status,
  };
  if (cell.effects) line.effects = { ...cell.effects };
  line.column_old = cell.columnOld;
  line.percent = cell.percent;
  line.kind = cell.kind;
  return line;
}

const euro = (v: number) => formatNumberNl(v, Number.isInteger(v) ? 0 : 2);
const signed = (v: number) => (v > 0 ? "+" : "") + euro(v);
const value = (v: number | string | null) => (v === null ? "(leeg)" : typeof v === "number" ? euro(v) : quoteInput(v));
const parts = (e: Effects) => `volume ${signed(e.volume)}, sleutel ${signed(e.key)}, deelname ${signed(e.participation)}, overig ${signed(e.other)}`;

/** The readable Dutch report. */
export function describeComparison(c: Comparison, oldName: string, newName: string): string[] {
  const out: string[] = [`Vergelijking ${oldName} → ${newName}`];
  const rowLabel = (i: number) => c.old.rows[i].label;
  const colLabel = (i: number) => c.old.columns[i].header;
  for (const [what, match, oldLabel, newLabel] of [
    ["Rijen", c.rows, rowLabel, (j: number) => c.new.rows[j].label],
    ["Kolommen", c.columns, colLabel, (j: number) => c.new.columns[j].header],
  ] as const) {
    const kinds = pairKinds(match);
    const paired = kinds.paired;
    const added = kinds.added.map((p) => newLabel(p.new!));
    const removed = kinds.removed.map((p) => oldLabel(p.old[0]));
    out.push("", `${what}: ${paired.length} gekoppeld, ${added.length} nieuw, ${removed.length} vervallen`);
    for (const p of paired.filter((p) => p.how !== "same")) {
      out.push(`  ${p.old.map(oldLabel).join(" + ")} ↔ ${newLabel(p.new!)} (${HOW_NL[p.how]})`);
    }
    if (added.length) out.push(`  nieuw: ${added.join(", ")}`);
    if (removed.length) out.push(`  vervallen: ${removed.join(", ")}`);
  }
  const a = c.allocation;
  if (a) {
    const weight = c.cells.find((x) => x.columnPair === a.weightColumn)?.column ?? "";
    out.push("", `Verdeeltabel: sleutel ${quoteInput(weight)}, kostenposten ${a.lines.map((l) => quoteInput(l.name)).join(", ")}.`);
    out.push("Per kostenpost (totaal oud → nieuw; verschil = volume + sleutel + deelname + overig):");
    for (const l of a.lines) {
      out.push(`  ${l.name}: ${euro(l.oldTotal)} → ${euro(l.newTotal)} (${signed(l.newTotal - l.oldTotal)}): ${parts(l.effects)}`);
    }
    out.push("Per gemeente, alle kostenposten samen:");
    for (const m of a.municipalities) {
      const name = m.nameOld && m.nameOld !== m.name ? `${m.name} (was ${m.nameOld})` : m.name;
      out.push(`  ${name}: ${euro(m.old)} → ${euro(m.new)} (${signed(m.change)}): ${parts(m.effects)}`);
    }
    const others = c.cells.filter((x) => x.effects && x.effects.other !== 0);
    if (others.length) {
      out.push(`Niet door de sleutel verklaard (overig ≠ 0, bijvoorbeeld afrondingsverschillen van één euro of handmatige aanpassingen): ${others.length}`);
      for (const x of others) out.push(`  ${x.row} × ${x.column}: ${signed(x.effects!.other)}`);
    }
  } else if (c.allocationNote) {
    out.push("", c.allocationNote);
  }
  const changed = c.cells.filter((x) => x.status === "changed");
  out.push("", `Gewijzigde cellen: ${changed.length} van ${c.cells.filter((x) => x.status !== "added" && x.status !== "removed").length} gekoppelde cellen`);
  for (const x of changed) {
    const pct = x.percent === null ? "" : `, ${formatPercentNl(x.percent, 1)}`;
    const change = x.change === null ? "" : ` (${signed(x.change)}${pct})`;
    out.push(`  ${x.row} × ${x.column}: ${value(x.old)} → ${value(x.new)}${change}${x.kind ? ` — ${KIND_NL[x.kind]}` : ""}`);
  }
  const kinds = c.cells.filter((x) => x.kind && x.status !== "changed");
  if (kinds.length) {
    out.push(`Zelfde waarde, ander soort cel: ${kinds.length}`);
    for (const x of kinds) out.push(`  ${x.row} × ${x.column} (${x.newAddress ?? ""}): ${KIND_NL[x.kind!]}`);
  }
  const addedCells = c.cells.filter((x) => x.status === "added").length;
  const removedCells = c.cells.filter((x) => x.status === "removed").length;
  if (addedCells || removedCells) out.push(`Nieuwe cellen: ${addedCells}, vervallen cellen: ${removedCells}`);
  return out;
}
