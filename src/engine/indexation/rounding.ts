/**
 * Rounding half away from zero, as printed tables and contracts round (4,695 → 4,70).
 * The value is first cut to 15 significant digits so binary noise from earlier arithmetic
 * (100 × 1,063 = 106,30000000000001; 1,005 stored as 1,00499999…) does not flip a half.
 */
export function roundHalfAway(value: number, decimals: number): number {
  const clean = Number(value.toPrecision(15));
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(clean) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return clean < 0 ? -rounded : rounded;
}
