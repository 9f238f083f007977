import { valueTicks } from "../../src/preview/sheet/ChartPreview";

describe("chart value axis", () => {
  test.each([
    [0, 39.6, [0, 10, 20, 30, 40]],
    [0, 12, [0, 5, 10, 15]],
    [0, 1.3, [0, 0.5, 1, 1.5]],
    [-3, 7, [-5, 0, 5, 10]],
    [0, 0, [0, 1]],
  ])("from %p to %p: %p", (min, max, expected) => {
    expect(valueTicks(min, max)).toEqual(expected);
  });
});
