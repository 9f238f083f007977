/**
 * Reading numbers the way Dutch finance staff type them.
 *
 * Dutch first: "." groups thousands and "," is the decimal mark ("1.234,56", "4.000", "20,35").
 * English text is recognised when it is unambiguous ("1,234.56", "1,234,567", "0.5"). A lone
 * "." followed by exactly three digits per group ("4.000", "12.345.678") is read as Dutch
 * thousands, because that is how amounts are printed in every table of the seeds.
 */

const CURRENCY_AND_SPACES = /[€\s\u00a0\u202f]/g;
const UNICODE_MINUS = /[\u2212\u2013]/g;

/** Returns the number a text stands for, or undefined when it is not a plain number. */
export function parseNumberText(text: string): number | undefined {
  let t = text.replace(CURRENCY_AND_SPACES, "").replace(UNICODE_MINUS, "-");
  if (t === "" || t === "-" ) return undefined;
  let sign = 1;
  if (t.startsWith("(") && t.endsWith(")")) {
    sign = -1;
    t = t.slice(1, -1);
    // "(-5)" says negative twice; reading it as +5 would be a guess
    if (/^[-+]/.test(t)) return undefined;
  }
  if (t.startsWith("-")) {
    sign = -sign;
    t = t.slice(1);
  } else if (t.startsWith("+")) {
    t = t.slice(1);
  }
  // "5.000,-" and "5.000,--" are how Dutch texts write whole euros
  t = t.replace(/,-{1,2}$/, "");
  let percent = false;
  if (t.endsWith("%")) {
    percent = true;
    t = t.slice(0, -1);
  }
  if (!/^[0-9.,]+$/.test(t) || !/[0-9]/.test(t)) return undefined;

  const dots = (t.match(/\./g) ?? []).length;
  const commas = (t.match(/,/g) ?? []).length;
  let normalised: string;
  if (dots > 0 && commas > 0) {
    // both marks: the last one is the decimal mark, the other groups thousands
    const decimalIsComma = t.lastIndexOf(",") > t.lastIndexOf(".");
    const group = decimalIsComma ? "." : ",";
    const decimal = decimalIsComma ? "," : ".";
    const [intPart, fracPart, ...rest] = t.split(decimal);
    if (rest.length > 0 || fracPart === undefined) return undefined;
    if (!isGrouped(intPart, group)) return undefined;
    normalised = intPart.split(group).join("") + "." + fracPart;
  } else if (dots > 0) {
    if (dots > 1 || isGrouped(t, ".")) {
      if (!isGrouped(t, ".")) return undefined;
      normalised = t.split(".").join("");
    } else {
      normalised = t;
    }
  } else if (commas > 0) {
    if (commas > 1) {
      if (!isGrouped(t, ",")) return undefined;
      normalised = t.split(",").join("");
    } else {
      normalised = t.replace(",", ".");
    }
  } else {
    normalised = t;
  }
  if (normalised.startsWith(".") || normalised.endsWith(".")) return undefined;
  const value = Number(normalised);
  if (!Number.isFinite(value)) return undefined;
  return sign * (percent ? value / 100 : value);
}

/** A cell value as a number: a finite number as is, text via parseNumberText, anything else undefined. */
export function readNumberCell(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") return parseNumberText(value);
  return undefined;
}

/** "1.234.567" with group mark "." : groups of exactly three digits after the first 1–3. */
function isGrouped(text: string, group: string): boolean {
  const parts = text.split(group);
  if (parts.length === 1) return /^[0-9]+$/.test(text);
  return /^[0-9]{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^[0-9]{3}$/.test(p));
}

/** Formats a number the Dutch way for messages: 1234567.891 → "1.234.567,89". */
export function formatNumberNl(value: number, decimals = 2): string {
  // a value that rounds to zero is shown as "0,00", never "-0,00"
  if (Math.abs(value) < 0.5 * 10 ** -decimals) value = 0;
  return value.toLocaleString("nl-NL", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** € 1.234.567 (whole euros) or with cents when `decimals` > 0. */
export function formatEuroNl(value: number, decimals = 0): string {
  return "€ " + formatNumberNl(value, decimals);
}

/** 0.0469 → "4,69%". */
export function formatPercentNl(fraction: number, decimals = 2): string {
  return formatNumberNl(fraction * 100, decimals) + "%";
}
