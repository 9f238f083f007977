import fc from "fast-check";
import {
  EXCEL_SERIAL_OF_UNIX_EPOCH,
  dayNumber,
  dayNumberToExcelSerial,
  daysInMonth,
  excelSerialToDayNumber,
  formatDateNl,
  fromDayNumber,
  isValidDate,
  parseDateValue,
  todayNl,
} from "../../../src/engine/shared/dates";

describe("Excel serials (1900 date system)", () => {
  test("known serials: 1-1-1900, 1-1-1970, 1-1-2024 and the last day Excel knows", () => {
    expect(formatDateNl(parseDateValue(1)!)).toBe("01-01-1900");
    expect(parseDateValue(EXCEL_SERIAL_OF_UNIX_EPOCH)).toBe(0);
    expect(parseDateValue(45292)).toBe(dayNumber(2024, 1, 1));
    expect(formatDateNl(parseDateValue(45382)!)).toBe("31-03-2024");
    expect(formatDateNl(parseDateValue(2958465)!)).toBe("31-12-9999");
  });

  test("the 1900 leap-year bug: 59 is 28-02-1900, 60 (29-02-1900) does not exist, 61 is 01-03-1900", () => {
    expect(formatDateNl(parseDateValue(59)!)).toBe("28-02-1900");
    expect(parseDateValue(60)).toBeUndefined();
    expect(formatDateNl(parseDateValue(61)!)).toBe("01-03-1900");
    expect(dayNumberToExcelSerial(dayNumber(1900, 2, 28))).toBe(59);
    expect(dayNumberToExcelSerial(dayNumber(1900, 3, 1))).toBe(61);
  });

  test("a time of day is dropped; serials outside Excel's range are not dates", () => {
    expect(parseDateValue(45382.99)).toBe(dayNumber(2024, 3, 31));
    for (const bad of [0, -1, 0.5, 2958466, Number.NaN, Number.POSITIVE_INFINITY]) expect(parseDateValue(bad)).toBeUndefined();
  });

  test("serial ↔ day number round-trips for every real date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }).filter((s) => s !== 60), (serial) => {
        expect(dayNumberToExcelSerial(excelSerialToDayNumber(serial))).toBe(serial);
      }),
    );
  });
});

describe("date text", () => {
  test.each([
    ["2024-03-31", [2024, 3, 31]],
    ["2024-3-1", [2024, 3, 1]],
    ["2024-03-31T23:30:00Z", [2024, 3, 31]],
    ["2024-03-31 08:00", [2024, 3, 31]],
    ["31-03-2024", [2024, 3, 31]],
    ["31/3/2024", [2024, 3, 31]],
    ["31.03.2024", [2024, 3, 31]],
    [" 1-1-2025 ", [2025, 1, 1]],
    ["29-02-2024", [2024, 2, 29]],
    ["45382", [2024, 3, 31]],
    ["45382,5", [2024, 3, 31]],
  ] as const)("%s", (text, [y, m, d]) => {
    expect(parseDateValue(text)).toBe(dayNumber(y, m, d));
  });

  test.each(["", "  ", "morgen", "31-02-2024", "29-02-2023", "00-01-2024", "32-01-2024", "31-13-2024", "2024/03/31", "31-3-24", "1-1-1899", "2024-03-31X"])(
    "%j is not a date",
    (text) => {
      expect(parseDateValue(text)).toBeUndefined();
    },
  );

  test("a JS Date counts as the calendar day it shows; other types are not dates", () => {
    expect(parseDateValue(new Date(2024, 2, 31, 23, 59))).toBe(dayNumber(2024, 3, 31));
    expect(parseDateValue(new Date("geen datum"))).toBeUndefined();
    for (const bad of [true, null, undefined, {}, [45382]]) expect(parseDateValue(bad)).toBeUndefined();
  });
});

describe("calendar helpers", () => {
  test("days in month, leap years included", () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2024, 12)]).toEqual([29, 28, 28, 29, 31]);
    expect([isValidDate(2024, 2, 29), isValidDate(2023, 2, 29), isValidDate(2024, 0, 1), isValidDate(2024, 1, 1.5)]).toEqual([true, false, false, false]);
  });

  test("day numbers and dd-mm-jjjj", () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(fromDayNumber(dayNumber(2024, 12, 31))).toEqual({ year: 2024, month: 12, day: 31 });
    expect(formatDateNl(dayNumber(2022, 1, 1))).toBe("01-01-2022");
    expect(todayNl(new Date(2026, 10, 22, 0, 30))).toBe("22-11-2026");
  });
});
