/**
 * Recognising the columns of a stays table from its header texts. The words are data: a role
 * matches a header when the normalised header contains one of its words (or equals one of its
 * exact words). The pane shows the result and lets the user correct it.
 */
import { parseDateValue } from "../shared/dates";

export type StayRole = "client" | "municipality" | "provider" | "product" | "start" | "end";

export const STAY_ROLES: readonly StayRole[] = ["client", "municipality", "provider", "product", "start", "end"];
export const REQUIRED_ROLES: readonly StayRole[] = ["municipality", "start", "end"];

interface RoleWords {
  contains: string[];
  exact?: string[];
}

/** Header words per role, normalised (lower case, no accents, letters and digits only). */
export const ROLE_WORDS: Record<StayRole, RoleWords> = {
  client: { contains: ["client", "bsn", "pseudoniem"], exact: ["id", "persoon"] },
  municipality: { contains: ["gemeente", "woonplaats", "herkomst"] },
  provider: { contains: ["aanbieder", "leverancier", "zorgverlener", "instelling"] },
  product: { contains: ["product", "voorziening", "zorgsoort"] },
  start: { contains: ["begin", "ingang", "start", "aanvang"], exact: ["van", "vanaf", "datumin"] },
  end: { contains: ["eind", "einde", "uitstroom"], exact: ["tot", "totenmet", "tm", "datumuit"] },
};

export type ColumnMapping = Partial<Record<StayRole, number>>;

export function normaliseHeader(text: unknown): string {
  return String(text ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function matches(header: string, words: RoleWords): boolean {
  if (header === "") return false;
  return words.contains.some((w) => header.includes(w)) || (words.exact ?? []).includes(header);
}

/** Each role takes the first header that matches it; a header serves one role at most. */
export function mapColumns(headers: readonly unknown[]): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  // dates first: "Einddatum gemeente" style headers are rarer than "Gemeente" and dates must not be lost
  const order: StayRole[] = ["start", "end", "municipality", "client", "provider", "product"];
  for (const role of order) {
    const index = normalised.findIndex((h, i) => !used.has(i) && matches(h, ROLE_WORDS[role]));
    if (index >= 0) {
      mapping[role] = index;
      used.add(index);
    }
  }
  return mapping;
}

export function missingRoles(mapping: ColumnMapping): StayRole[] {
  return REQUIRED_ROLES.filter((r) => mapping[r] === undefined);
}

/**
 * Earliest start and latest end date found (open ends ignored), to propose a period. Unreadable
 * dates are skipped here: the occupancy run reports them with their rows.
 */
export function staySpan(start: ArrayLike<unknown>, end: ArrayLike<unknown>): { first: number; last: number } | undefined {
  let first = Infinity;
  let last = -Infinity;
  const cache = new Map<unknown, number | undefined>();
  const read = (v: unknown) => {
    if (cache.has(v)) return cache.get(v);
    const day = parseDateValue(v);
    cache.set(v, day);
    return day;
  };
  for (let i = 0; i < start.length; i++) {
    const s = read(start[i]);
    if (s === undefined) continue;
    if (s < first) first = s;
    const e = read(end[i]) ?? s;
    if (e > last) last = e;
  }
  return first === Infinity ? undefined : { first, last };
}
