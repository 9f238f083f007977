import { isBlankCell } from "../../../src/engine/shared/cells";

describe("isBlankCell", () => {
  test.each([null, undefined, "", "   ", "\t\u00a0 "])("%p is blank", (value) => {
    expect(isBlankCell(value)).toBe(true);
  });
  test.each([0, false, "0", " x ", "-"])("%p is not blank", (value) => {
    expect(isBlankCell(value)).toBe(false);
  });
});
