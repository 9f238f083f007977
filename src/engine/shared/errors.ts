/**
 * The one error type engines throw. Engines know nothing of Excel; `kind` says what sort of
 * problem it is and the custom-function layer maps it to an Excel error value
 * (src/functions/shared/errors.ts). `message` is Dutch and says what, where and what to do.
 */
export type EngineErrorKind =
  /** bad or unreadable input (→ #VALUE!) */
  | "invalid-input"
  /** a figure or entity that does not exist for the asked year/name (→ #N/A) */
  | "not-available"
  /** nothing to divide by, e.g. all weights zero (→ #DIV/0!) */
  | "division-by-zero"
  /** a number outside its allowed range (→ #NUM!) */
  | "out-of-range";

export class EngineError extends Error {
  readonly kind: EngineErrorKind;
  /** where the problem is, when known: "rij 4", "positie 3", "B7" … (already part of `message`) */
  readonly where?: string;
  constructor(kind: EngineErrorKind, message: string, where?: string) {
    super(message);
    this.name = "EngineError";
    this.kind = kind;
    this.where = where;
  }
}

export function isEngineError(error: unknown): error is EngineError {
  return error instanceof EngineError;
}
