/**
 * A data problem's text in the pane's language. Dutch is the engine's own message (also what
 * SD.BEZETTING shows in a cell); English is worded from the problem's data — kind, rows and
 * details — through the catalogue, so switching language rewords problems already listed.
 */
import type { DataProblem } from "../../../engine/occupancy";
import { quoteInput } from "../../../engine/shared/text";
import type { Translate } from "../../i18n/catalogue";
import type { Language } from "../../i18n/types";

/** At most this many rows are named (as the engine does); the rest are counted. */
const LISTED_ROWS = 5;

/** "Row 4", "Row 4 and row 9", "Row 1, row 2, row 3, row 4, row 5 and 3 others". */
function rowsInEnglish(rows: readonly number[], sheetRow: (index: number) => number): string {
  const labels = rows.slice(0, LISTED_ROWS).map((i) => `row ${sheetRow(i)}`);
  const text =
    rows.length > LISTED_ROWS
      ? `${labels.join(", ")} and ${rows.length - LISTED_ROWS} ${rows.length - LISTED_ROWS === 1 ? "other" : "others"}`
      : labels.length <= 1
        ? labels.join("")
        : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function problemText(p: DataProblem, language: Language, t: Translate, sheetRow: (index: number) => number): string {
  if (language === "nl") return p.message;
  const d = p.params;
  const base = { rows: rowsInEnglish(p.rows, sheetRow), count: p.rows.length };
  switch (p.kind) {
    case "unreadable-start":
    case "unreadable-end":
      return t(`bezetting.problem.${p.kind}`, { ...base, value: quoteInput(d.value ?? "") });
    case "end-before-start":
      return t(`bezetting.problem.${p.kind}`, { ...base, start: d.start ?? "", end: d.end ?? "" });
    case "unknown-municipality": {
      const suggestions = (d.suggestions ?? []).map((s) => `"${s}"`);
      const key = suggestions.length > 0 ? "bezetting.problem.unknown-municipality.suggest" : "bezetting.problem.unknown-municipality";
      const or = suggestions.length <= 1 ? suggestions.join("") : `${suggestions.slice(0, -1).join(", ")} or ${suggestions[suggestions.length - 1]}`;
      return t(key, { ...base, name: quoteInput(d.name ?? ""), suggestions: or });
    }
    case "overlap":
    case "overlap-counted-once":
      return t(`bezetting.problem.${p.kind}`, { ...base, client: d.client ?? "", provider: d.provider ? t("bezetting.problem.atProvider", { provider: d.provider }) : "" });
    default:
      return t(`bezetting.problem.${p.kind}`, base);
  }
}
