/**
 * Choices the pane offers, as data: weight presets and, per method option, the published
 * tables that made that choice (from PUBLISHED_TABLES, so the two never disagree).
 */
import { PUBLISHED_TABLES, type PublishedTable } from "./published";
import type { Combination, Difference, IndexationMethod } from "./indexation";

export interface WeightPreset {
  id: "ambulant" | "verblijf";
  wageShare: number;
}

/** 90/10 is the VNG advice for ambulant products; regions use 80/20 for residential (verblijf) products. */
export const WEIGHT_PRESETS: readonly WeightPreset[] = [
  { id: "ambulant", wageShare: 0.9 },
  { id: "verblijf", wageShare: 0.8 },
];

export type RoundingMode = "geen" | "resultaat" | "componenten";
export const ROUNDING_MODES: readonly RoundingMode[] = ["geen", "resultaat", "componenten"];

export function roundingModeOf(method: IndexationMethod): RoundingMode {
  if (!method.rounding) return "geen";
  return method.rounding.components ? "componenten" : "resultaat";
}

export function tablesUsingDifference(difference: Difference): PublishedTable[] {
  return PUBLISHED_TABLES.filter((t) => t.method.difference === difference);
}

export function tablesUsingCombination(combination: Combination): PublishedTable[] {
  return PUBLISHED_TABLES.filter((t) => t.method.combination === combination);
}

export function tablesUsingRounding(mode: RoundingMode): PublishedTable[] {
  return PUBLISHED_TABLES.filter((t) => roundingModeOf(t.method) === mode);
}

/** The published tables whose every choice equals `method` (to say "this is the VNG 2024 method"). */
export function matchingTables(method: IndexationMethod): PublishedTable[] {
  return PUBLISHED_TABLES.filter(
    (t) =>
      t.method.wageShare === method.wageShare &&
      t.method.difference === method.difference &&
      t.method.combination === method.combination &&
      roundingModeOf(t.method) === roundingModeOf(method) &&
      (t.method.rounding?.decimals ?? 0) === (method.rounding?.decimals ?? 0),
  );
}
