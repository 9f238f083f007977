/**
 * A very small formula evaluator for the preview, so a formula written into the in-memory
 * workbook (a SUM for a total row, a fix proposed by Controleren) shows a value as Excel would.
 * Supported: numbers, cell references, + - * / ^, parentheses, and SUM/SOM, ROUND/AFRONDEN,
 * MIN, MAX, AVERAGE/GEMIDDELDE over cells and ranges. Anything else gives `undefined`
 * and the caller shows Excel's "#NAME?" rather than guessing.
 */
import type { CellValue } from "../excel/WorkbookPort";
import { parseCell, parseRange } from "../engine/shared/a1";

export type CellReader = (row: number, col: number) => CellValue;

type Token = { kind: "num"; value: number } | { kind: "ref"; text: string } | { kind: "name"; text: string } | { kind: "op"; text: string };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![A-Za-z(])|([A-Za-z][A-Za-z0-9.]*)(?=\s*\()|([-+*/^(),;]))/y;

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let position = 0;
  while (position < text.length) {
    if (/^\s*$/.test(text.slice(position))) break;
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(text);
    if (!match) return undefined;
    position = TOKEN.lastIndex;
    if (match[1] !== undefined) tokens.push({ kind: "num", value: Number(match[1]) });
    else if (match[2] !== undefined) tokens.push({ kind: "ref", text: match[2] });
    else if (match[3] !== undefined) tokens.push({ kind: "name", text: match[3].toUpperCase() });
    else tokens.push({ kind: "op", text: match[4] === ";" ? "," : match[4] });
  }
  return tokens;
}

class Unsupported extends Error {}

const FUNCTIONS: Record<string, (args: number[][]) => number> = {
  SUM: (args) => args.flat().reduce((a, b) => a + b, 0),
  MIN: (args) => Math.min(...args.flat()),
  MAX: (args) => Math.max(...args.flat()),
  AVERAGE: (args) => {
    const all = args.flat();
    if (all.length === 0) throw new Unsupported();
    return all.reduce((a, b) => a + b, 0) / all.length;
  },
  ROUND: (args) => {
    const [value, digits = 0] = args.map((a) => a[0] ?? 0);
    const factor = 10 ** digits;
    // Excel rounds halves away from zero
    return (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
  },
};
const ALIASES: Record<string, string> = { SOM: "SUM", AFRONDEN: "ROUND", GEMIDDELDE: "AVERAGE" };

/** Evaluates "=…"; returns undefined for anything outside the supported subset. */
export function evaluateFormula(formula: string, read: CellReader): number | undefined {
  const tokens = tokenize(formula.replace(/^=/, ""));
  if (!tokens || tokens.length === 0) return undefined;
  let i = 0;
  const peek = () => tokens[i];
  const take = () => tokens[i++];
  const numberAt = (row: number, col: number): number => {
    const value = read(row, col);
    if (typeof value === "number") return value;
    if (value === "" || typeof value === "boolean") return value === true ? 1 : 0;
    throw new Unsupported();
  };
  // Ranges inside functions skip text, as Excel's SUM does; a single reference must be numeric.
  const rangeValues = (text: string): number[] => {
    const r = parseRange(text);
    const out: number[] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const value = read(row, col);
        if (typeof value === "number") out.push(value);
      }
    }
    return out;
  };

  const primary = (): number => {
    const token = take();
    if (!token) throw new Unsupported();
    if (token.kind === "num") return token.value;
    if (token.kind === "ref") {
      if (token.text.includes(":")) throw new Unsupported();
      const { row, col } = parseCell(token.text);
      return numberAt(row, col);
    }
    if (token.kind === "op" && token.text === "(") {
      const value = expression();
      if (take()?.kind !== "op") throw new Unsupported();
      return value;
    }
    if (token.kind === "op" && (token.text === "-" || token.text === "+")) {
      const value = power();
      return token.text === "-" ? -value : value;
    }
    if (token.kind === "name") {
      const fn = FUNCTIONS[ALIASES[token.text] ?? token.text];
      const open = take();
      if (!fn || open?.kind !== "op" || open.text !== "(") throw new Unsupported();
      const args: number[][] = [];
      while (!(peek()?.kind === "op" && (peek() as { text: string }).text === ")")) {
        const next = peek();
        if (next?.kind === "ref" && next.text.includes(":")) {
          take();
          args.push(rangeValues(next.text));
        } else if (next?.kind === "ref" && isArgEnd(tokens[i + 1])) {
          take();
          args.push(rangeValues(next.text));
        } else {
          args.push([expression()]);
        }
        const sep = peek();
        if (sep?.kind === "op" && sep.text === ",") take();
        else if (!(sep?.kind === "op" && sep.text === ")")) throw new Unsupported();
      }
      take();
      return fn(args);
    }
    throw new Unsupported();
  };
  const power = (): number => {
    let value = primary();
    while (peek()?.kind === "op" && (peek() as { text: string }).text === "^") {
      take();
      value = value ** primary();
    }
    return value;
  };
  const term = (): number => {
    let value = power();
    for (let t = peek(); t?.kind === "op" && (t.text === "*" || t.text === "/"); t = peek()) {
      take();
      const right = power();
      if (t.text === "/" && right === 0) throw new Unsupported();
      value = t.text === "*" ? value * right : value / right;
    }
    return value;
  };
  const expression = (): number => {
    let value = term();
    for (let t = peek(); t?.kind === "op" && (t.text === "+" || t.text === "-"); t = peek()) {
      take();
      const right = term();
      value = t.text === "+" ? value + right : value - right;
    }
    return value;
  };

  try {
    const value = expression();
    return i === tokens.length && Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isArgEnd(token: Token | undefined): boolean {
  return token?.kind === "op" && (token.text === "," || token.text === ")");
}
