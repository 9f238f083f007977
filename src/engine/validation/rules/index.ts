/** The rule registry: every checker, in the order findings are produced. */
import { cellsChecker, formulaShapeChecker } from "./cells";
import type { Checker } from "./context";
import { labelsChecker } from "./labels";
import { municipalityChecker } from "./municipalities";
import { periodChecker } from "./periods";
import { averageChecker, averageRowChecker, shareChecker, varianceChecker, vatChecker } from "./special-columns";
import { sumRangeChecker } from "./sumRanges";
import { totalsChecker } from "./totals";

export const CHECKERS: Checker[] = [
  cellsChecker,
  periodChecker,
  labelsChecker,
  municipalityChecker,
  totalsChecker,
  shareChecker,
  vatChecker,
  varianceChecker,
  averageChecker,
  averageRowChecker,
  formulaShapeChecker,
  sumRangeChecker,
];

export { RULES } from "./catalogue";
export type { RuleDefinition, Checker, RuleContext } from "./context";
