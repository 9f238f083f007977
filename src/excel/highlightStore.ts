/**
 * The record of reversible highlights, kept as JSON in the workbook settings
 * (SETTINGS_KEYS.highlights) so that a colleague who opens the file, or the pane after a
 * reload, can still put every original fill back.
 *
 * Per group (e.g. "controleren") a list of highlighted ranges with the fill each cell had
 * before; `null` means the cell had no fill, which is restored with `fill.clear()` rather than
 * painted white (a white fill hides the grid lines).
 *
 * Two groups may highlight the same cells (Controleren and Verdelen both point at a cell): the
 * second group then records the first group's originals, not the first group's colour, and
 * clearing one group shows the other group's colour again until that one is cleared too.
 */
import { tryParseRange } from "../engine/shared/a1";
import { decodeSettingValue } from "./settingValue";

export interface HighlightRecord {
  sheet: string;
  /** A1 address without sheet name */
  address: string;
  /** original fill per cell, row by row: "#RRGGBB" or null for no fill */
  fills: (string | null)[][];
  /** the highlight colour laid over it */
  highlight?: string;
}

export type HighlightStore = Record<string, HighlightRecord[]>;

/** Reads the stored JSON; anything unreadable counts as "no highlights" rather than failing the pane. */
export function parseHighlightStore(raw: unknown): HighlightStore {
  // text that is not JSON stays text and fails the object check below
  const data = decodeSettingValue(raw);
  if (!data || typeof data !== "object" || Array.isArray(data)) return {};
  const store: HighlightStore = {};
  for (const [group, records] of Object.entries(data as Record<string, unknown>)) {
    if (!Array.isArray(records)) continue;
    store[group] = records.filter(isRecord);
  }
  return store;
}

function isRecord(value: unknown): value is HighlightRecord {
  const r = value as HighlightRecord;
  return (
    !!r &&
    typeof r.sheet === "string" &&
    typeof r.address === "string" &&
    tryParseRange(r.address) !== undefined &&
    Array.isArray(r.fills) &&
    r.fills.every((row) => Array.isArray(row) && row.every((c) => c === null || typeof c === "string")) &&
    (r.highlight === undefined || typeof r.highlight === "string")
  );
}

/** "Blad1!B2:C3" in one case, so the same cells are recognised whoever recorded them. */
export function recordKey(sheet: string, address: string): string {
  return `${sheet.toLowerCase()}!${address.replace(/\$/g, "").toUpperCase()}`;
}

/**
 * The records of every group but `except`, by cell key (their fills are the true originals,
 * their colour is what should show while they stay). Built once per operation: linear time.
 */
export function indexOtherGroups(store: HighlightStore, except: readonly string[]): Map<string, HighlightRecord> {
  const index = new Map<string, HighlightRecord>();
  for (const [group, records] of Object.entries(store)) {
    if (except.includes(group)) continue;
    for (const r of records) {
      const key = recordKey(r.sheet, r.address);
      if (!index.has(key)) index.set(key, r);
    }
  }
  return index;
}

/** Office.js reports a cell without fill as white "#FFFFFF"; both mean "no fill". */
export function normaliseFill(color: unknown): string | null {
  if (typeof color !== "string" || color === "") return null;
  const upper = color.toUpperCase();
  return upper === "#FFFFFF" ? null : upper;
}

/** The single fill shared by every cell, `null` for "all without fill", undefined when they differ. */
export function uniformFill(fills: (string | null)[][]): string | null | undefined {
  const first = fills[0]?.[0] ?? null;
  return fills.every((row) => row.every((c) => c === first)) ? first : undefined;
}

/** One highlighted range to put back. */
export interface HighlightRestore {
  record: HighlightRecord;
  /** the colour of a group that is not cleared and highlights exactly these cells: show it instead of the original */
  stayingHighlight?: string;
}

/**
 * What clearing `group` (every group when undefined) puts back, in the order to write it, and the
 * store that remains. Newest group and newest range first: where two cleared ranges overlap, the
 * one recorded first holds the true original fills and must be written last.
 */
export function planClear(
  store: HighlightStore,
  group?: string,
): { cleared: string[]; restores: HighlightRestore[]; remaining: HighlightStore } {
  const cleared = Object.keys(store)
    .filter((g) => group === undefined || g === group)
    .reverse();
  const staying = indexOtherGroups(store, cleared);
  const restores: HighlightRestore[] = [];
  for (const g of cleared) {
    for (let i = store[g].length - 1; i >= 0; i--) {
      const record = store[g][i];
      const stays = staying.get(recordKey(record.sheet, record.address))?.highlight;
      restores.push(stays ? { record, stayingHighlight: stays } : { record });
    }
  }
  const remaining = Object.fromEntries(Object.entries(store).filter(([g]) => !cleared.includes(g)));
  return { cleared, restores, remaining };
}
