/**
 * Argument coercion for the SD. custom functions: Excel hands us numbers, strings, booleans,
 * null/undefined for omitted optional arguments and "" (or null) for empty cells; users type
 * Dutch number text ("1.234,56"), WAAR/ONWAAR and dates in several ways. Every function reads
 * its arguments through these helpers so the rules and the Dutch messages are the same
 * everywhere. Each helper takes `argument` (the Excel argument name, e.g. "sleutel") so the
 * message says where the problem is.
 */
import { z } from "../../engine/shared/zod";
import { parseNumberText } from "../../engine/shared/numbers";
import { parseDateValue } from "../../engine/shared/dates";
import { isBlankCell } from "../../engine/shared/cells";
import { EngineError, isEngineError, type EngineErrorKind } from "../../engine/shared/errors";
import { fail, functionError, type ExcelErrorCode } from "./errors";
import { quoteInput, visibleInput } from "../../engine/shared/text";

/** A cell as the runtime delivers it. */
export const cellSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.undefined()]);
export type Cell = z.infer<typeof cellSchema>;

const matrixSchema = z.array(z.array(z.unknown()));

/** An empty cell: the engines' rule (nothing, or only whitespace). */
export const isEmptyCell = isBlankCell;

const ERROR_TEXT = /^#(VALUE!|N\/A|DIV\/0!|NUM!|NULL!|NAME\?|REF!|SPILL!|CALC!|GETTING_DATA)$/;

/** Reads a number: numbers as they are, Dutch or English number text, "€ 5.000", "21%". */
export function toNumber(value: unknown, argument: string, where = ""): number {
  const place = where ? `${argument} (${where})` : argument;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    return fail("#NUM!", `${place}: ${value} is geen eindig getal.`);
  }
  if (typeof value === "string") {
    if (ERROR_TEXT.test(value.trim())) {
      return fail("#VALUE!", `${place} bevat de foutwaarde ${visibleInput(value.trim())}; herstel eerst die cel.`);
    }
    const parsed = parseNumberText(value);
    if (parsed !== undefined) return parsed;
    if (value.trim() === "") return fail("#VALUE!", `${place} is leeg; vul een getal in.`);
    return fail("#VALUE!", `${place}: ${quoteInput(value)} is geen getal. Typ een getal, bijvoorbeeld 1.234,56.`);
  }
  if (typeof value === "boolean") {
    return fail("#VALUE!", `${place}: ${value ? "WAAR" : "ONWAAR"} is geen getal.`);
  }
  if (value === null || value === undefined) return fail("#VALUE!", `${place} ontbreekt; vul een getal in.`);
  return fail("#VALUE!", `${place}: dit is geen getal.`);
}

/** An optional number: omitted or empty gives `fallback`. */
export function toOptionalNumber(value: unknown, argument: string, fallback: number): number;
export function toOptionalNumber(value: unknown, argument: string, fallback?: undefined): number | undefined;
export function toOptionalNumber(value: unknown, argument: string, fallback?: number): number | undefined {
  if (isEmptyCell(value)) return fallback;
  return toNumber(value, argument);
}

/** A whole number within [min, max] (years, decimals). */
export function toInteger(value: unknown, argument: string, min: number, max: number): number {
  const n = toNumber(value, argument);
  if (!Number.isInteger(n)) fail("#NUM!", `${argument}: ${n} is geen geheel getal.`);
  if (n < min || n > max) fail("#NUM!", `${argument}: ${n} ligt buiten het toegestane bereik ${min} tot en met ${max}.`);
  return n;
}

export function toOptionalInteger(value: unknown, argument: string, min: number, max: number, fallback: number): number;
export function toOptionalInteger(value: unknown, argument: string, min: number, max: number, fallback?: undefined): number | undefined;
export function toOptionalInteger(value: unknown, argument: string, min: number, max: number, fallback?: number): number | undefined {
  if (isEmptyCell(value)) return fallback;
  return toInteger(value, argument, min, max);
}

const TRUE_WORDS = new Set(["waar", "true", "ja", "j", "yes", "y", "x", "1", "✓", "v"]);
const FALSE_WORDS = new Set(["onwaar", "false", "nee", "n", "no", "0", ""]);

/** WAAR/ONWAAR/TRUE/FALSE/ja/nee/x/1/0; an empty cell is `emptyAs` (default false). */
export function toBoolean(value: unknown, argument: string, where = "", emptyAs = false): boolean {
  if (value === null || value === undefined) return emptyAs;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (value === 1) return true;
    if (value === 0) return false;
  }
  if (typeof value === "string") {
    const word = value.trim().toLowerCase();
    if (word === "") return emptyAs;
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  const place = where ? `${argument} (${where})` : argument;
  return fail("#VALUE!", `${place}: ${quoteInput(value)} is geen ja/nee-waarde. Gebruik WAAR/ONWAAR, ja/nee, x of 1/0.`);
}

/** Text, trimmed; numbers become their text (CBS codes typed as numbers). */
export function toText(value: unknown, argument: string): string {
  if (typeof value === "string") {
    const t = value.trim();
    if (t !== "") return t;
  } else if (typeof value === "number" && Number.isFinite(value)) {
    return String(value);
  }
  if (typeof value === "boolean") return fail("#VALUE!", `${argument}: ${value ? "WAAR" : "ONWAAR"} is geen tekst; vul een tekst in.`);
  return fail("#VALUE!", `${argument} is leeg; vul een tekst in.`);
}

/** A method word out of a fixed list, case-insensitive; empty gives `fallback`. */
export function toChoice<T extends string>(value: unknown, argument: string, allowed: readonly T[], fallback: T): T {
  if (isEmptyCell(value)) return fallback;
  const word = String(value).trim().toLowerCase();
  const match = allowed.find((a) => a.toLowerCase() === word);
  if (match) return match;
  return fail("#VALUE!", `${argument}: ${quoteInput(value)} is onbekend. Toegestaan: ${allowed.map((a) => `"${a}"`).join(", ")}.`);
}

/** A date as a day number (see engine/shared/dates); `where` names the cell or row. */
export function toDayNumber(value: unknown, argument: string, where = ""): number {
  const place = where ? `${argument} (${where})` : argument;
  if (isEmptyCell(value)) return fail("#VALUE!", `${place} is leeg; vul een datum in (dd-mm-jjjj).`);
  const day = parseDateValue(value);
  if (day === undefined) {
    return fail("#VALUE!", `${place}: ${quoteInput(value)} is geen datum. Gebruik dd-mm-jjjj, jjjj-mm-dd of een Excel-datum.`);
  }
  return day;
}

/** A range argument as a matrix; a single value becomes a 1×1 matrix. */
export function toMatrix(value: unknown, argument: string): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  const parsed = matrixSchema.safeParse(value);
  if (!parsed.success) return fail("#VALUE!", `${argument} is geen bereik van cellen.`);
  const width = parsed.data[0]?.length ?? 0;
  if (parsed.data.length === 0 || width === 0) return fail("#VALUE!", `${argument} is leeg.`);
  return parsed.data;
}

/** The shape of a one-row or one-column range, so results can be returned in the same shape. */
export interface VectorShape {
  orientation: "column" | "row";
  length: number;
}

/** A one-column or one-row range as a flat list (a single cell counts as a column). */
export function toVector(value: unknown, argument: string): { values: unknown[]; shape: VectorShape } {
  const m = toMatrix(value, argument);
  if (m[0].length === 1) return { values: m.map((row) => row[0]), shape: { orientation: "column", length: m.length } };
  if (m.length === 1) return { values: m[0].slice(), shape: { orientation: "row", length: m[0].length } };
  return fail("#VALUE!", `${argument} moet één kolom of één rij zijn, maar is ${m.length} rijen bij ${m[0].length} kolommen.`);
}

/** Puts a flat result back in the shape of the argument it came from. */
export function toShape<T>(values: T[], shape: VectorShape): T[][] {
  return shape.orientation === "column" ? values.map((v) => [v]) : [values];
}

/** 1-based position label in a vector: "rij 3" for a column, "kolom 3" for a row. */
export function positionLabel(shape: VectorShape, index: number): string {
  return shape.orientation === "column" ? `rij ${index + 1}` : `kolom ${index + 1}`;
}

const KIND_TO_CODE: Record<EngineErrorKind, ExcelErrorCode> = {
  "invalid-input": "#VALUE!",
  "not-available": "#N/A",
  "division-by-zero": "#DIV/0!",
  "out-of-range": "#NUM!",
};

/**
 * Runs the engine call of a custom function: an EngineError becomes the matching Excel error
 * with its Dutch message; errors already raised by the coercion pass through; anything else
 * becomes #VALUE! with its message (never a silent bare error).
 */
export function runEngine<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (isEngineError(error)) throw functionError(KIND_TO_CODE[error.kind], error.message);
    if (error && typeof error === "object" && "code" in error) throw error;
    throw functionError("#VALUE!", error instanceof Error ? error.message : String(error));
  }
}

export { EngineError };
