/** Indexeren capability: OVA/PPC series, provider indexation, chained tariffs, nacalculatie. */
export * from "./series";
export * from "./indexation";
export * from "./embedded";
export * from "./published";
export * from "./tariffList";
export { roundHalfAway } from "./rounding";
export * from "./presets";
