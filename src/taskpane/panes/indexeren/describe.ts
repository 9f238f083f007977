/** Texts built from engine data for display: figure sources and method summaries. */
import { formatPercentNl } from "../../../engine/shared/numbers";
import { matchingTables, roundingModeOf, type IndexFigure, type IndexationMethod } from "../../../engine/indexation";
import type { Translate } from "../../i18n/catalogue";

/** "VNG: https://… — note" for a tooltip; workbook overrides say so first. */
export function figureSource(figure: IndexFigure, t: Translate): string {
  if (figure.sourceKind === "werkmap") return t("indexeren.source.override", { note: figure.note });
  return t("indexeren.source.embedded", { kind: figure.sourceKind, stage: figure.stage, url: figure.sourceUrl, note: figure.note });
}

export function weightsText(wageShare: number): string {
  return `${formatPercentNl(wageShare, 0)} OVA / ${formatPercentNl(1 - wageShare, 0)} PPC`;
}

/** One line naming every choice, always shown next to a result. */
export function methodSummary(method: IndexationMethod, t: Translate): string {
  const mode = roundingModeOf(method);
  const rounding =
    mode === "geen" ? t("indexeren.rounding.geen.short") : t(`indexeren.rounding.${mode}.short`, { decimals: method.rounding?.decimals ?? 0 });
  const base = t("indexeren.method.summary", {
    weights: weightsText(method.wageShare),
    difference: t(`indexeren.difference.${method.difference}.short`),
    combination: t(`indexeren.combination.${method.combination}.short`),
    rounding,
  });
  const same = matchingTables(method);
  return same.length > 0 ? `${base} ${t("indexeren.method.matches", { tables: same.map((s) => s.name).join(", ") })}` : base;
}
