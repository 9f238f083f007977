import { indexSeries } from "../../../src/engine/indexation/embedded";
import type { IndexationMethod } from "../../../src/engine/indexation/indexation";
import {
  TariffListError,
  guessBasisKind,
  indexTariffList,
  recognizeColumns,
  yearInHeader,
} from "../../../src/engine/indexation/tariffList";

const vng2024: IndexationMethod = { wageShare: 0.9, difference: "relatief", combination: "optellen", rounding: { decimals: 2, components: true } };
const vng2025: IndexationMethod = { wageShare: 0.9, difference: "absoluut", combination: "optellen", rounding: { decimals: 2, components: false } };

describe("header recognition", () => {
  it("finds code, description and tariff in the demo list and reads the year", () => {
    const headers = ["Productcode", "Omschrijving", "Eenheid", "Tarief 2024"];
    expect(recognizeColumns(headers)).toEqual({ code: 0, description: 1, tariff: 3 });
    expect(yearInHeader(headers[3])).toBe(2024);
    expect(yearInHeader("Tarief")).toBeUndefined();
  });

  it("finds a volume or amount column for the settlement", () => {
    expect(recognizeColumns(["Code", "Product", "Prijs", "Aantal 2024"])).toEqual({ code: 0, description: 1, tariff: 2, basis: 3 });
    expect(guessBasisKind("Aantal 2024")).toBe("volume");
    expect(guessBasisKind("Gedeclareerd bedrag")).toBe("bedrag");
  });
});

describe("indexing a tariff list", () => {
  const rows = [
    ["45A10", "Begeleiding individueel", "uur", 68.5],
    ["", "", "", ""],
    ["45A11", "Begeleiding groep", "dagdeel", "41,25"],
  ];

  it("indexes each tariff with the rounding to cents (2024 → 2025, corrected VNG 2025 method: 4,957%)", () => {
    const result = indexTariffList(indexSeries(), {
      rows,
      mapping: { code: 0, description: 1, tariff: 3 },
      origin: { row: 1, col: 0 },
      fromYear: 2024,
      toYear: 2025,
      method: vng2025,
      decimals: 2,
    });
    expect(result.rows.map((r) => r.code)).toEqual(["45A10", "45A11"]);
    // 68,50 × 1,0496 = 71,8976 → 71,90; 41,25 × 1,0496 = 43,296 → 43,30
    expect(result.rows.map((r) => r.newTariff)).toEqual([71.9, 43.3]);
    expect(result.rows[0].indexation).toBeCloseTo(0.0496, 12);
    expect(result.path.map((d) => d.year)).toEqual([2025]);
  });

  it("adds a settlement per row from a volume column (2024: factor 1,0571/1,04697 − 1)", () => {
    const result = indexTariffList(indexSeries(), {
      rows: [["45A10", "Begeleiding", 1000, 68.5]],
      mapping: { code: 0, description: 1, basis: 2, tariff: 3 },
      origin: { row: 1, col: 0 },
      fromYear: 2024,
      toYear: 2025,
      method: vng2025,
      decimals: 2,
      basisKind: "volume",
    });
    expect(result.rows[0].basisAmount).toBe(68500);
    // 68.500 × 0,0096755… = 662,77
    expect(result.rows[0].settlement).toBe(662.77);
    expect(result.settlement?.year).toBe(2024);
  });

  it("reports every bad cell with its address and computes nothing", () => {
    const call = () =>
      indexTariffList(indexSeries(), {
        rows: [["A", "x", "", "veel"], ["B", "y", "", ""], ["C", "z", "", 10]],
        mapping: { code: 0, description: 1, tariff: 3 },
        origin: { row: 4, col: 1 },
        fromYear: 2023,
        toYear: 2024,
        method: vng2024,
        decimals: 2,
      });
    expect(call).toThrow(TariffListError);
    try {
      call();
    } catch (e) {
      expect((e as TariffListError).problems.map((p) => p.address)).toEqual(["E5", "E6"]);
      expect((e as Error).message).toMatch(/E5: "veel" is geen bedrag/);
      expect((e as Error).message).toMatch(/^De tarievenlijst heeft 2 problemen, er is niets geschreven\. E5: /);
    }
  });

  it("says 1 probleem for one bad cell (issue 14 plurals)", () => {
    const call = () =>
      indexTariffList(indexSeries(), {
        rows: [["A", "x", "", "veel"], ["C", "z", "", 10]],
        mapping: { code: 0, description: 1, tariff: 3 },
        origin: { row: 4, col: 1 },
        fromYear: 2023,
        toYear: 2024,
        method: vng2024,
        decimals: 2,
      });
    expect(call).toThrow(/^De tarievenlijst heeft 1 probleem, er is niets geschreven\. E5: "veel" is geen bedrag/);
  });

  it("needs a tariff column and at least one row", () => {
    const base = { origin: { row: 1, col: 0 }, fromYear: 2023, toYear: 2024, method: vng2024, decimals: 2 };
    expect(() => indexTariffList(indexSeries(), { ...base, rows, mapping: { code: 0 } })).toThrow(/tarief/);
    expect(() => indexTariffList(indexSeries(), { ...base, rows: [["", ""]], mapping: { tariff: 1 } })).toThrow(/geen tarieven/);
  });
});
