/**
 * Data problems in stay records, as data: each kind has a severity and one Dutch message
 * builder. "error" rows cannot be counted at all (no usable dates); "warning" rows are
 * counted but deserve a look (they may be left out on request). Every problem names its rows.
 */
import { pluralNl } from "../shared/plural";
import { quoteInput } from "../shared/text";

export type ProblemKind =
  | "missing-start"
  | "unreadable-start"
  | "unreadable-end"
  | "end-before-start"
  | "empty-municipality"
  | "unknown-municipality"
  | "overlap"
  | "overlap-counted-once";

export type ProblemSeverity = "error" | "warning";

export interface DataProblem {
  kind: ProblemKind;
  severity: ProblemSeverity;
  /** 0-based indices into the stay columns */
  rows: number[];
  /** Dutch, names the row(s), says what to do */
  message: string;
  /** what the message is made of besides the rows (the quoted value, dates, name …), so a pane can word it in another language */
  params: ProblemDetails;
}

/** A problem's details besides its rows. */
export type ProblemDetails = Readonly<Omit<ProblemParams, "rows" | "count">>;

export interface ProblemParams {
  /** the rows in words: "rij 4", "rij 4 en rij 9", "rij 1, … en 3 andere" */
  rows: string;
  /** how many rows: "deze verblijven" or "dit verblijf" */
  count: number;
  value?: string;
  start?: string;
  end?: string;
  name?: string;
  suggestions?: string[];
  client?: string;
  provider?: string;
}

interface ProblemRule {
  severity: ProblemSeverity;
  message: (p: ProblemParams) => string;
}

/** At most this many row labels are spelled out in one message. */
const LISTED_ROWS = 5;

/** Names at most LISTED_ROWS rows (labels are made only for those: a column may have 100.000 problem rows). */
export function listRows(rows: readonly number[], rowLabel: (index: number) => string): string {
  const labels = rows.slice(0, LISTED_ROWS).map(rowLabel);
  if (rows.length <= LISTED_ROWS) return joinAnd(labels);
  return `${labels.join(", ")} en ${rows.length - LISTED_ROWS} andere`;
}

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}

export const PROBLEM_RULES: Record<ProblemKind, ProblemRule> = {
  "missing-start": {
    severity: "error",
    message: (p) => `${cap(p.rows)}: de begindatum ontbreekt. Vul de begindatum in (dd-mm-jjjj).`,
  },
  "unreadable-start": {
    severity: "error",
    message: (p) =>
      `${cap(p.rows)}: begindatum ${quoteInput(p.value)} is geen datum. Gebruik dd-mm-jjjj, jjjj-mm-dd of een Excel-datum.`,
  },
  "unreadable-end": {
    severity: "error",
    message: (p) =>
      `${cap(p.rows)}: einddatum ${quoteInput(p.value)} is geen datum. Gebruik dd-mm-jjjj, jjjj-mm-dd of een Excel-datum; laat de cel leeg als het verblijf nog loopt.`,
  },
  "end-before-start": {
    severity: "error",
    message: (p) =>
      `${cap(p.rows)}: de einddatum (${p.end}) ligt vóór de begindatum (${p.start}). Controleer beide datums.`,
  },
  "empty-municipality": {
    severity: "warning",
    message: (p) =>
      `${cap(p.rows)}: geen gemeente ingevuld; ${pluralNl(p.count, "dit verblijf staat", "deze verblijven staan")} onder "(onbekend)". Vul de herkomstgemeente in of sluit de ${pluralNl(p.count, "rij", "rijen")} uit.`,
  },
  "unknown-municipality": {
    severity: "warning",
    message: (p) =>
      `${cap(p.rows)}: ${quoteInput(p.name)} is geen bekende gemeente in deze periode` +
      (p.suggestions && p.suggestions.length > 0 ? `; bedoelt u ${joinOr(p.suggestions.map((s) => `"${s}"`))}?` : ".") +
      ` Verbeter de naam of sluit de ${pluralNl(p.count, "rij", "rijen")} uit.`,
  },
  overlap: {
    severity: "warning",
    message: (p) =>
      `${cap(p.rows)}: de verblijven van cliënt ${quoteInput(p.client)}${p.provider ? ` bij ${quoteInput(p.provider)}` : ""} overlappen; de overlappende dagen tellen dubbel. Controleer de datums, of tel de overlappende dagen één keer.`,
  },
  "overlap-counted-once": {
    severity: "warning",
    message: (p) =>
      `${cap(p.rows)}: de verblijven van cliënt ${quoteInput(p.client)}${p.provider ? ` bij ${quoteInput(p.provider)}` : ""} overlappen; de overlappende dagen zijn één keer geteld, bij het verblijf dat het eerst begon.`,
  },
};

function joinOr(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} of ${items[items.length - 1]}`;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function makeProblem(
  kind: ProblemKind,
  rows: number[],
  rowLabel: (index: number) => string,
  params: ProblemDetails = {},
): DataProblem {
  const rule = PROBLEM_RULES[kind];
  let message: string | undefined;
  // built when first read: messy data can have a problem on most of 100.000 rows, and a pane shows only a page of them
  return {
    kind,
    severity: rule.severity,
    rows,
    params,
    get message() {
      message ??= rule.message({ ...params, rows: listRows(rows, rowLabel), count: rows.length });
      return message;
    },
  };
}
