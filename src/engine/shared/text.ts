/** Text helpers shared by engines. */

/**
 * Levenshtein distance, stopping early once it exceeds `limit` (then returns limit + 1).
 * Distances up to `limit` are exact, so callers that only care about "close enough" pay for
 * the rows they need: O(|a|·|b|) time at worst, O(|b|) memory.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] > limit ? limit + 1 : prev[b.length];
}

/** Characters a user cannot see in a message: controls, zero-width and direction marks, soft hyphen, BOM. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be made visible
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/** How much of the user's input a message quotes (GUIDE: at most ~40 characters). */
export const QUOTE_LIMIT = 40;

/**
 * The user's input as a message quotes it: in double quotes, cut to QUOTE_LIMIT characters with "…",
 * and with invisible characters shown as ⟨U+200B⟩ so "Oss\u200b" does not read as "Oss".
 * Every message that quotes user text goes through here.
 */
export function quoteInput(value: unknown): string {
  return `"${visibleInput(value)}"`;
}

/** As quoteInput, without the quotes (for lists that add their own). */
export function visibleInput(value: unknown): string {
  const text = typeof value === "string" ? value : String(value);
  let cut = text.length > QUOTE_LIMIT ? text.slice(0, QUOTE_LIMIT) : text;
  // never leave half a surrogate pair at the cut
  if (cut.length < text.length && /[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const shown = cut.replace(INVISIBLE, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}⟩`);
  return cut.length < text.length ? `${shown}…` : shown;
}
