/** period-sequence: month headers must be well formed and follow each other without gaps. */
import { addressOf } from "../grid";
import { formatPeriod, periodFromIndex, periodIndex } from "../periods";
import type { Checker } from "./context";
import { quoteInput } from "../../shared/text";

export const periodChecker: Checker = {
  rules: ["period-sequence"],
  run(ctx, emit) {
    const { grid } = ctx;
    for (const { block } of ctx.blocks) {
      if (block.periodRow === undefined) continue;
      const cols = block.columns.filter((c) => c.period);
      const indices = cols.map((c) => (c.period!.ok ? periodIndex(c.period!.year, c.period!.month) : undefined));
      for (let k = 0; k < cols.length; k++) {
        const p = cols[k].period!;
        const cell = addressOf(grid, block.periodRow, cols[k].index);
        const before = k > 0 ? indices[k - 1] : undefined;
        const after = k + 1 < cols.length ? indices[k + 1] : undefined;
        const expectedIndex = before !== undefined ? before + 1 : after !== undefined ? after - 1 : undefined;
        const expected = expectedIndex !== undefined ? periodFromIndex(expectedIndex) : undefined;
        const expectedText = expected ? formatPeriod(expected.year, expected.month) : undefined;
        if (!p.ok) {
          indices[k] = expectedIndex;
          if (!ctx.full("period-sequence")) emit({
            rule: "period-sequence",
            severity: "warning",
            cell,
            message: `${cell}: de periodekop ${quoteInput(p.text)} is geen geldige maand (jjjj-mm)${expectedText ? `; gezien de buren hoort hier ${expectedText}` : ""}. Verbeter de kop.`,
            suggestion: expectedText,
          });
          continue;
        }
        if (before !== undefined && indices[k] !== before + 1) {
          const got = formatPeriod(p.year, p.month);
          if (!ctx.full("period-sequence")) emit({
            rule: "period-sequence",
            cell,
            // a gap may be deliberate (quarters, a year left out): a note
            severity: "info",
            message: `${cell}: ${got} volgt niet op de vorige kop; verwacht ${expectedText}. Controleer of er een maand ontbreekt, dubbel staat of verkeerd is getypt.`,
            suggestion: expectedText,
          });
        }
      }
    }
  },
};
