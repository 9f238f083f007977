import fc from "fast-check";
import { editDistance } from "../../../src/engine/shared/text";

describe("editDistance", () => {
  test.each([
    ["bemheze", "bernheze", 2],
    ["kitten", "sitting", 3],
    ["", "venlo", 5],
    ["venlo", "", 5],
    ["venlo", "venlo", 0],
  ])("%s → %s is %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  test("stops at limit + 1 once the distance exceeds the limit", () => {
    expect(editDistance("kitten", "sitting", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 1)).toBe(2);
    expect(editDistance("bemheze", "bernheze", 2)).toBe(2);
  });

  test("bounded result equals min(exact, limit + 1)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat(6), (a, b, limit) => {
        expect(editDistance(a, b, limit)).toBe(Math.min(editDistance(a, b), limit + 1));
      }),
    );
  });
});
