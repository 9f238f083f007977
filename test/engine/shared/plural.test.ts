import { countNl, pluralNl } from "../../../src/engine/shared/plural";

describe("Dutch plurals in messages", () => {
  test("only exactly 1 is singular", () => {
    expect([0, 1, 2].map((n) => pluralNl(n, "rij", "rijen"))).toEqual(["rijen", "rij", "rijen"]);
    expect(pluralNl(-1, "rij", "rijen")).toBe("rijen");
  });

  test("the count with its noun, thousands with a dot", () => {
    expect(countNl(1, "rij", "rijen")).toBe("1 rij");
    expect(countNl(2, "cel", "cellen")).toBe("2 cellen");
    expect(countNl(0, "probleem", "problemen")).toBe("0 problemen");
    expect(countNl(12000, "verblijf", "verblijven")).toBe("12.000 verblijven");
  });
});
