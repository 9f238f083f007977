/**
 * The stays table as the pane reads it: a snapshot with a header row, turned into the column
 * arrays the occupancy engine takes. Column extraction runs in chunks so a 100.000-row table
 * keeps the pane responsive.
 */
import type { CellValue, SheetSnapshot } from "../../../excel/WorkbookPort";
import { mapColumns, type ColumnMapping, type StayColumns, type StayRole } from "../../../engine/occupancy";

export interface StaysSource {
  sheetName: string;
  /** "A1:F201", header included */
  address: string;
  headers: string[];
  body: CellValue[][];
  /** sheet row number (1-based) of the first body row */
  firstRow: number;
  mapping: ColumnMapping;
}

export function staysFromSnapshot(snapshot: SheetSnapshot): StaysSource | undefined {
  if (snapshot.values.length < 2) return undefined;
  const headers = snapshot.values[0].map((h) => String(h ?? "").trim());
  const top = snapshot.origin.row;
  return {
    sheetName: snapshot.sheetName,
    address: snapshot.address,
    headers,
    body: snapshot.values.slice(1),
    firstRow: top + 2,
    mapping: mapColumns(headers),
  };
}

const ROLE_COLUMN: Record<StayRole, keyof StayColumns> = {
  client: "client",
  municipality: "municipality",
  provider: "provider",
  product: "product",
  start: "start",
  end: "end",
};

export const CHUNK_ROWS = 20_000;

/** Column arrays for the mapped roles; `pause` runs between chunks (progress + yield to the browser). */
export async function extractColumns(
  source: StaysSource,
  pause: (fraction: number) => Promise<void>,
): Promise<StayColumns> {
  const roles = (Object.keys(source.mapping) as StayRole[]).filter((r) => source.mapping[r] !== undefined);
  const n = source.body.length;
  const arrays = roles.map(() => new Array<unknown>(n));
  const indices = roles.map((r) => source.mapping[r] as number);
  for (let from = 0; from < n; from += CHUNK_ROWS) {
    const to = Math.min(n, from + CHUNK_ROWS);
    for (let i = from; i < to; i++) {
      const row = source.body[i];
      for (let k = 0; k < roles.length; k++) arrays[k][i] = row[indices[k]];
    }
    await pause(to / n);
  }
  const columns: Partial<StayColumns> = {};
  roles.forEach((r, k) => {
    columns[ROLE_COLUMN[r]] = arrays[k];
  });
  return {
    municipality: columns.municipality ?? [],
    start: columns.start ?? [],
    end: columns.end ?? [],
    ...(columns.client ? { client: columns.client } : {}),
    ...(columns.provider ? { provider: columns.provider } : {}),
    ...(columns.product ? { product: columns.product } : {}),
  };
}

/** "rij 42" in sheet terms: what the user sees at the left of the sheet. */
export function sheetRowLabel(source: StaysSource): (index: number) => string {
  return (index) => `rij ${source.firstRow + index}`;
}
