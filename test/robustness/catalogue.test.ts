/**
 * Runs the bad-input catalogue (see catalogue.ts): every case must end in a Dutch message that
 * says what and where, with the right Excel error code — or, for input that only looks odd,
 * in the right value. Pane actions must in addition leave the workbook exactly as it was.
 */
import type { BadInputCase, PaneActionCase, Says } from "./catalogue";
import { BEZETTING_CASES } from "./cases/bezetting";
import { CONTROLEREN_CASES } from "./cases/controleren";
import { INDEXEREN_CASES } from "./cases/indexeren";
import { VERDELEN_CASES } from "./cases/verdelen";
import { paneActionCases } from "./cases/paneActions";
import { xlsxOpenCases } from "./cases/xlsxOpen";

const FUNCTION_CASES: BadInputCase[] = [...VERDELEN_CASES, ...INDEXEREN_CASES, ...BEZETTING_CASES, ...CONTROLEREN_CASES];
const PANE_CASES: PaneActionCase[] = [...paneActionCases(), ...xlsxOpenCases()];

function expectSays(message: string, says: Says): void {
  for (const fragment of says) {
    if (typeof fragment === "string") expect(message).toContain(fragment);
    else expect(message).toMatch(fragment);
  }
}

function expectSameValue(actual: unknown, expected: unknown): void {
  if (typeof expected === "number") {
    expect(typeof actual).toBe("number");
    expect(actual as number).toBeCloseTo(expected, 9);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    expect((actual as unknown[]).length).toBe(expected.length);
    expected.forEach((e, i) => expectSameValue((actual as unknown[])[i], e));
  } else {
    expect(actual).toEqual(expected);
  }
}

describe("bad input catalogue", () => {
  test("covers at least 60 cases across the four capabilities and opening .xlsx files", () => {
    const all = [...FUNCTION_CASES, ...PANE_CASES];
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(new Set(all.map((c) => c.capability))).toEqual(new Set(["verdelen", "indexeren", "bezetting", "controleren", "openen"]));
  });

  test.each(FUNCTION_CASES.map((c) => [`${c.capability}: ${c.input}`, c] as const))("%s", (_label, c) => {
    const { outcome } = c;
    if ("error" in outcome) {
      let thrown: unknown;
      try {
        c.call();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeDefined();
      const { code, message } = thrown as { code?: string; message?: string };
      expect(code).toBe(outcome.error);
      expectSays(message ?? "", outcome.says);
    } else if ("value" in outcome) {
      expectSameValue(c.call(), outcome.value);
    } else {
      outcome.check(c.call());
    }
  });

  test.each(PANE_CASES.map((c) => [`${c.capability} (deelvenster): ${c.input}`, c] as const))("%s", async (_label, c) => {
    const before = c.serialize();
    let thrown: unknown;
    try {
      await c.action();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expectSays((thrown as Error).message, c.says);
    expect(c.serialize()).toBe(before);
  });
});
