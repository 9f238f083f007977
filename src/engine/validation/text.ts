/**
 * Recognising headings and labels tolerantly: lower case, accents removed, and a word one
 * typo away from a keyword ("Vershil") still counts when the word is long enough to tell.
 */

import { editDistance } from "../shared/text";

function isAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 127) return false;
  return true;
}

/** Already normal after lower-casing: words of [a-z0-9%] separated by single spaces. */
const PLAIN = /^[a-z0-9%]+(?: [a-z0-9%]+)*$/;

export function normalise(text: string): string {
  // NFD and the accent strip only change non-ASCII text; most labels are plain ASCII and this runs per row
  const folded = isAscii(text) ? text : text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const lower = folded.toLowerCase();
  // a plain label ("post 12") is its own normal form: no replace and trim to allocate
  if (PLAIN.test(lower)) return lower;
  return lower.replace(/[^a-z0-9%]+/g, " ").trim();
}

export function words(text: string): string[] {
  return wordsOfKey(normalise(text));
}

/** The words of an already normalised text. */
export function wordsOfKey(key: string): string[] {
  return key === "" ? [] : key.split(" ");
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

/**
 * Per keyword list (one cache with and one without compounds), what each word seen so far
 * gave: labels repeat their words a lot in big sheets.
 */
const memo = new WeakMap<readonly string[], Map<string, boolean>>();
const compoundMemo = new WeakMap<readonly string[], Map<string, boolean>>();

function memoFor(keywords: readonly string[], allowCompound: boolean): Map<string, boolean> {
  const caches = allowCompound ? compoundMemo : memo;
  let cache = caches.get(keywords);
  if (!cache) {
    cache = new Map();
    caches.set(keywords, cache);
  }
  return cache;
}

function isDigits(word: string): boolean {
  if (word.length === 0) return false;
  for (let k = 0; k < word.length; k++) {
    const ch = word.charCodeAt(k);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
}

function wordHasKeyword(word: string, keywords: readonly string[], allowCompound: boolean, cache: Map<string, boolean>): boolean {
  // row numbers in labels ("Post 12") are never keywords: no cache entry for each
  if (isDigits(word)) return false;
  let hit = cache.get(word);
  if (hit === undefined) {
    hit = keywords.some((k) => wordMatches(word, k, allowCompound));
    if (cache.size < 50_000) cache.set(word, hit);
  }
  return hit;
}

export function hasKeyword(text: string, keywords: readonly string[], allowCompound = false): boolean {
  if (text === "") return false;
  return wordsHaveKeyword(words(text), keywords, allowCompound);
}

/** hasKeyword for a text already split into words (see words), so one label is normalised once for all lists. */
export function wordsHaveKeyword(ws: readonly string[], keywords: readonly string[], allowCompound = false): boolean {
  if (ws.length === 0) return false;
  const cache = memoFor(keywords, allowCompound);
  for (const w of ws) if (wordHasKeyword(w, keywords, allowCompound, cache)) return true;
  return false;
}

/** The edit distance up to which a misspelled name gets a suggestion: max(2, 30% of its length). */
export function suggestionDistance(name: string): number {
  return Math.max(2, Math.floor(0.3 * name.length));
}

/** A keyword list and whether a compound ("totaalbedrag") counts, as wordsHaveKeyword takes them. */
export interface KeywordList {
  keywords: readonly string[];
  allowCompound?: boolean;
}

/**
 * Several keyword lists asked of one label at once: bit k of keywordHits(key) is
 * wordsHaveKeyword(wordsOfKey(key), lists[k]). Row labels are checked against five lists per row
 * of a long sheet; this walks the words of the normalised key in place (no word array, no string
 * for a row number) and looks each distinct word up once for all lists.
 */
export class KeywordLists {
  /** per word seen: its bits (bounded like the caches above) */
  private readonly bitsOfWord = new Map<string, number>();

  constructor(private readonly lists: readonly KeywordList[]) {}

  keywordHits(key: string): number {
    let hits = 0;
    let start = 0;
    while (start < key.length) {
      let end = key.indexOf(" ", start);
      if (end < 0) end = key.length;
      if (!isDigitRun(key, start, end)) hits |= this.wordBits(key.slice(start, end));
      start = end + 1;
    }
    return hits;
  }

  private wordBits(word: string): number {
    let bits = this.bitsOfWord.get(word);
    if (bits === undefined) {
      bits = 0;
      const single = [word];
      this.lists.forEach((list, k) => {
        if (wordsHaveKeyword(single, list.keywords, list.allowCompound ?? false)) bits! |= 1 << k;
      });
      if (this.bitsOfWord.size < 50_000) this.bitsOfWord.set(word, bits);
    }
    return bits;
  }
}

/** key[start, end) is all digits (and not empty): a row number, never a keyword (see wordHasKeyword). */
function isDigitRun(key: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let k = start; k < end; k++) {
    const ch = key.charCodeAt(k);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
}
