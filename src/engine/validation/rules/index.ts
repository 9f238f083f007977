/** The rule registry: every checker, in the order findings are produced. */
import { cellsChecker, formulaShapeChecker } from "./cells";
import type { Checker } from "./context";
import { labelsChecker } from "./labels";
import { municipalityChecker } from "./municipalities";
import { periodChecker } from "./periods";
import { averageChecker, shareChecker, varianceChecker, vatChecker } from "./special-columns";
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
  formulaShapeChecker,
];

export { RULES } from "./catalogue";
export type { RuleDefinition, Checker, RuleContext } from "./context";
