/**
 * Dutch plurals in engine and function messages: only exactly 1 takes the singular ("1 rij",
 * "0 rijen", "2 rijen"). The pane's message catalogue says the same with
 * `{count|enkelvoud|meervoud}` (src/taskpane/i18n).
 */

/** The singular for exactly 1, else the plural: pluralNl(1, "verblijf", "verblijven") = "verblijf". */
export function pluralNl(count: number, singular: string, plural: string): string {
  return count === 1 ? singular : plural;
}

/** The count with its noun, thousands with a dot: countNl(1, "rij", "rijen") = "1 rij", countNl(12000, …) = "12.000 rijen". */
export function countNl(count: number, singular: string, plural: string): string {
  const shown = Number.isInteger(count) ? count.toLocaleString("nl-NL", { useGrouping: true }) : String(count);
  return `${shown} ${pluralNl(count, singular, plural)}`;
}
