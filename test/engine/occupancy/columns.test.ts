import { mapColumns, missingRoles, normaliseHeader, staySpan } from "../../../src/engine/occupancy";
import { dayNumber } from "../../../src/engine/shared/dates";

describe("recognising stay columns from headers", () => {
  test("the demo sheet's headers", () => {
    expect(mapColumns(["Cliënt", "Gemeente", "Aanbieder", "Product", "Begindatum", "Einddatum"])).toEqual({
      client: 0,
      municipality: 1,
      provider: 2,
      product: 3,
      start: 4,
      end: 5,
    });
  });

  test("other spellings from provider exports", () => {
    expect(mapColumns(["BSN", "Woonplaats", "Zorgaanbieder", "Productcode", "Ingangsdatum", "Einde zorg"])).toEqual({
      client: 0,
      municipality: 1,
      provider: 2,
      product: 3,
      start: 4,
      end: 5,
    });
    expect(mapColumns(["Herkomstgemeente", "Client ID", "Van", "T/m"])).toEqual({ municipality: 0, client: 1, start: 2, end: 3 });
  });

  test("missing required roles are named; a header serves one role only", () => {
    const mapping = mapColumns(["Gemeente", "Datum"]);
    expect(mapping).toEqual({ municipality: 0 });
    expect(missingRoles(mapping)).toEqual(["start", "end"]);
    expect(normaliseHeader(" Begin-datum (dd-mm-jjjj) ")).toBe("begindatumddmmjjjj");
  });
});

describe("staySpan proposes a period from the dates", () => {
  test("earliest start and latest end; open ends and unreadable dates are skipped", () => {
    expect(staySpan(["2022-03-05", 44927, "kapot", "01-02-2022"], ["", "2023-06-30", "2025-01-01", null])).toEqual({
      first: dayNumber(2022, 2, 1),
      last: dayNumber(2023, 6, 30),
    });
    expect(staySpan(["", "x"], ["", ""])).toBeUndefined();
  });
});
