/**
 * One way to fail for every SD. function.
 *
 * Inside Excel the custom-functions runtime only shows an error with a message when the
 * function throws `CustomFunctions.Error`; anything else becomes a bare #VALUE!. Under Node
 * (tests, benchmarks) that global does not exist, so we throw an `SdFunctionError` that carries
 * the same `code` and `message`: callers and tests see one shape either way.
 */
import { customFunctionsErrorRuntime } from "../../excel/customFunctionsRuntime";

/** Excel's error values, as the runtime's ErrorCode enum spells them. */
export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" | "#NULL!" | "#NAME?" | "#REF!";

const ERROR_CODE_KEYS: Record<ExcelErrorCode, string> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
  "#NAME?": "invalidName",
  "#REF!": "invalidReference",
};

export class SdFunctionError extends Error {
  readonly code: ExcelErrorCode;
  constructor(code: ExcelErrorCode, message: string) {
    super(message);
    this.name = "SdFunctionError";
    this.code = code;
  }
}

/** Builds the error to throw: `CustomFunctions.Error` inside Excel, `SdFunctionError` elsewhere. */
export function functionError(code: ExcelErrorCode, message: string): Error & { code: string } {
  const runtime = customFunctionsErrorRuntime();
  if (runtime) {
    const excelCode = runtime.ErrorCode[ERROR_CODE_KEYS[code]] ?? code;
    return new runtime.Error(excelCode, message) as Error & { code: string };
  }
  return new SdFunctionError(code, message);
}

/** Throws the error for `code` with a Dutch `message` (what is wrong, where, what to do). */
export function fail(code: ExcelErrorCode, message: string): never {
  throw functionError(code, message);
}
