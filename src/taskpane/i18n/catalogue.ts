/**
 * The one message catalogue (nl, en): each pane keeps its texts in its own module here, all
 * merged into one table per language. Dutch is the default; a key missing in English falls
 * back to Dutch, a key missing everywhere shows the key itself (and a test catches it).
 *
 * Plurals: `{count|werkblad|werkbladen}` is the singular when the parameter `count` is 1 (or -1)
 * and the plural otherwise, so "{count} {count|werkblad|werkbladen}" reads "1 werkblad",
 * "3 werkbladen". It prints only the word; the number is its own placeholder.
 */
import { shellMessages } from "./shell";
import { controlerenMessages } from "./controleren";
import { verdelenMessages } from "./verdelen";
import { indexerenMessages } from "./indexeren";
import { bezettingMessages } from "./bezetting";
import { vergelijkenMessages } from "./vergelijken";
import type { Language, Messages } from "./types";

const modules = [shellMessages, controlerenMessages, verdelenMessages, indexerenMessages, bezettingMessages, vergelijkenMessages];

export const catalogue: Record<Language, Messages> = {
  nl: Object.assign({}, ...modules.map((m) => m.nl)),
  en: Object.assign({}, ...modules.map((m) => m.en)),
};

export type MessageParams = Record<string, string | number>;

/** The `t` of `useI18n()`, for plain modules that build texts without React. */
export type Translate = (key: string, params?: MessageParams) => string;

/** Looks up `key` and fills {placeholders}. */
export function translate(language: Language, key: string, params?: MessageParams): string {
  const template = catalogue[language][key] ?? catalogue.nl[key] ?? key;
  if (!params) return template;
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      name in params ? (Math.abs(Number(params[name])) === 1 ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
