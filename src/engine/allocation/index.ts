/** Cost allocation (verdelen): exact largest-remainder splits, allocation tables, region presets. */
export { allocate, shares, AllocationKey, type AllocateOptions, type KeyOptions } from "./allocate";
export { buildAllocationTable, splitVat, DEFAULT_VAT_RATE, DEFAULT_SHARE_DECIMALS, type AllocationTable, type AllocationTableInput, type AllocationRow, type AllocatedLine, type CostLine, type ResplitEffect } from "./table";
export { toUnits, fromUnits, MAX_DECIMALS } from "./exact";
export { REGION_PRESETS, type RegionPreset } from "./presets";
export { readCostLines, readMunicipalityRange } from "./sheetInput";
