/**
 * The client measures of the occupancy engine: distinct clients per month and overlapping stays
 * of one client (at one provider). Both walk the counted rows ordered by start day (a counting
 * sort) with per-client state in typed arrays: linear in the rows, no objects per row.
 */
import type { Period } from "./period";
import { makeProblem, type DataProblem } from "./problems";
import { isBlankCell } from "../shared/cells";
import { UNKNOWN_GROUP, keyText } from "./values";

/** Counted rows ordered by clipped start day (counting sort: linear in rows + days). */
export function orderByStart(groupOf: Int32Array, startIdx: Int32Array, days: number): Int32Array {
  const bucket = new Int32Array(days + 1);
  let counted = 0;
  for (let i = 0; i < groupOf.length; i++) {
    if (groupOf[i] < 0) continue;
    bucket[startIdx[i] + 1]++;
    counted++;
  }
  for (let d = 0; d < days; d++) bucket[d + 1] += bucket[d];
  const order = new Int32Array(counted);
  for (let i = 0; i < groupOf.length; i++) {
    if (groupOf[i] < 0) continue;
    order[bucket[startIdx[i]]++] = i;
  }
  return order;
}

/** Integer ids of the distinct values of a column over the counted rows (−1 = empty), so later passes use typed arrays. */
export function idsOf(column: ArrayLike<unknown>, order: Int32Array): { ids: Int32Array; names: string[] } {
  const ids = new Int32Array(column.length).fill(-1);
  const byKey = new Map<string, number>();
  const names: string[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const v = column[i];
    if (isBlankCell(v)) continue;
    const key = keyText(v);
    let id = byKey.get(key);
    if (id === undefined) {
      id = names.length;
      names.push(key);
      byKey.set(key, id);
    }
    ids[i] = id;
  }
  return { ids, names };
}

/**
 * Stable counting sort of `order` by a small integer key per row (−1 sorts as `keys − 1`).
 * Returns the rows and where each key's run starts, so passes can go key by key.
 */
function runsByKey(order: Int32Array, keyOf: Int32Array, keys: number): { rows: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(keys + 1);
  const key = (i: number) => (keyOf[i] < 0 ? keys - 1 : keyOf[i]);
  for (let k = 0; k < order.length; k++) starts[key(order[k]) + 1]++;
  for (let g = 0; g < keys; g++) starts[g + 1] += starts[g];
  const next = starts.slice(0, keys);
  const rows = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) rows[next[key(order[k])]++] = order[k];
  return { rows, starts };
}

/**
 * Distinct clients per month. Within one group rows come ordered by start, so each client's
 * month intervals merge on the fly (per-client state in typed arrays, stamped with the pass);
 * each merged interval adds +1/−1 to a month difference array, which counts every client once
 * per month however many stays it has. A row without a client id is its own client.
 */
export function uniqueClientsPerMonth(
  order: Int32Array,
  clients: { ids: Int32Array; names: string[] },
  groupOf: Int32Array,
  startIdx: Int32Array,
  endIdx: Int32Array,
  period: Period,
  groups: number,
): { byGroup: number[][]; total: number[] } {
  const M = period.months.length;
  const width = M + 1;
  const monthOfDay = period.monthOfDay;
  /** rows 0 … groups−1: the groups; row `groups`: all groups together */
  const diff = new Int32Array((groups + 1) * width);
  const clientCount = clients.names.length;
  const stamp = new Int32Array(clientCount).fill(-1);
  const curA = new Int32Array(clientCount);
  const curB = new Int32Array(clientCount);
  const touched = new Int32Array(Math.min(order.length, clientCount));
  const ids = clients.ids;
  const pass = (rows: Int32Array, from: number, to: number, g: number) => {
    const base = g * width;
    let touchedCount = 0;
    for (let k = from; k < to; k++) {
      const i = rows[k];
      const c = ids[i];
      const a = monthOfDay[startIdx[i]];
      const b = monthOfDay[endIdx[i]];
      if (c < 0) {
        diff[base + a]++;
        diff[base + b + 1]--;
      } else if (stamp[c] !== g) {
        stamp[c] = g;
        curA[c] = a;
        curB[c] = b;
        touched[touchedCount++] = c;
      } else if (a <= curB[c]) {
        if (b > curB[c]) curB[c] = b;
      } else {
        diff[base + curA[c]]++;
        diff[base + curB[c] + 1]--;
        curA[c] = a;
        curB[c] = b;
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const c = touched[t];
      diff[base + curA[c]]++;
      diff[base + curB[c] + 1]--;
    }
  };
  const runs = runsByKey(order, groupOf, groups);
  for (let g = 0; g < groups; g++) pass(runs.rows, runs.starts[g], runs.starts[g + 1], g);
  pass(order, 0, order.length, groups);
  const perMonth = (g: number) => {
    const out = new Array<number>(M);
    let running = 0;
    for (let m = 0; m < M; m++) {
      running += diff[g * width + m];
      out[m] = running;
    }
    return out;
  };
  const byGroup: number[][] = [];
  for (let g = 0; g < groups; g++) byGroup.push(perMonth(g));
  return { byGroup, total: perMonth(groups) };
}

/**
 * Stays of one client at one provider that share days inside the period (without a provider
 * column: any two stays of the client). Per provider, rows come ordered by start, so a stay
 * overlaps an earlier one exactly when it starts on or before the latest end seen so far.
 *
 * With `countOnce`, each later stay hands over the days an earlier stay of the client already
 * has: from its start through the latest end seen (the stay that reached that end began no
 * later, so it covers every one of those days), ending at its own end if that comes first.
 */
export function overlaps(
  order: Int32Array,
  clients: { ids: Int32Array; names: string[] },
  providers: { ids: Int32Array; names: string[] } | undefined,
  startIdx: Int32Array,
  endIdx: Int32Array,
  rowLabel: (i: number) => string,
  countOnce?: (row: number, firstDay: number, lastDay: number) => void,
): DataProblem[] {
  const clientCount = clients.names.length;
  const stamp = new Int32Array(clientCount).fill(-1);
  const latestEnd = new Int32Array(clientCount);
  const latestRow = new Int32Array(clientCount);
  const found: DataProblem[] = [];
  // empty provider: its own run, the last key
  const providerKeys = providers ? providers.names.length + 1 : 1;
  const runs = providers ? runsByKey(order, providers.ids, providerKeys) : { rows: order, starts: Int32Array.of(0, order.length) };
  for (let p = 0; p < providerKeys; p++) {
    const at = providers ? providers.names[p] ?? UNKNOWN_GROUP : undefined;
    for (let k = runs.starts[p]; k < runs.starts[p + 1]; k++) {
      const i = runs.rows[k];
      const c = clients.ids[i];
      if (c < 0) continue;
      if (stamp[c] !== p) {
        stamp[c] = p;
        latestEnd[c] = endIdx[i];
        latestRow[c] = i;
        continue;
      }
      if (startIdx[i] <= latestEnd[c]) {
        const other = latestRow[c];
        const rows = other < i ? [other, i] : [i, other];
        found.push(makeProblem(countOnce ? "overlap-counted-once" : "overlap", rows, rowLabel, { client: clients.names[c], provider: at }));
        countOnce?.(i, startIdx[i], Math.min(endIdx[i], latestEnd[c]));
      }
      if (endIdx[i] > latestEnd[c]) {
        latestEnd[c] = endIdx[i];
        latestRow[c] = i;
      }
    }
  }
  return found;
}
