/**
 * The custom-functions runtime's error type, for src/functions/shared/errors.ts: inside Excel
 * only a thrown `CustomFunctions.Error` shows its message in the cell. Outside Excel (Node,
 * plain browser) there is no runtime and this answers undefined.
 */

/** The part of the `CustomFunctions` global the functions use. */
export interface CustomFunctionsErrorRuntime {
  Error: new (code: unknown, message?: string) => Error;
  ErrorCode: Record<string, unknown>;
}

/** The runtime's Error and ErrorCode when Excel's custom-functions runtime is present. */
export function customFunctionsErrorRuntime(): CustomFunctionsErrorRuntime | undefined {
  const cf = (globalThis as unknown as { CustomFunctions?: Partial<CustomFunctionsErrorRuntime> }).CustomFunctions;
  return cf && typeof cf.Error === "function" && cf.ErrorCode ? (cf as CustomFunctionsErrorRuntime) : undefined;
}
