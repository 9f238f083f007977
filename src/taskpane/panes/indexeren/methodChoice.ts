/**
 * The method the user picked in the pane, as plain state, and how it becomes an engine
 * IndexationMethod. No rules here beyond reading the user's own input.
 */
import { parseNumberText } from "../../../engine/shared/numbers";
import {
  WEIGHT_PRESETS,
  type Combination,
  type Difference,
  type IndexationMethod,
  type RoundingMode,
} from "../../../engine/indexation";

export type WeightChoice = "ambulant" | "verblijf" | "eigen";

export interface MethodChoice {
  /** contract year t; undefined = the latest year the series allows */
  year?: number;
  weight: WeightChoice;
  /** the user's own wage share as typed ("0,85" or "85%") */
  customShare: string;
  difference: Difference;
  combination: Combination;
  rounding: RoundingMode;
  decimals: number;
}

/** The method VNG used last (corrected 2025 table): absolute difference, add, only the result rounded. */
export const DEFAULT_CHOICE: MethodChoice = {
  weight: "ambulant",
  customShare: "0,85",
  difference: "absoluut",
  combination: "optellen",
  rounding: "resultaat",
  decimals: 2,
};

/** The wage share of a choice, or undefined when the typed share is not a number in 0..1. */
export function wageShareOf(choice: MethodChoice): number | undefined {
  const preset = WEIGHT_PRESETS.find((p) => p.id === choice.weight);
  if (preset) return preset.wageShare;
  const typed = parseNumberText(choice.customShare);
  return typed !== undefined && typed >= 0 && typed <= 1 ? typed : undefined;
}

export function methodOf(choice: MethodChoice): IndexationMethod | undefined {
  const wageShare = wageShareOf(choice);
  if (wageShare === undefined) return undefined;
  return {
    wageShare,
    difference: choice.difference,
    combination: choice.combination,
    rounding: choice.rounding === "geen" ? undefined : { decimals: choice.decimals, components: choice.rounding === "componenten" },
  };
}
