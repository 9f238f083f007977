/**
 * One seed for every property test, so a failure reproduces exactly; the run counts add up to
 * more than 10,000 generated cases (issue 7): allocation 6,500 + occupancy 2,500 + validation 1,000.
 */
export const PROPERTY_SEED = 20261122;
export const RUNS = { allocation: 4_000, shares: 2_500, occupancy: 2_500, validation: 1_000, comparison: 200 } as const;
