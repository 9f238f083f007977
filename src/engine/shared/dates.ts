/**
 * Dates as day numbers. Engines work on integer day numbers (days since 1970-01-01, UTC) so
 * that date arithmetic is exact and fast; these helpers convert from what spreadsheets hold.
 *
 * Excel's 1900 date system counts 1900-01-01 as serial 1 and, for Lotus compatibility, has a
 * non-existent 29-02-1900 as serial 60. Serials from 61 on are therefore one day "late":
 * day number = serial − 25569 for serial ≥ 61 (25569 = serial of 1970-01-01).
 */

export const EXCEL_SERIAL_OF_UNIX_EPOCH = 25569;
/** The first serial after the non-existent 29-02-1900 (from here on: day number = serial − 25569). */
export const FIRST_UNSHIFTED_SERIAL = 61;
const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01) of a calendar date; month 1–12. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The calendar date of a day number. */
export function fromDayNumber(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Excel serial (1900 system) → day number; fractional time is dropped. */
export function excelSerialToDayNumber(serial: number): number {
  const whole = Math.floor(serial);
  return whole >= FIRST_UNSHIFTED_SERIAL ? whole - EXCEL_SERIAL_OF_UNIX_EPOCH : whole - EXCEL_SERIAL_OF_UNIX_EPOCH + 1;
}

export function dayNumberToExcelSerial(day: number): number {
  const serial = day + EXCEL_SERIAL_OF_UNIX_EPOCH;
  return serial >= FIRST_UNSHIFTED_SERIAL ? serial : serial - 1;
}

/** Plausible Excel serials for care records: 1-1-1900 … 31-12-9999. */
export const MAX_EXCEL_SERIAL = 2958465;

/**
 * Reads a date as spreadsheets hold it: an Excel serial, ISO text ("2024-03-31", with or
 * without a time), Dutch text ("31-03-2024", "31/3/2024", "31.03.2024"), or a JS Date.
 * Returns undefined when the value is not a readable date (the caller says where).
 */
export function parseDateValue(value: unknown): number | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    // a Date from a date picker or exceljs is meant as a calendar day, not an instant
    return dayNumber(value.getFullYear(), value.getMonth() + 1, value.getDate());
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1 || value > MAX_EXCEL_SERIAL) return undefined;
    // serial 60 is Excel's non-existent 29-02-1900: no real date to map it to
    if (Math.floor(value) === 60) return undefined;
    return excelSerialToDayNumber(value);
  }
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (text === "") return undefined;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return checked(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return checked(+m[3], +m[2], +m[1]);
  if (/^\d+(?:[.,]\d+)?$/.test(text)) {
    // a serial that arrived as text (CSV exports do this)
    return parseDateValue(Number(text.replace(",", ".")));
  }
  return undefined;
}

function checked(year: number, month: number, day: number): number | undefined {
  return isValidDate(year, month, day) ? dayNumber(year, month, day) : undefined;
}

/** dd-mm-jjjj, as Dutch users read dates. */
export function formatDateNl(day: number): string {
  const { year, month, day: d } = fromDayNumber(day);
  return `${String(d).padStart(2, "0")}-${String(month).padStart(2, "0")}-${year}`;
}

/** Today's date as dd-mm-jjjj (for provenance blocks). */
export function todayNl(now: Date = new Date()): string {
  return formatDateNl(dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}
