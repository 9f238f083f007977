/** Month headers: "2022-01", "01-2022", "jan 2022", "januari 2022"; malformed ones ("022-01") kept as such. */
import { MONTHS_NL, MONTHS_SHORT } from "./keywords";
import { normalise } from "./text";

export type Period = { ok: true; year: number; month: number } | { ok: false; text: string };

export function parsePeriod(text: string): Period | undefined {
  const t = text.trim();
  let m = /^(\d{1,5})\s*[-/.]\s*(\d{1,2})$/.exec(t);
  if (m) return make(m[1], Number(m[2]), t);
  m = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(t);
  if (m) return make(m[2], Number(m[1]), t);
  const n = normalise(t);
  m = /^([a-z]+)\s*(\d{2}|\d{4})$/.exec(n);
  if (m) {
    const name = m[1];
    let month = MONTHS_NL.indexOf(name);
    if (month < 0) month = MONTHS_SHORT.indexOf(name);
    if (month < 0) return undefined;
    const year = m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    return { ok: true, year, month: month + 1 };
  }
  return undefined;
}

function make(yearText: string, month: number, text: string): Period {
  if (yearText.length !== 4 || month < 1 || month > 12) return { ok: false, text };
  return { ok: true, year: Number(yearText), month };
}

export function formatPeriod(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

export function periodIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function periodFromIndex(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
