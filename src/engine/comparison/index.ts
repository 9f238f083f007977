/** Vergelijken: two versions of a table, every change explained in budget terms. */
export { readLayout, cellContent, cellFormula, cellText, type TableInput, type TableLayout, type TableRow, type TableColumn, type CellValue } from "./table";
export { matchLabels, repair, pairKinds, isMunicipalList, isTotalLabel, type LabelPair, type LabelMatch, type MatchHow } from "./match";
export { lineEffects, addEffects, NO_EFFECTS, type Effects, type LineInput } from "./effects";
export {
  matchTables,
  compareTables,
  compareMatched,
  compareCells,
  explainComparison,
  type Comparison,
  type CellComparison,
  type CellStatus,
  type KindChange,
  type AllocationAnalysis,
  type TableMatch,
  type CompareOptions,
} from "./compare";
export { describeComparison, jsonLine, HOW_NL, KIND_NL } from "./report";
