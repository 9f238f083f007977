/**
 * Recognising headings and labels tolerantly: lower case, accents removed, and a word one
 * typo away from a keyword ("Vershil") still counts when the word is long enough to tell.
 */

export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

export function words(text: string): string[] {
  const n = normalise(text);
  return n === "" ? [] : n.split(" ");
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
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
  return prev[b.length];
}

/** A word matches a keyword exactly, as a prefix of a compound ("totaalbedrag"), or one typo away (≥ 5 letters). */
export function wordMatches(word: string, keyword: string, allowCompound = false): boolean {
  if (word === keyword) return true;
  if (allowCompound && word.length > keyword.length && word.startsWith(keyword)) return true;
  if (keyword.length < 5 || Math.abs(word.length - keyword.length) > 1) return false;
  // one typo leaves the first or the second letter in place; skip the distance for all other words
  if (word[0] !== keyword[0] && word[1] !== keyword[1]) return false;
  return editDistance(word, keyword, 1) <= 1;
}

/** Per keyword list, what each word seen so far gave: labels repeat their words a lot in big sheets. */
const memo = new WeakMap<readonly string[], Map<string, boolean>>();

function wordHasKeyword(word: string, keywords: readonly string[], allowCompound: boolean): boolean {
  if (/^[0-9]+$/.test(word)) return false;
  let cache = memo.get(keywords);
  if (!cache) {
    cache = new Map();
    memo.set(keywords, cache);
  }
  const key = allowCompound ? "+" + word : word;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = keywords.some((k) => wordMatches(word, k, allowCompound));
    if (cache.size < 50_000) cache.set(key, hit);
  }
  return hit;
}

export function hasKeyword(text: string, keywords: readonly string[], allowCompound = false): boolean {
  if (text === "") return false;
  return words(text).some((w) => wordHasKeyword(w, keywords, allowCompound));
}

/** The edit distance up to which a misspelled name gets a suggestion: max(2, 30% of its length). */
export function suggestionDistance(name: string): number {
  return Math.max(2, Math.floor(0.3 * name.length));
}
