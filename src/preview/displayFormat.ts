/**
 * Shows a cell value the way Dutch Excel would with its number format: "#,##0" → 1.234,
 * '"€" #,##0.00' → € 1.234,56, "0.00%" → 4,70%, "dd-mm-yyyy" → 31-03-2024, three-section
 * formats ('#,##0;-#,##0;"-"') pick the negative/zero section. Covers the formats this add-in
 * and ordinary finance sheets use; unknown codes fall back to Excel's General.
 */
import type { CellValue } from "../excel/WorkbookPort";
import { excelSerialToDayNumber, fromDayNumber } from "../engine/shared/dates";

/** Splits a format code into its ;-separated sections, ignoring ; inside quotes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** Excel General: up to 10 significant digits, no grouping, Dutch decimal comma. */
export function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const text = Math.abs(value) >= 1e11 || (Math.abs(value) < 1e-9 && value !== 0) ? value.toExponential(5) : String(Number(value.toPrecision(10)));
  return text.replace(".", ",");
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

const DATE_TOKEN = /(yyyy|yy|dd|d|mmmm|mmm|mm|m|hh|h|ss|s)/gi;
const MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const MONTHS_LONG = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

function formatDate(serial: number, section: string): string {
  const { year, month, day } = fromDayNumber(excelSerialToDayNumber(serial));
  const pad = (n: number) => String(n).padStart(2, "0");
  const bare = section.replace(/\[[^\]]*\]/g, "").replace(/"([^"]*)"/g, "$1").replace(/\\(.)/g, "$1");
  return bare.replace(DATE_TOKEN, (token) => {
    switch (token.toLowerCase()) {
      case "yyyy":
        return String(year);
      case "yy":
        return pad(year % 100);
      case "dd":
        return pad(day);
      case "d":
        return String(day);
      case "mmmm":
        return MONTHS_LONG[month - 1];
      case "mmm":
        return MONTHS[month - 1];
      case "mm":
        return pad(month);
      case "m":
        return String(month);
      default:
        // times: the preview's cells hold whole days
        return "00";
    }
  });
}

function isDateSection(section: string): boolean {
  const bare = section.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[0#?]/.test(bare));
}

function formatNumberSection(value: number, section: string): string {
  let literalsBefore = "";
  let literalsAfter = "";
  let placeholder = "";
  let percent = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    const target = placeholder ? "after" : "before";
    let literal = "";
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      literal = section[i + 1] ?? "";
      i++;
    } else if (ch === "[") {
      // [$€-413] carries a currency symbol; [Red] and other brackets show nothing
      const end = section.indexOf("]", i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      literal = inner.startsWith("$") ? inner.slice(1).split("-")[0] : "";
      i = end < 0 ? section.length : end;
    } else if (ch === "_") {
      literal = " ";
      i++;
    } else if (ch === "*") {
      i++;
    } else if ("0#?,.".includes(ch) && literalsAfter === "") {
      placeholder += ch;
      continue;
    } else {
      if (ch === "%") percent = true;
      literal = ch;
    }
    if (target === "before") literalsBefore += literal;
    else literalsAfter += literal;
  }
  if (!/[0#?]/.test(placeholder)) return literalsBefore + literalsAfter;
  const scaled = percent ? value * 100 : value;
  const [intPart, fracPart = ""] = placeholder.split(".");
  const decimals = (fracPart.match(/[0#?]/g) ?? []).length;
  const grouping = intPart.includes(",") && /[0#?],+[0#?]/.test(intPart);
  const trailingCommas = (intPart.match(/,+$/) ?? [""])[0].length;
  const rounded = Math.abs(scaled) / 1000 ** trailingCommas;
  const fixed = rounded.toFixed(decimals);
  const [digits, fraction] = fixed.split(".");
  const minIntDigits = (intPart.match(/0/g) ?? []).length;
  let whole = digits === "0" && minIntDigits === 0 ? "" : digits;
  whole = whole.padStart(minIntDigits, "0");
  const body = (grouping ? groupThousands(whole) : whole) + (decimals > 0 ? "," + fraction : "");
  return literalsBefore + body + literalsAfter;
}

/** The text Dutch Excel would show for `value` under `numberFormat`. */
export function displayValue(value: CellValue, numberFormat?: string): string {
  if (typeof value === "boolean") return value ? "WAAR" : "ONWAAR";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "#GETAL!";
  const format = numberFormat?.trim() ?? "";
  if (format === "" || /^general$/i.test(format) || format === "@") return formatGeneral(value);
  const parts = sections(format);
  let section = parts[0];
  let shown = value;
  let sign = "";
  if (value < 0) {
    if (parts.length >= 2 && parts[1] !== "") {
      section = parts[1];
      shown = -value;
    } else {
      sign = "-";
      shown = -value;
    }
  } else if (value === 0 && parts.length >= 3) {
    section = parts[2];
  }
  if (isDateSection(section)) return value >= 1 ? formatDate(value, section) : formatGeneral(value);
  if (/^general$/i.test(section.trim())) return sign + formatGeneral(shown);
  const text = formatNumberSection(shown, section);
  // Excel drops the minus when the rounded value is zero ("-0" is never shown)
  return sign && /[1-9]/.test(text) ? sign + text : text;
}

/** Numbers and dates align right, text left, as in Excel. */
export function alignmentOf(value: CellValue): "left" | "right" | "center" {
  if (typeof value === "number") return "right";
  if (typeof value === "boolean") return "center";
  return "left";
}
