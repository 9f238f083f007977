/** How cell values of stay records are read as group keys and blanks. */
import { cleanName } from "../shared/text";

/** Group label for stays without a value (e.g. no municipality); always sorted last. */
export const UNKNOWN_GROUP = "(onbekend)";

/** isBlankCell (../shared/cells), cheap for the usual non-blank text (only text starting or ending in whitespace is trimmed). */
export function isBlank(v: unknown): boolean {
  if (typeof v === "string") {
    const len = v.length;
    return len === 0 || ((v.charCodeAt(0) <= 32 || v.charCodeAt(len - 1) <= 32 || v.charCodeAt(0) === 160) && v.trim() === "");
  }
  return v === null || v === undefined;
}

export function keyText(v: unknown): string {
  if (typeof v === "string") {
    const t = cleanName(v);
    return t === "" ? UNKNOWN_GROUP : t;
  }
  if (v === null || v === undefined) return UNKNOWN_GROUP;
  return String(v);
}

export function displayValue(v: unknown): string {
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
}
