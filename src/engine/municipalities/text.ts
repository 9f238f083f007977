/**
 * Text helpers for municipality names: normalising what users type, CBS qualifiers, CSV lines
 * and the Dutch wording of dates and lists in messages. (How close a misspelling is:
 * editDistance in ../shared/text.)
 */
import { cleanName } from "../shared/text";

/** Lower case, no diacritics, punctuation as spaces, single spaces: "  Bergen (L.) " → "bergen l". */
export function normaliseName(text: string): string {
  return cleanName(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Splits CBS' qualifier off a name: "Bergen (L.)" → { base: "Bergen", qualifier: "L." }.
 * CBS writes province or type qualifiers in parentheses ("Hengelo (O.)", "Groningen (gemeente)").
 */
export function splitQualifier(text: string): { base: string; qualifier?: string } {
  const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(text.trim());
  if (!match || match[1].trim() === "") return { base: text.trim() };
  return { base: match[1].trim(), qualifier: match[2].trim() };
}

/** Splits one CSV line on `delimiter`, honouring double quotes ("" inside quotes is a quote). */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        cell += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = "";
    } else {
      cell += ch;
    }
  }
  cells.push(cell);
  return cells;
}

/** "1-1-2022" as the issue texts and seeds write a date in running text. */
export function shortDateNl(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}-${m}-${y}`;
}

/** Day after an ISO date, as ISO. */
export function nextDayIso(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

/** "a, b en c" */
export function joinDutch(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}
