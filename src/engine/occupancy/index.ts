/**
 * Occupancy (plekbezetting) engine: average places occupied per month from stay records.
 *
 * Entry point for callers (custom function, pane, benchmarks):
 *
 *   computeOccupancy(
 *     { municipality, start, end, client?, provider?, product? },   // column arrays, one entry per stay
 *     { from, to, groupBy?, capacity?, onInvalidRow?, exclude?, checkMunicipality?, rowLabel? },
 *   ) → OccupancyResult
 *
 * Columns hold cell values as Excel delivers them: dates as Excel serials (1900 system), ISO or
 * Dutch text, or JS Dates; an empty end date means still in care. `from`/`to` are day numbers
 * (days since 1970-01-01, see ../shared/dates): any day in the first and last month.
 * Linear in rows + groups × months; no per-row objects in the hot path.
 *
 * Glossary: plekbezetting = places occupied; herkomstgemeente = municipality of origin (who
 * pays); cliëntdagen = client-days; capaciteit = contracted places.
 */
export * from "./occupancy";
export * from "./period";
export * from "./problems";
export * from "./table";
export * from "./columns";
export * from "./registryCheck";
