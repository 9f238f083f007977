/**
 * Entry of the custom functions (namespace SD, set in manifest.xml). Each capability declares
 * its functions in its own file (listed in scripts/function-sources.js for the metadata
 * plugin); this module re-exports them so they can be imported from one place in tests.
 */
import "./shared/runtime-guard";

export * from "./verdelen";
export * from "./indexeren";
export * from "./bezetting";
