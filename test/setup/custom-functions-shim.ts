// Outside Excel the CustomFunctions global does not exist. Tests run the functions as Excel
// would, so provide a faithful stand-in of CustomFunctions.Error / ErrorCode (the ErrorCode
// values are Excel's own error strings). test/functions/errors.test.ts removes it to check
// the plain-Node path.
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError extends Error {
  code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

(globalThis as Record<string, unknown>).CustomFunctions = { Error: CustomFunctionsError, ErrorCode };
