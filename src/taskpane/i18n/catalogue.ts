/**
 * The one message catalogue (nl, en): each pane keeps its texts in its own module here, all
 * merged into one table per language. Dutch is the default; a key missing in English falls
 * back to Dutch, a key missing everywhere shows the key itself (and a test catches it).
 */
import { shellMessages } from "./shell";
import { controlerenMessages } from "./controleren";
import { verdelenMessages } from "./verdelen";
import { indexerenMessages } from "./indexeren";
import { bezettingMessages } from "./bezetting";
import type { Language, Messages } from "./types";

const modules = [shellMessages, controlerenMessages, verdelenMessages, indexerenMessages, bezettingMessages];

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
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
