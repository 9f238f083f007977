/**
 * Property of the checker (issue 6): on budget sheets that are consistent by construction —
 * random sizes, month columns, subtotal groups, whole euros or cents, every total a SUM
 * formula over exactly its parts — validateSheet reports no error and no warning.
 */
import fc from "fast-check";
import { validateSheet } from "../../src/engine/validation";
import { budgetSheet } from "../../scripts/bench/src/budgetSheet";
import { seededRandom } from "../../scripts/bench/src/measure";
import { PROPERTY_SEED, RUNS } from "./settings";

describe("validation properties", () => {
  test("a consistent generated sheet gives no errors or warnings", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 2, max: 12 }),
        fc.oneof(fc.constant(0), fc.integer({ min: 2, max: 8 })),
        fc.constantFrom(0, 2),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (dataRows, periods, groupSize, decimals, seed) => {
          const sheet = budgetSheet(dataRows, periods, groupSize, { decimals, random: seededRandom(seed) });
          const findings = validateSheet(sheet).filter((f) => f.severity !== "info");
          if (findings.length > 0) {
            throw new Error(`${findings.length} bevindingen, eerste: ${findings[0].rule} in ${findings[0].cell}: ${findings[0].message}`);
          }
        },
      ),
      { seed: PROPERTY_SEED, numRuns: RUNS.validation },
    );
  });
});
