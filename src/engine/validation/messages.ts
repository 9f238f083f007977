/** Dutch number texts for findings. */
import { formatNumberNl } from "../shared/numbers";

export function decimalsOfUnit(unit: number): number {
  return Math.max(0, Math.min(6, Math.round(-Math.log10(unit))));
}

/** A figure the way the sheet prints it: 753.477 or 20,35. */
export function nl(value: number, unit = 1): string {
  return formatNumberNl(value, decimalsOfUnit(unit));
}

export function percentNl(fraction: number, decimals = 0): string {
  return formatNumberNl(fraction * 100, decimals) + "%";
}

export function list(items: string[], max = 6): string {
  if (items.length <= max) return items.join(", ");
  return items.slice(0, max).join(", ") + ` … (${items.length} cellen)`;
}
