import { monthLabel, monthRange } from "../../../src/engine/shared/months";

describe("months as people read them", () => {
  test("a month key in Dutch and in English", () => {
    expect(monthLabel("2022-01")).toBe("januari 2022");
    expect(monthLabel("2024-12", "nl")).toBe("december 2024");
    expect(monthLabel("2024-03", "en")).toBe("March 2024");
  });

  test("anything that is not a month key stays as it is", () => {
    expect(monthLabel("2024-13")).toBe("2024-13");
    expect(monthLabel("Gemiddeld")).toBe("Gemiddeld");
  });

  test("a period: t/m in Dutch, through in English, one month alone", () => {
    expect(monthRange("2022-01", "2024-12")).toBe("januari 2022 t/m december 2024");
    expect(monthRange("2022-01", "2024-12", "en")).toBe("January 2022 through December 2024");
    expect(monthRange("2024-05", "2024-05")).toBe("mei 2024");
  });
});
