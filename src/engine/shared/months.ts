/**
 * Months as people read them: "2022-01" (the key the engines and SD.BEZETTING's column headers
 * use) → "januari 2022", and a period → "januari 2022 t/m december 2024". The one month
 * formatter of the add-in: panes, sheet titles and provenance blocks use it. Fixed name lists,
 * not Intl, so the text does not depend on the browser's or Node's locale data.
 */

export type MonthLanguage = "nl" | "en";

export const MONTH_NAMES: Record<MonthLanguage, readonly string[]> = {
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

const MONTH_KEY = /^(\d{4})-(\d{2})$/;

/** "2022-01" → "januari 2022" (nl) or "January 2022" (en); anything that is not a month key is returned as it is. */
export function monthLabel(key: string, language: MonthLanguage = "nl"): string {
  const m = MONTH_KEY.exec(key);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) return key;
  return `${MONTH_NAMES[language][month - 1]} ${m[1]}`;
}

/** "januari 2022 t/m december 2024" (nl) or "January 2022 through December 2024" (en); one month alone when both are the same. */
export function monthRange(fromKey: string, toKey: string, language: MonthLanguage = "nl"): string {
  if (fromKey === toKey) return monthLabel(fromKey, language);
  return `${monthLabel(fromKey, language)} ${language === "nl" ? "t/m" : "through"} ${monthLabel(toKey, language)}`;
}
