import { computeOccupancy, registryCheck, type StayColumns } from "../../../src/engine/occupancy";
import { dayNumber } from "../../../src/engine/shared/dates";
import { EngineError } from "../../../src/engine/shared/errors";

const period = { from: dayNumber(2022, 1, 1), to: dayNumber(2022, 12, 31) };

const columns: StayColumns = {
  client: ["a", "b", "c", "d", "e", "f", "a", "g", "h", "i", "a"],
  provider: ["P", "P", "P", "P", "P", "P", "P", "P", "P", "P", "Q"],
  municipality: ["Venlo", "Venlo", "Weert", "", "Bemheze", "Venlo", "Venlo", "Venlo", "Bergen", "Boxmeer", "Venlo"],
  start: ["2022-01-01", "2022-03-10", "", "2022-02-01", "2022-02-01", "31-02-2022", "2022-01-15", "morgen", "2022-05-01", "2022-05-01", "2022-01-02"],
  end: ["2022-01-31", "2022-03-01", "2022-02-01", "2022-02-03", null, "", "2022-02-10", "", "", "", "2022-01-03"],
};

describe("data problems, each naming its row", () => {
  const r = computeOccupancy(columns, { ...period, checkMunicipality: registryCheck() });
  const byKind = (kind: string) => r.problems.filter((p) => p.kind === kind);

  test("end before start (row 2) is not counted", () => {
    const [p] = byKind("end-before-start");
    expect(p.rows).toEqual([1]);
    expect(p.severity).toBe("error");
    expect(p.message).toBe("Rij 2: de einddatum (01-03-2022) ligt vóór de begindatum (10-03-2022). Controleer beide datums.");
  });

  test("missing start date (row 3) and unreadable dates (rows 6 and 8)", () => {
    expect(byKind("missing-start").map((p) => p.rows)).toEqual([[2]]);
    expect(byKind("unreadable-start").map((p) => p.message)).toEqual([
      'Rij 6: begindatum "31-02-2022" is geen datum. Gebruik dd-mm-jjjj, jjjj-mm-dd of een Excel-datum.',
      'Rij 8: begindatum "morgen" is geen datum. Gebruik dd-mm-jjjj, jjjj-mm-dd of een Excel-datum.',
    ]);
    expect(r.counts.invalid).toBe(4);
  });

  test("empty municipality (row 4) is counted under (onbekend) and reported", () => {
    const [p] = byKind("empty-municipality");
    expect(p.rows).toEqual([3]);
    expect(p.severity).toBe("warning");
    expect(r.groups.find((g) => g.label === "(onbekend)")!.clientDays[1]).toBe(3);
  });

  test("unknown municipality names with suggestions; Bergen (ambiguous but real) passes", () => {
    const unknown = byKind("unknown-municipality");
    expect(unknown.map((p) => p.rows)).toEqual([[4], [9]]);
    expect(unknown[0].message).toMatch(/^Rij 5: "Bemheze" is geen bekende gemeente in deze periode; bedoelt u .*"Bernheze"/);
    // Boxmeer merged into Land van Cuijk on 1-1-2022
    expect(unknown[1].message).toMatch(/^Rij 10: "Boxmeer"/);
    expect(r.groups.map((g) => g.label)).toEqual(["Bemheze", "Bergen", "Boxmeer", "Venlo", "(onbekend)"]);
  });

  test("Boxmeer is known when the period includes 2021", () => {
    const early = computeOccupancy(columns, { from: dayNumber(2021, 1, 1), to: dayNumber(2022, 12, 31), checkMunicipality: registryCheck() });
    expect(early.problems.filter((p) => p.kind === "unknown-municipality").map((p) => p.rows)).toEqual([[4]]);
  });

  test("overlapping stays of one client at one provider (rows 1 and 7), not across providers (row 11)", () => {
    const overlaps = byKind("overlap");
    expect(overlaps.map((p) => p.rows)).toEqual([[0, 6]]);
    expect(overlaps[0].message).toBe(
      "Rij 1 en rij 7: de verblijven van cliënt \"a\" bij \"P\" overlappen; de overlappende dagen tellen dubbel. Controleer de datums, of tel de overlappende dagen één keer.",
    );
  });

  test("without a provider column every two stays of a client that share a day overlap", () => {
    const { provider: _ignored, ...withoutProvider } = columns;
    const rr = computeOccupancy(withoutProvider, period);
    expect(rr.problems.filter((p) => p.kind === "overlap").map((p) => p.rows)).toEqual([[0, 6], [0, 10]]);
  });

  test("problems are sorted by row; excluded rows are left out and not reported", () => {
    expect(r.problems.map((p) => p.rows[0])).toEqual([...r.problems.map((p) => p.rows[0])].sort((a, b) => a - b));
    const rr = computeOccupancy(columns, { ...period, exclude: new Set([1, 2, 5, 7, 6]) });
    expect(rr.problems.map((p) => p.kind)).toEqual(["empty-municipality"]);
    expect(rr.counts.excluded).toBe(5);
  });

  test("onInvalidRow 'throw' stops at the first unusable row, naming it", () => {
    expect(() => computeOccupancy(columns, { ...period, onInvalidRow: "throw" })).toThrow(
      new EngineError("invalid-input", "Rij 2: de einddatum (01-03-2022) ligt vóór de begindatum (10-03-2022). Controleer beide datums."),
    );
  });

  test("a custom row label names sheet rows", () => {
    const rr = computeOccupancy(columns, { ...period, rowLabel: (i) => `rij ${i + 5} van het blad` });
    expect(rr.problems[0].message).toMatch(/^Rij 5 van het blad en rij 11 van het blad: de verblijven/);
  });

  test("columns of different lengths are refused", () => {
    expect(() => computeOccupancy({ ...columns, end: ["2022-01-01"] }, period)).toThrow(/einddata heeft 1 rij en de kolom gemeenten 11/);
  });

  test("empty municipality: reported for rows that count, also when not grouping by municipality", () => {
    const blanks: StayColumns = {
      municipality: ["", " ", "Venlo", ""],
      provider: ["P", "Q", "P", "P"],
      start: ["2022-02-01", "2022-03-01", "2022-01-01", "2019-01-01"],
      end: ["2022-02-02", "", "2022-01-05", "2019-12-31"],
    };
    expect(computeOccupancy(blanks, period).problems.map((p) => [p.kind, p.rows])).toEqual([["empty-municipality", [0, 1]]]);
    const byProvider = computeOccupancy(blanks, { ...period, groupBy: ["aanbieder"] });
    expect(byProvider.problems.map((p) => [p.kind, p.rows])).toEqual([["empty-municipality", [0, 1]]]);
    expect(byProvider.groups.map((g) => g.label)).toEqual(["P", "Q"]);
  });

  test("the messages say one row or several rows (issue 14 plurals)", () => {
    const blanks: StayColumns = { municipality: ["", " ", "Venlo"], start: ["2022-02-01", "2022-03-01", "2022-01-01"], end: ["", "", ""] };
    expect(computeOccupancy(blanks, period).problems[0].message).toBe(
      'Rij 1 en rij 2: geen gemeente ingevuld; deze verblijven staan onder "(onbekend)". Vul de herkomstgemeente in of sluit de rijen uit.',
    );
    const one: StayColumns = { municipality: ["Venlo", ""], start: ["2022-02-01", "2022-03-01"], end: ["", ""] };
    expect(computeOccupancy(one, period).problems[0].message).toBe(
      'Rij 2: geen gemeente ingevuld; dit verblijf staat onder "(onbekend)". Vul de herkomstgemeente in of sluit de rij uit.',
    );
    const unknown = computeOccupancy({ municipality: ["Bemheze"], start: ["2022-02-01"], end: [""] }, { ...period, checkMunicipality: registryCheck() });
    expect(unknown.problems[0].message).toMatch(/^Rij 1: "Bemheze" is geen bekende gemeente in deze periode; .* Verbeter de naam of sluit de rij uit\.$/);
  });

  test("a long row list is shortened in the message", () => {
    const n = 8;
    const rr = computeOccupancy(
      { municipality: new Array(n).fill(""), start: new Array(n).fill("2022-01-01"), end: new Array(n).fill("") },
      period,
    );
    expect(rr.problems[0].message).toMatch(/^Rij 1, rij 2, rij 3, rij 4, rij 5 en 3 andere: geen gemeente/);
  });
});
