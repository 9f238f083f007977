/** Bad input for SD.BEZETTING (occupancy): dates in every form, shapes, periods, 100,000 rows. */
import { occupancy } from "../../../src/functions/bezetting";
import { column, row, type BadInputCase } from "../catalogue";
import { computeOccupancy, type CapacitySpec } from "../../../src/engine/occupancy/occupancy";
import { parseDateValue } from "../../../src/engine/shared/dates";

const value = (v: unknown) => v as number;
const JAN_2024 = 45292; // Excel serial of 01-01-2024
const oneMonth = (start: unknown, end: unknown) => () => occupancy(column("Venlo"), column(start), column(end), "1-1-2024", "31-1-2024");
const januaryTable = [
  ["Gemeente", "2024-01", "Gemiddeld"],
  ["Venlo", 1, 1],
  ["Totaal", 1, 1],
];
const many = 100_000;

/** January 2024, one stay per group, with the given capacity: [label, capacity] per group. */
const januaryCapacities = (groups: string[], capacity: CapacitySpec) => {
  const day = (text: string) => parseDateValue(text)!;
  const result = computeOccupancy(
    { municipality: groups, start: groups.map(() => "01-01-2024"), end: groups.map(() => "31-01-2024") },
    { from: day("01-01-2024"), to: day("31-01-2024"), capacity },
  );
  return result.groups.map((g) => [g.label, g.capacity ?? "geen"]);
};

export const BEZETTING_CASES: BadInputCase[] = [
  { capability: "bezetting", input: 'group "constructor" has no capacity unless given one', call: () => januaryCapacities(["constructor", "Venlo"], { perGroup: { Venlo: 2 } }), outcome: { value: [["constructor", "geen"], ["Venlo", 2]] } },
  { capability: "bezetting", input: "Oss with a zero-width space is the same group as Oss", call: () => januaryCapacities(["Oss", "Oss\u200b", "\ufeffOss\u00a0"], {}), outcome: { value: [["Oss", "geen"]] } },
  { capability: "bezetting", input: 'group "toString" gets its own capacity', call: () => januaryCapacities(["toString"], { perGroup: { toString: 4 } }), outcome: { value: [["toString", 4]] } },
  { capability: "bezetting", input: 'capacity group "__proto__" is an ordinary label', call: () => januaryCapacities(["Venlo"], { perGroup: new Map([["__proto__", 3]]) }), outcome: { value: [["__proto__", 3], ["Venlo", "geen"]] } },
  { capability: "bezetting", input: "ranges of different lengths", call: () => occupancy(column("Venlo", "Beesel"), column(45000), column(45010, 45020), value(45000), value(45100)), outcome: { error: "#VALUE!", says: ["begindata heeft 1 rij ", "gemeenten 2", "even lang"] } },
  { capability: "bezetting", input: "end before start", call: () => occupancy(column("Venlo", "Beesel"), column(45000, 45010), column(45010, 45000), value(45000), value(45100)), outcome: { error: "#VALUE!", says: ["Rij 2", "einddatum (15-03-2023)", "vóór de begindatum (25-03-2023)"] } },
  { capability: "bezetting", input: "garbage start date", call: () => occupancy(column("Venlo", "Beesel"), column(45000, "gisteren"), column(45010, ""), value(45000), value(45100)), outcome: { error: "#VALUE!", says: ["Rij 2", 'begindatum "gisteren"', "dd-mm-jjjj"] } },
  { capability: "bezetting", input: "impossible date 31-02-2024", call: () => occupancy(column("Venlo", "Beesel"), column(45000, 45001), column(45010, "31-02-2024"), value(45000), value(45100)), outcome: { error: "#VALUE!", says: ["Rij 2", 'einddatum "31-02-2024"', "leeg als het verblijf nog loopt"] } },
  { capability: "bezetting", input: "dates as ISO text", call: oneMonth("2024-01-01", "2024-01-31"), outcome: { value: januaryTable } },
  { capability: "bezetting", input: "dates as Dutch text", call: oneMonth("01-01-2024", "31-01-2024"), outcome: { value: januaryTable } },
  { capability: "bezetting", input: "dates as d/m/jjjj text", call: oneMonth("1/1/2024", "31/1/2024"), outcome: { value: januaryTable } },
  { capability: "bezetting", input: "dates as Excel serials", call: oneMonth(JAN_2024, JAN_2024 + 30), outcome: { value: januaryTable } },
  { capability: "bezetting", input: "period backwards", call: () => occupancy(column("Venlo"), column(45000), column(45010), value(45300), value(45000)), outcome: { error: "#VALUE!", says: ["periode loopt achteruit", "'tot' (15-03-2023)", "'van' (09-01-2024)"] } },
  { capability: "bezetting", input: "period start as a word", call: () => occupancy(column("Venlo"), column(45000), column(45010), value("begin"), value(45000)), outcome: { error: "#VALUE!", says: ["van", '"begin"', "geen datum"] } },
  { capability: "bezetting", input: "empty period start", call: () => occupancy(column("Venlo"), column(45000), column(45010), value(""), value(45000)), outcome: { error: "#VALUE!", says: ["van", "leeg"] } },
  { capability: "bezetting", input: "missing start date", call: () => occupancy(column("Venlo", "Beesel"), column(45000, ""), column(45010, 45020), value(45000), value(45100)), outcome: { error: "#VALUE!", says: ["Rij 2", "begindatum ontbreekt"] } },
  { capability: "bezetting", input: "error value as a date", call: () => occupancy(column("Venlo", "Beesel"), column(45000, "#VALUE!"), column(45010, 45020), value(45000), value(45100)), outcome: { error: "#VALUE!", says: ["Rij 2", '"#VALUE!"'] } },
  { capability: "bezetting", input: "ranges as rows: position named as a column", call: () => occupancy(row("Venlo", "Beesel"), row(45000, 45001), row(45010, "x"), value(45000), value(45100)), outcome: { error: "#VALUE!", says: ["Kolom 2", 'einddatum "x"'] } },
  { capability: "bezetting", input: "two-column municipality range", call: () => occupancy([["Venlo", "Beesel"], ["a", "b"]], column(45000, 45001), column(45010, 45020), value(45000), value(45100)), outcome: { error: "#VALUE!", says: ["gemeenten", "2 rijen bij 2 kolommen"] } },
  { capability: "bezetting", input: "negative serial as date", call: () => occupancy(column("Venlo"), column(-5), column(45010), value(45000), value(45100)), outcome: { error: "#VALUE!", says: ["Rij 1", 'begindatum "-5"'] } },
  {
    capability: "bezetting",
    input: "100,000 rows with one bad row at the end",
    call: () =>
      occupancy(
        Array.from({ length: many }, (_, i) => [`G${i % 40}`]),
        Array.from({ length: many }, (_, i) => [45000 + (i % 300)]),
        Array.from({ length: many }, (_, i) => [i === many - 1 ? 44000 : 45400]),
        value(45000),
        value(45400),
      ),
    outcome: { error: "#VALUE!", says: ["Rij 100000", "einddatum (18-06-2020)", "vóór de begindatum"] },
  },
  {
    capability: "bezetting",
    input: "empty municipality and padded names are grouped, not guessed",
    call: () => occupancy(column(" Venlo ", "", "Venlo"), column("1-1-2024", "1-1-2024", "1-1-2024"), column("31-1-2024", "31-1-2024", "31-1-2024"), value("1-1-2024"), value("31-1-2024")),
    outcome: {
      value: [
        ["Gemeente", "2024-01", "Gemiddeld"],
        ["Venlo", 2, 2],
        ["(onbekend)", 1, 1],
        ["Totaal", 3, 3],
      ],
    },
  },
];
