/**
 * A finding's title and message in the pane's language. Dutch is the engine's own text (its
 * rule title and message); another language is worded from the data: the rule id (or the
 * finding's variant), its cell, and its expected and actual figures, through the catalogue.
 */
import type { Translate } from "../../i18n/catalogue";
import type { Language } from "../../i18n/types";
import { findingTitle, type SheetFinding } from "./model";

export interface FindingText {
  title: string;
  message: string;
}

export function findingText(f: SheetFinding, language: Language, t: Translate): FindingText {
  if (language === "nl") return { title: findingTitle(f), message: f.message };
  const key = `controleren.rule.${f.variant ?? f.rule}`;
  const worded = t(key);
  // a rule the catalogue does not know yet keeps its Dutch title rather than showing a key
  const title = worded === key ? findingTitle(f) : worded;
  const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
  const message =
    f.expected !== undefined && f.actual !== undefined
      ? t("controleren.message.figures", { cell: f.cell, title, expected: number.format(f.expected), actual: number.format(f.actual), difference: number.format(f.actual - f.expected) })
      : t("controleren.message.plain", { cell: f.cell, title });
  return { title, message: f.suggestion ? `${message} ${t("controleren.message.suggestion", { suggestion: f.suggestion })}` : message };
}
