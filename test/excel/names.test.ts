import { uniqueSheetName, uniqueTableName } from "../../src/excel/names";

describe("new sheet names", () => {
  test("a free name is kept; a taken one gets (2), (3) … compared without case", () => {
    expect(uniqueSheetName("Verdeling", ["Blad1"])).toBe("Verdeling");
    expect(uniqueSheetName("Verdeling", ["verdeling"])).toBe("Verdeling (2)");
    expect(uniqueSheetName("Verdeling", ["Verdeling", "Verdeling (2)"])).toBe("Verdeling (3)");
  });

  test("characters Excel refuses are replaced and long names cut to 31 characters, suffix included", () => {
    expect(uniqueSheetName("Kosten 2024/2025: [regio]?", [])).toBe("Kosten 2024 2025 regio");
    const long = "Totaaloverzicht kosten per gemeente 2024";
    expect(uniqueSheetName(long, [])).toBe("Totaaloverzicht kosten per geme");
    const second = uniqueSheetName(long, ["Totaaloverzicht kosten per geme"]);
    expect(second).toBe("Totaaloverzicht kosten per (2)");
    expect(second.length).toBeLessThanOrEqual(31);
    expect(uniqueSheetName("''", [])).toBe("Resultaat");
    expect(uniqueSheetName("History", [])).toBe("History 1");
  });
});

describe("new table names", () => {
  test("only letters, digits, _ and . ; never a cell reference; unique without case", () => {
    expect(uniqueTableName("Kosten per gemeente 2024", [])).toBe("Kosten_per_gemeente_2024");
    expect(uniqueTableName("Beleids-coördinatie", [])).toBe("Beleids_coordinatie");
    expect(uniqueTableName("2024 tarieven", [])).toBe("T_2024_tarieven");
    expect(uniqueTableName("AB12", [])).toBe("T_AB12");
    expect(uniqueTableName("R1C1", [])).toBe("T_R1C1");
    expect(uniqueTableName("Verdeling", ["verdeling", "Verdeling_2"])).toBe("Verdeling_3");
  });
});
