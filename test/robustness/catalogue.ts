/**
 * The bad-input catalogue (issue 7): each case feeds one kind of messy input to a custom
 * function, an engine or a pane action, and states what must come out — an Excel error code
 * with a Dutch message naming what is wrong and where, a finding at the right cell, or (for
 * input that only looks odd, like Dutch number text) the correct value. Cases are data; the
 * runner in catalogue.test.ts checks them all the same way.
 */

/** the four jobs, and "openen": Open .xlsx… of the browser preview */
export type Capability = "verdelen" | "indexeren" | "bezetting" | "controleren" | "openen";

/** Fragments the message must contain: what is wrong and where (argument, row, cell). */
export type Says = (string | RegExp)[];

export type Outcome =
  /** the call throws this Excel error with a message containing every fragment */
  | { error: "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!"; says: Says }
  /** the call returns this value (numbers compared to 9 decimals) */
  | { value: unknown }
  /** the call returns something the check accepts (it throws a descriptive Error otherwise) */
  | { check: (result: unknown) => void };

export interface BadInputCase {
  capability: Capability;
  /** what the input is, in a few words */
  input: string;
  call: () => unknown;
  outcome: Outcome;
}

/** Pane actions on the in-memory workbook: the action must fail with `says` and change nothing. */
export interface PaneActionCase {
  capability: Capability;
  input: string;
  /** runs the action; resolves when it is done or rejects with the error a pane would show */
  action: () => Promise<unknown>;
  /** snapshot of the whole workbook before and after (MemoryWorkbookPort.serialize) */
  serialize: () => string;
  says: Says;
}

/** A column range as Excel hands it to a custom function: one inner array per row. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}

/** A one-row range. */
export function row(...values: unknown[]): unknown[][] {
  return [values];
}
