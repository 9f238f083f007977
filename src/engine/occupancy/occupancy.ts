/**
 * Occupancy (plekbezetting) from stay records: average places occupied per group per month.
 *
 * Contract (issue 5): a stay counts every day from its start through its end date, both
 * inclusive; an empty end date means still in care (counts through the end of the period).
 * Stays are clipped to the period. Average places in a month = client-days / days in month.
 * "Gemiddeld" = mean of the monthly averages over all months of the period, months without
 * stays counting as 0 (seed 000: Bergen 5,42 / 15 = 0,36).
 *
 * Cost: one pass over the rows (dates parsed once, each stay adds its days to per-group month
 * counters, see Accumulator), then groups × months prefix sums. Unique clients and
 * overlap checks (only with a client column) add a counting sort by start day: still linear.
 * The pass has a lean loop for the usual rows (see Accumulator); it is the benchmark's hot spot
 * (`npm run bench -- --only=occupancy`), so measure before making it "simpler".
 */
import { isBlankCell } from "../shared/cells";
import { EngineError } from "../shared/errors";
import { EXCEL_SERIAL_OF_UNIX_EPOCH, FIRST_UNSHIFTED_SERIAL, MAX_EXCEL_SERIAL, formatDateNl, parseDateValue } from "../shared/dates";
import { buildPeriod, type Period } from "./period";
import { makeProblem, type DataProblem, type ProblemKind } from "./problems";
import { UNKNOWN_GROUP, displayValue, isBlank, keyText } from "./values";
import { idsOf, orderByStart, overlaps, uniqueClientsPerMonth } from "./clients";
import { StringIds } from "./stringIds";
import { countNl } from "../shared/plural";
import { quoteInput } from "../shared/text";

export type GroupDimension = "gemeente" | "aanbieder" | "product";

export { UNKNOWN_GROUP } from "./values";
/** Joins the keys of a group over several dimensions into one label. */
export const GROUP_SEPARATOR = " · ";

/** The stay records as columns (one entry per stay, all the same length). Values as cells hold them. */
export interface StayColumns {
  municipality: ArrayLike<unknown>;
  start: ArrayLike<unknown>;
  end: ArrayLike<unknown>;
  client?: ArrayLike<unknown>;
  provider?: ArrayLike<unknown>;
  product?: ArrayLike<unknown>;
}

/** Contracted places: per group label and/or one total. */
export interface CapacitySpec {
  total?: number;
  perGroup?: Readonly<Record<string, number>> | ReadonlyMap<string, number>;
}

/**
 * Capacity per group label as a Map: labels are user text, and a plain-object lookup would find
 * "constructor" or "toString" on Object.prototype (only own entries count).
 */
function capacityByGroup(capacity: CapacitySpec | undefined): ReadonlyMap<string, number> | undefined {
  const perGroup = capacity?.perGroup;
  if (!perGroup) return undefined;
  return perGroup instanceof Map ? perGroup : new Map(Object.entries(perGroup));
}

/** Is `name` a municipality in `year`? (the municipality registry, injected to keep this engine pure) */
export type MunicipalityCheck = (name: string, year: number) => { ok: boolean; suggestions?: string[] };

export interface OccupancyOptions {
  /** any day in the first month of the period (day number, see shared/dates) */
  from: number;
  /** any day in the last month of the period */
  to: number;
  /** default ["gemeente"] */
  groupBy?: readonly GroupDimension[];
  capacity?: CapacitySpec;
  /** "throw": the first row with unusable dates throws an EngineError naming it (custom function) */
  onInvalidRow?: "throw" | "skip";
  /** row indices the user chose to leave out */
  exclude?: ReadonlySet<number>;
  /**
   * Overlapping stays of one client (at one provider; needs the client column): false (default)
   * counts the shared days twice, as the rows say; true counts them once, for the stay that began
   * first, and leaves only the overlapping days of the later stay out.
   */
  countOverlapOnce?: boolean;
  checkMunicipality?: MunicipalityCheck;
  /** how messages name a row; default "rij {index+1}" (1-based within the ranges) */
  rowLabel?: (index: number) => string;
}

export interface OccupancySeries {
  /** keys joined with GROUP_SEPARATOR; "Totaal" for the total */
  label: string;
  /** one key per grouping dimension */
  keys: string[];
  /** client-days per month */
  clientDays: number[];
  /** average places occupied per month (client-days / days in month) */
  average: number[];
  /** mean of `average` over all months of the period */
  mean: number;
  /** distinct clients with at least one day in the month (only with a client column) */
  uniqueClients?: number[];
  capacity?: number;
  /** average − capacity per month: positive = over capacity */
  overCapacity?: number[];
}

export interface OccupancyResult {
  period: Period;
  groupBy: GroupDimension[];
  /** sorted with Dutch collation per dimension, "(onbekend)" last */
  groups: OccupancySeries[];
  total: OccupancySeries;
  /** sorted by first row */
  problems: DataProblem[];
  /** where the total capacity came from, when there is one */
  totalCapacitySource?: "given" | "sum-of-groups";
  /** client-days of later stays not counted because an earlier stay of the client already had them (countOverlapOnce) */
  overlapDaysNotCounted?: number;
  /** date cells written as day-month-year text ("15-03-2024") and read that way, with the first one seen */
  textDates?: { count: number; example: string };
  counts: {
    rows: number;
    /** rows that add days to the table */
    counted: number;
    /** rows without any value in municipality, start and end (left out silently: not data) */
    empty: number;
    /** rows left out on request */
    excluded: number;
    /** rows with unusable dates (never counted) */
    invalid: number;
    /** rows whose stay lies entirely outside the period */
    outsidePeriod: number;
    /** counted rows without an end date */
    openEnded: number;
  };
}

/** Room per dimension in the numeric composite group key (3 × 17 bits stays below 2^53). */
const DIMENSION_RADIX = 131072;

/** "15-03-2024", "5/3/2024", "05.03.2024": text dates whose order (day first) is a choice. */
const DAY_FIRST_TEXT = /^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s*$/;

/** Date reading with a cache for text (exports repeat the same date strings many times). */
class DateReader {
  private readonly cache = new Map<string, number>();
  /** texts read as day-month-year: a reader of the table should know we chose that order */
  private readonly dayFirst = new Set<string>();
  dayFirstCount = 0;
  dayFirstExample: string | undefined;
  /** day number, or NaN when unreadable */
  read(v: unknown): number {
    if (typeof v === "number") {
      if (v >= FIRST_UNSHIFTED_SERIAL && v <= MAX_EXCEL_SERIAL) return Math.floor(v) - EXCEL_SERIAL_OF_UNIX_EPOCH;
      return parseDateValue(v) ?? NaN;
    }
    if (typeof v === "string") {
      let day = this.cache.get(v);
      if (day === undefined) {
        day = parseDateValue(v) ?? NaN;
        this.cache.set(v, day);
        if (day === day && DAY_FIRST_TEXT.test(v)) this.dayFirst.add(v);
      }
      if (this.dayFirst.has(v)) {
        this.dayFirstCount++;
        this.dayFirstExample ??= v.trim();
      }
      return day;
    }
    return parseDateValue(v) ?? NaN;
  }
}

/** Distinct values of one grouping dimension, in order of appearance. */
class Dimension {
  readonly index = new Map<string, number>();
  readonly values: string[] = [];
  /** ids by the raw cell value: the same text repeats on most rows, so trimming once per distinct value is enough */
  readonly raw = new Map<unknown, number>();
  id(v: unknown): number {
    const known = this.raw.get(v);
    if (known !== undefined) return known;
    const id = this.idOfKey(keyText(v));
    this.raw.set(v, id);
    return id;
  }
  private idOfKey(key: string): number {
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.values.length;
      if (id >= DIMENSION_RADIX) {
        throw new EngineError("out-of-range", `Meer dan ${DIMENSION_RADIX} verschillende waarden in één groepering; kies een grovere groepering.`);
      }
      this.index.set(key, id);
      this.values.push(key);
    }
    return id;
  }
}

const DIMENSION_COLUMN: Record<GroupDimension, keyof StayColumns> = {
  gemeente: "municipality",
  aanbieder: "provider",
  product: "product",
};

const DIMENSION_NAME: Record<GroupDimension, string> = {
  gemeente: "gemeente",
  aanbieder: "aanbieder",
  product: "product",
};

export function computeOccupancy(columns: StayColumns, options: OccupancyOptions): OccupancyResult {
  const period = buildPeriod(options.from, options.to);
  const groupBy: GroupDimension[] = options.groupBy && options.groupBy.length > 0 ? [...new Set(options.groupBy)] : ["gemeente"];
  const rowLabel = options.rowLabel ?? ((i: number) => `rij ${i + 1}`);
  const n = checkLengths(columns, groupBy);
  const groupColumns = groupBy.map((d) => columns[DIMENSION_COLUMN[d]] as ArrayLike<unknown>);
  const dims = groupBy.map(() => new Dimension());

  const D = period.days;
  const problems: DataProblem[] = [];
  const counts = { rows: n, counted: 0, empty: 0, excluded: 0, invalid: 0, outsidePeriod: 0, openEnded: 0 };
  const { municipality } = columns;
  const exclude = options.exclude;

  const invalid = (kind: ProblemKind, i: number, params: Record<string, string>): void => {
    const problem = makeProblem(kind, [i], rowLabel, params);
    if (options.onInvalidRow === "throw") throw new EngineError("invalid-input", problem.message, rowLabel(i));
    problems.push(problem);
    counts.invalid++;
  };

  const trackStays = columns.client !== undefined;
  // groupOf is only read by the client measures, the registry check and the blank-municipality scan below
  const needGroupOf = trackStays || options.checkMunicipality !== undefined || dims.length > 1 || groupBy[0] !== "gemeente";
  const acc = new Accumulator(columns, groupColumns, dims, groupBy, period, exclude, trackStays, needGroupOf, invalid, counts).all();
  const { stride, groupOf, startIdx, endIdx, groupKeys } = acc;
  counts.counted = acc.counted;
  counts.openEnded = acc.openEnded;
  counts.outsidePeriod = acc.outside;
  const emptyMunicipalityRows = acc.collectBlankRows ? acc.blankRows : blankMunicipalityRows(municipality, groupOf, groupKeys, dims, groupBy.indexOf("gemeente"));

  if (emptyMunicipalityRows.length > 0) {
    problems.push(makeProblem("empty-municipality", emptyMunicipalityRows, rowLabel));
  }
  if (options.checkMunicipality) {
    for (const p of unknownMunicipalities(options.checkMunicipality, municipality, groupOf, period, rowLabel)) problems.push(p);
  }

  const M = period.months.length;
  const G = groupKeys.length;

  let uniqueByGroup: number[][] | undefined;
  let uniqueTotal: number[] | undefined;
  let overlapDaysNotCounted: number | undefined;
  if (columns.client) {
    const order = orderByStart(groupOf, startIdx, D);
    const clients = idsOf(columns.client, order);
    const providers = columns.provider ? idsOf(columns.provider, order) : undefined;
    const unique = uniqueClientsPerMonth(order, clients, groupOf, startIdx, endIdx, period, G);
    uniqueByGroup = unique.byGroup;
    uniqueTotal = unique.total;
    // before the month totals are read: counting an overlap once takes days back out of the counters
    let removed = 0;
    const countOnce = options.countOverlapOnce ? (i: number, from: number, to: number) => (removed += acc.removeDays(i, from, to)) : undefined;
    for (const p of overlaps(order, clients, providers, startIdx, endIdx, rowLabel, countOnce)) problems.push(p);
    if (options.countOverlapOnce) overlapDaysNotCounted = removed;
  }

  const monthDays = Int32Array.from(period.months, (m) => m.days);
  const groupClientDays: number[][] = [];
  for (let g = 0; g < G; g++) groupClientDays.push(clientDaysPerMonth(acc.monthly, g * stride, monthDays));

  const series: OccupancySeries[] = groupKeys.map((ids, g) => {
    const keys = ids.map((id, d) => dims[d].values[id]);
    return makeSeries(keys.join(GROUP_SEPARATOR), keys, groupClientDays[g], period, uniqueByGroup?.[g]);
  });
  addCapacityOnlyGroups(series, options.capacity, groupBy.length, period);
  series.sort(compareSeries);

  const totalDays = new Array<number>(M).fill(0);
  for (const s of series) for (let m = 0; m < M; m++) totalDays[m] += s.clientDays[m];
  const total = makeSeries("Totaal", [], totalDays, period, uniqueTotal);
  const totalCapacitySource = applyCapacity(series, total, options.capacity);

  const textDates = acc.dates.dayFirstCount > 0 ? { count: acc.dates.dayFirstCount, example: acc.dates.dayFirstExample ?? "" } : undefined;
  return {
    period,
    groupBy,
    groups: series,
    total,
    problems: sortByRow(problems, n),
    totalCapacitySource,
    counts,
    ...(overlapDaysNotCounted !== undefined ? { overlapDaysNotCounted } : {}),
    ...(textDates ? { textDates } : {}),
  };
}

/**
 * One group's client-days per month from its row of month counters (layout: see Accumulator):
 * the days of partly covered months plus, for each wholly covered month, all its days.
 */
function clientDaysPerMonth(monthly: Int32Array, offset: number, monthDays: Int32Array): number[] {
  const M = monthDays.length;
  const perMonth = new Array<number>(M);
  let wholeStays = 0;
  for (let m = 0; m < M; m++) {
    wholeStays += monthly[offset + 2 * m];
    perMonth[m] = monthly[offset + 2 * m + 1] + wholeStays * monthDays[m];
  }
  return perMonth;
}

/** Problems by first row, then second row (bucket sort: messy data can have a problem on most rows). */
function sortByRow(problems: DataProblem[], rows: number): DataProblem[] {
  const byRows = (a: DataProblem, b: DataProblem) => a.rows[0] - b.rows[0] || (a.rows[1] ?? -1) - (b.rows[1] ?? -1);
  if (problems.length < 1024) return problems.sort(byRows);
  const buckets = new Int32Array(rows + 1);
  for (const p of problems) buckets[p.rows[0] + 1]++;
  for (let r = 0; r < rows; r++) buckets[r + 1] += buckets[r];
  const sorted = new Array<DataProblem>(problems.length);
  for (const p of problems) sorted[buckets[p.rows[0]]++] = p;
  // ties (one row in several overlaps) are few: a short insertion sort on the second row
  for (let k = 1; k < sorted.length; k++) {
    const p = sorted[k];
    let j = k - 1;
    while (j >= 0 && sorted[j].rows[0] === p.rows[0] && (sorted[j].rows[1] ?? -1) > (p.rows[1] ?? -1)) {
      sorted[j + 1] = sorted[j];
      j--;
    }
    sorted[j + 1] = p;
  }
  return sorted;
}

/**
 * Counted rows without a municipality. When grouping by municipality the groups already say
 * it ("(onbekend)"), so the hot loop need not look at every cell twice.
 */
function blankMunicipalityRows(municipality: ArrayLike<unknown>, groupOf: Int32Array, groupKeys: number[][], dims: Dimension[], dim: number): number[] {
  const rows: number[] = [];
  if (dim >= 0) {
    const unknownId = dims[dim].index.get(UNKNOWN_GROUP);
    if (unknownId === undefined) return rows;
    const blankGroup = new Uint8Array(groupKeys.length);
    groupKeys.forEach((ids, g) => (blankGroup[g] = ids[dim] === unknownId ? 1 : 0));
    for (let i = 0; i < groupOf.length; i++) if (groupOf[i] >= 0 && blankGroup[groupOf[i]] === 1) rows.push(i);
    return rows;
  }
  for (let i = 0; i < groupOf.length; i++) if (groupOf[i] >= 0 && isBlank(municipality[i])) rows.push(i);
  return rows;
}

/**
 * Rows are read in blocks of this many. V8 then optimizes the block loops as whole functions after a
 * few blocks, instead of compiling one long loop mid-run (on-stack replacement): such code has no type
 * feedback for what follows the loop, deoptimizes there on every call and restarts in the interpreter.
 */
const ROWS_PER_BLOCK = 4096;
/** Markers from the slow date readers; no readable date is this far from 1970 (dates end in year 9999). */
const NO_DAY = -2147483648;
const OPEN_END = -2147483647;

/**
 * Rows → per-group month counters (the one pass over the input).
 *
 * Each group has a row of `stride` = 2·M + 1 integers (M months): `partial` counts client-days in
 * months a stay covers partly, `whole` is a difference array over the months stays cover wholly.
 * A stay from day index cs through ce, in months mFirst … mLast, adds
 *   partial[mFirst] += days from cs to the end of mFirst,  partial[mLast] += days from the start of mLast to ce,
 *   whole[mFirst + 1] += 1,  whole[mLast] −= 1.
 * With mFirst < mLast that is exactly its days per month. With mFirst = mLast the two partial terms
 * add the month's days once too many, and the whole-month terms (−1 from mFirst) take them off again,
 * so no branch is needed. The row interleaves them as whole[0], partial[0], whole[1], partial[1], …,
 * whole[M], so each stay's two pairs of updates (partial[mFirst] with whole[mFirst + 1], whole[mLast]
 * with partial[mLast]) land on neighbouring cells. test/engine/occupancy/monthCounters.test.ts holds
 * this to a per-day count.
 *
 * Why not a difference array over days (+1 on the first day, −1 after the last, then prefix sums):
 * its size and final pass grow with the period's days. On the 24-month benchmark both cost the same
 * (342 × 732 cells still fit the L2 cache), but over 10 and 20 years the month counters measured about
 * 1.5× and 2× as fast, and they need no groups × days pass at the end.
 *
 * `row` handles any row under any options. When the options ask nothing per row beyond the days
 * (grouping on one column, no client column, no exclusions, no registry check), `plainRows` takes
 * the rows as sheets usually deliver them — two Excel serials (or an empty end) and a text the
 * group table already knows — with few live values and no calls beyond the inlined text lookup, and
 * hands every other row (text dates, blanks, problems, a first sight of a group) to `row`, so the
 * checks and messages live in one place. On the benchmark this pass is about 1.7× as fast as the single
 * careful loop it replaced.
 */
class Accumulator {
  readonly n: number;
  private readonly D: number;
  readonly stride: number;
  /** month index of each day index of the period */
  private readonly monthOfDay: Int32Array;
  /** day index of the first day of each month, and D after the last month */
  private readonly monthStart: Int32Array;
  private readonly P0: number;
  private readonly P1: number;
  private readonly municipality: ArrayLike<unknown>;
  private readonly start: ArrayLike<unknown>;
  private readonly end: ArrayLike<unknown>;
  /** clipped first/last day index per row: only the client measures need them */
  readonly startIdx: Int32Array;
  readonly endIdx: Int32Array;
  private readonly needGroupOf: boolean;
  /** group of each counted row, −1 for rows that add nothing; only made when a later pass reads it */
  readonly groupOf: Int32Array;
  private readonly composite = new Map<number, number>();
  readonly groupKeys: number[][] = [];
  /** one row of `stride` counters per group, see above (Int32: a sheet's 1,048,576 rows × 31 days stay far below 2^31) */
  monthly: Int32Array;
  private groupCapacity: number;
  readonly dates = new DateReader();
  private readonly singleDim: Dimension | undefined;
  private readonly singleColumn: ArrayLike<unknown>;
  private readonly textIds: StringIds;
  /**
   * Grouping by municipality alone: counted rows without one form the "(onbekend)" group; they are
   * collected here, so no second pass over the column (nor the groupOf array) is needed to name them.
   */
  readonly collectBlankRows: boolean;
  readonly blankRows: number[] = [];
  private blankGroup = -1;
  private readonly plain: boolean;
  counted = 0;
  openEnded = 0;
  outside = 0;

  constructor(
    columns: StayColumns,
    private readonly groupColumns: ArrayLike<unknown>[],
    private readonly dims: Dimension[],
    groupBy: readonly GroupDimension[],
    period: Period,
    private readonly exclude: ReadonlySet<number> | undefined,
    private readonly trackStays: boolean,
    needGroupOf: boolean,
    private readonly invalid: (kind: ProblemKind, i: number, params: Record<string, string>) => void,
    private readonly counts: OccupancyResult["counts"],
  ) {
    this.n = columns.municipality.length;
    this.D = period.days;
    const M = period.months.length;
    this.stride = 2 * M + 1;
    this.monthOfDay = period.monthOfDay;
    this.monthStart = Int32Array.from({ length: M + 1 }, (_, m) => (m < M ? period.months[m].firstDay : period.days));
    this.P0 = period.firstDay;
    this.P1 = period.lastDay;
    this.municipality = columns.municipality;
    this.start = columns.start;
    this.end = columns.end;
    this.startIdx = new Int32Array(trackStays ? this.n : 0);
    this.endIdx = new Int32Array(trackStays ? this.n : 0);
    this.needGroupOf = needGroupOf;
    this.groupOf = needGroupOf ? new Int32Array(this.n).fill(-1) : new Int32Array(0);
    // room for 64 groups up front (a typical table), fewer for a small range; grows by doubling
    this.groupCapacity = Math.max(1, Math.min(64, this.n));
    this.monthly = new Int32Array(this.stride * this.groupCapacity);
    this.singleDim = dims.length === 1 ? dims[0] : undefined;
    this.singleColumn = groupColumns[0];
    this.textIds = new StringIds(this.n);
    this.collectBlankRows = this.singleDim !== undefined && groupBy[0] === "gemeente";
    this.plain = this.singleDim !== undefined && exclude === undefined && !trackStays && !needGroupOf;
  }

  all(): this {
    for (let from = 0; from < this.n; from += ROWS_PER_BLOCK) {
      const to = Math.min(this.n, from + ROWS_PER_BLOCK);
      if (this.plain) this.plainRows(from, to);
      else for (let i = from; i < to; i++) this.row(i);
    }
    if (this.singleDim !== undefined) for (let g = 0; g < this.singleDim.values.length; g++) this.groupKeys.push([g]);
    return this;
  }

  /** The common case, kept lean; any row it does not recognise as plain goes to `row`. */
  private plainRows(from: number, to: number): void {
    const { start, end, singleColumn, textIds, stride, monthOfDay, monthStart, P0, P1 } = this;
    const lastDay = this.D - 1;
    let { monthly, groupCapacity, blankGroup, counted, openEnded, outside } = this;
    for (let i = from; i < to; i++) {
      const sv = start[i];
      const ev = end[i];
      const mv = singleColumn[i];
      // the row's group, or −1 while the row is not known to be plain
      let g = -1;
      let s = 0;
      let e = 0;
      // 1 for a stay without end date (an integer, so it can be counted without a branch)
      let open = 0;
      // Within the serial range the value is positive, so `| 0` (truncation) is Math.floor.
      if (typeof sv === "number" && sv >= FIRST_UNSHIFTED_SERIAL && sv <= MAX_EXCEL_SERIAL && typeof mv === "string") {
        s = (sv | 0) - EXCEL_SERIAL_OF_UNIX_EPOCH;
        if (typeof ev === "number" && ev >= FIRST_UNSHIFTED_SERIAL && ev <= MAX_EXCEL_SERIAL) {
          e = (ev | 0) - EXCEL_SERIAL_OF_UNIX_EPOCH;
          if (e >= s) g = textIds.find(mv);
        } else if (ev === "") {
          e = P1;
          open = 1;
          g = textIds.find(mv);
        }
      }
      // unknown texts, a group without room yet and blank municipalities (their rows are listed) go the long way
      if (g < 0 || g >= groupCapacity || g === blankGroup) {
        this.monthly = monthly;
        this.counted = counted;
        this.openEnded = openEnded;
        this.outside = outside;
        this.row(i);
        ({ monthly, groupCapacity, blankGroup, counted, openEnded, outside } = this);
        continue;
      }
      // Clip to the period without branches: stays fall outside it in no particular order, so a
      // branch would often mispredict. cs and ce: first and last day index, clamped to 0…lastDay.
      let cs = s - P0;
      let ce = e - P0;
      // −1 when the stay starts after the period or ends before it (e ≥ s here), else 0
      const none = ((lastDay - cs) | ce) >> 31;
      const keep = ~none;
      cs &= ~(cs >> 31);
      let over = cs - lastDay;
      cs = lastDay + (over & (over >> 31));
      ce &= ~(ce >> 31);
      over = ce - lastDay;
      ce = lastDay + (over & (over >> 31));
      // a stay outside the period still has clamped, valid indices: its updates are masked to 0
      const mFirst = monthOfDay[cs];
      const mLast = monthOfDay[ce];
      const base = g * stride;
      const first = base + 2 * mFirst;
      const last = base + 2 * mLast;
      monthly[first + 1] += (monthStart[mFirst + 1] - cs) & keep;
      monthly[first + 2] += 1 + none;
      monthly[last] -= 1 + none;
      monthly[last + 1] += (ce - monthStart[mLast] + 1) & keep;
      outside -= none;
      counted += 1 + none;
      openEnded += open & (1 + none);
    }
    this.monthly = monthly;
    this.counted = counted;
    this.openEnded = openEnded;
    this.outside = outside;
  }

  /** One row under any options: checks, problems, group lookup and its days. */
  private row(i: number): void {
    const exclude = this.exclude;
    if (exclude !== undefined && exclude.has(i)) {
      if (isBlank(this.start[i]) && isBlank(this.end[i]) && isBlank(this.municipality[i])) this.counts.empty++;
      else this.counts.excluded++;
      return;
    }
    const sv = this.start[i];
    let s: number;
    if (typeof sv === "number" && sv >= FIRST_UNSHIFTED_SERIAL && sv <= MAX_EXCEL_SERIAL) {
      s = (sv | 0) - EXCEL_SERIAL_OF_UNIX_EPOCH;
    } else {
      s = this.readStart(i, sv) | 0;
      if (s === NO_DAY) return;
    }
    const ev = this.end[i];
    let e: number;
    let open = false;
    if (typeof ev === "number" && ev >= FIRST_UNSHIFTED_SERIAL && ev <= MAX_EXCEL_SERIAL) {
      e = (ev | 0) - EXCEL_SERIAL_OF_UNIX_EPOCH;
    } else {
      e = this.readEnd(i, ev) | 0;
      if (e === NO_DAY) return;
      if (e === OPEN_END) {
        e = this.P1;
        open = true;
      }
    }
    if (e < s && !open) {
      this.invalid("end-before-start", i, { start: formatDateNl(s), end: formatDateNl(e) });
      return;
    }
    const cs = s > this.P0 ? s - this.P0 : 0;
    const ce = e < this.P1 ? e - this.P0 : this.D - 1;
    if (cs > ce) {
      this.outside++;
      return;
    }
    const g = this.singleDim !== undefined ? this.singleGroup(this.singleDim, this.singleColumn[i]) : this.compositeGroup(i);
    if (g >= this.groupCapacity) {
      this.monthly = ensureCapacity(this.monthly, (g + 1) * this.stride);
      this.groupCapacity = this.monthly.length / this.stride;
    }
    this.addDays(g * this.stride, cs, ce);
    if (this.needGroupOf) this.groupOf[i] = g;
    if (g === this.blankGroup && this.collectBlankRows) this.blankRows.push(i);
    if (this.trackStays) {
      this.startIdx[i] = cs;
      this.endIdx[i] = ce;
    }
    this.counted++;
    if (open) this.openEnded++;
  }

  /** A stay's days cs … ce (day indices in the period, cs ≤ ce) into its group's counters at `base`. */
  private addDays(base: number, cs: number, ce: number): void {
    const { monthly, monthOfDay, monthStart } = this;
    const mFirst = monthOfDay[cs];
    const mLast = monthOfDay[ce];
    const first = base + 2 * mFirst;
    const last = base + 2 * mLast;
    monthly[first + 1] += monthStart[mFirst + 1] - cs;
    monthly[first + 2]++;
    monthly[last]--;
    monthly[last + 1] += ce - monthStart[mLast] + 1;
  }

  /** Takes days cs … ce of counted row i back out of its group (the exact inverse of addDays); returns how many. */
  removeDays(i: number, cs: number, ce: number): number {
    const { monthly, monthOfDay, monthStart } = this;
    const base = this.groupOf[i] * this.stride;
    const mFirst = monthOfDay[cs];
    const mLast = monthOfDay[ce];
    const first = base + 2 * mFirst;
    const last = base + 2 * mLast;
    monthly[first + 1] -= monthStart[mFirst + 1] - cs;
    monthly[first + 2]--;
    monthly[last]++;
    monthly[last + 1] -= ce - monthStart[mLast] + 1;
    return ce - cs + 1;
  }

  /** Day number of a start that is no plain serial, or NO_DAY for a row that adds nothing (empty, or a problem recorded). */
  private readStart(i: number, sv: unknown): number {
    if (isBlank(sv)) {
      if (isBlank(this.end[i]) && isBlank(this.municipality[i])) this.counts.empty++;
      else this.invalid("missing-start", i, {});
      return NO_DAY;
    }
    const s = this.dates.read(sv);
    if (s !== s) {
      this.invalid("unreadable-start", i, { value: displayValue(sv) });
      return NO_DAY;
    }
    return s;
  }

  /** Day number of an end that is no plain serial, OPEN_END when blank (still in care), or NO_DAY after recording a problem. */
  private readEnd(i: number, ev: unknown): number {
    if (isBlank(ev)) return OPEN_END;
    const e = this.dates.read(ev);
    if (e !== e) {
      this.invalid("unreadable-end", i, { value: displayValue(ev) });
      return NO_DAY;
    }
    return e;
  }

  /** Group of a value when grouping on one column: the text table first, the dimension's own Map behind it. */
  private singleGroup(dim: Dimension, v: unknown): number {
    let g = typeof v === "string" ? this.textIds.find(v) : -1;
    if (g < 0) {
      g = dim.id(v);
      if (typeof v === "string") this.textIds.remember(v, g);
      if (dim.values[g] === UNKNOWN_GROUP) this.blankGroup = g;
    }
    return g;
  }

  /** Group of a row over several dimensions: the dimension ids combined into one number. */
  private compositeGroup(i: number): number {
    const { dims, groupColumns, composite, groupKeys } = this;
    let key = 0;
    for (let d = 0; d < dims.length; d++) key = key * DIMENSION_RADIX + dims[d].id(groupColumns[d][i]);
    let found = composite.get(key);
    if (found === undefined) {
      found = groupKeys.length;
      composite.set(key, found);
      groupKeys.push(dims.map((dim, d) => dim.id(groupColumns[d][i])));
    }
    return found;
  }
}

function ensureCapacity(diff: Int32Array, length: number): Int32Array {
  if (length <= diff.length) return diff;
  const grown = new Int32Array(Math.max(length, diff.length * 2));
  grown.set(diff);
  return grown;
}

function checkLengths(columns: StayColumns, groupBy: GroupDimension[]): number {
  const n = columns.municipality.length;
  const named: [string, ArrayLike<unknown> | undefined][] = [
    ["begindata", columns.start],
    ["einddata", columns.end],
    ["cliënt", columns.client],
    ["aanbieder", columns.provider],
    ["product", columns.product],
  ];
  for (const [name, column] of named) {
    if (column !== undefined && column.length !== n) {
      throw new EngineError(
        "invalid-input",
        `De kolom ${name} heeft ${countNl(column.length, "rij", "rijen")} en de kolom gemeenten ${n}; alle kolommen moeten even lang zijn. Selecteer bereiken met dezelfde rijen.`,
      );
    }
  }
  for (const d of groupBy) {
    if (columns[DIMENSION_COLUMN[d]] === undefined) {
      throw new EngineError("invalid-input", `Groeperen op ${DIMENSION_NAME[d]} kan niet: die kolom ontbreekt. Wijs de kolom toe of kies een andere groepering.`);
    }
  }
  return n;
}

function makeSeries(label: string, keys: string[], clientDays: number[], period: Period, uniqueClients?: number[]): OccupancySeries {
  const average = clientDays.map((days, m) => days / period.months[m].days);
  const mean = average.reduce((a, b) => a + b, 0) / average.length;
  return { label, keys, clientDays, average, mean, ...(uniqueClients ? { uniqueClients } : {}) };
}

const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

function compareKey(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNKNOWN_GROUP) return 1;
  if (b === UNKNOWN_GROUP) return -1;
  return collator.compare(a, b) || (a < b ? -1 : 1);
}

function compareSeries(a: OccupancySeries, b: OccupancySeries): number {
  for (let d = 0; d < a.keys.length; d++) {
    const c = compareKey(a.keys[d], b.keys[d]);
    if (c !== 0) return c;
  }
  return 0;
}

/** A group with contracted places but no stays still belongs in the table: it shows under-use. */
function addCapacityOnlyGroups(series: OccupancySeries[], capacity: CapacitySpec | undefined, dimensions: number, period: Period): void {
  const perGroup = capacityByGroup(capacity);
  if (!perGroup) return;
  const present = new Set(series.map((s) => s.label));
  const zeros = () => new Array<number>(period.months.length).fill(0);
  for (const label of perGroup.keys()) {
    if (present.has(label)) continue;
    const keys = dimensions === 1 ? [label] : label.split(GROUP_SEPARATOR);
    const withClients = series.some((s) => s.uniqueClients);
    series.push(makeSeries(label, keys, zeros(), period, withClients ? zeros() : undefined));
  }
}

function applyCapacity(series: OccupancySeries[], total: OccupancySeries, capacity: CapacitySpec | undefined): OccupancyResult["totalCapacitySource"] {
  if (!capacity) return undefined;
  const setCapacity = (s: OccupancySeries, places: number, where: string) => {
    if (!Number.isFinite(places) || places < 0) {
      throw new EngineError("invalid-input", `Capaciteit voor ${where} is ${places}; vul een getal van 0 of meer in.`);
    }
    s.capacity = places;
    s.overCapacity = s.average.map((a) => a - places);
  };
  const perGroup = capacityByGroup(capacity);
  let groupSum = 0;
  let groupsWithCapacity = 0;
  for (const s of series) {
    const places = perGroup?.get(s.label);
    if (places === undefined) continue;
    setCapacity(s, places, quoteInput(s.label));
    groupSum += places;
    groupsWithCapacity++;
  }
  if (capacity.total !== undefined) {
    setCapacity(total, capacity.total, "het totaal");
    return "given";
  }
  // the sum is the total's capacity only when every group has one: a capacity for Venlo alone
  // says nothing about the places of the whole region, and comparing it with the total misleads
  if (groupsWithCapacity > 0 && groupsWithCapacity === series.length) {
    setCapacity(total, groupSum, "het totaal");
    return "sum-of-groups";
  }
  return undefined;
}

/** One registry question per distinct name; a name is known when it existed in any year of the period. */
function unknownMunicipalities(
  check: MunicipalityCheck,
  municipality: ArrayLike<unknown>,
  groupOf: Int32Array,
  period: Period,
  rowLabel: (i: number) => string,
): DataProblem[] {
  const years: number[] = [];
  for (let y = period.months[0].year; y <= period.months[period.months.length - 1].year; y++) years.push(y);
  const verdict = new Map<string, { ok: boolean; suggestions: string[]; rows: number[] }>();
  for (let i = 0; i < groupOf.length; i++) {
    if (groupOf[i] < 0 || isBlankCell(municipality[i])) continue;
    const name = keyText(municipality[i]);
    let v = verdict.get(name);
    if (v === undefined) {
      const answers = years.map((year) => check(name, year));
      const ok = answers.some((a) => a.ok);
      const suggestions = ok ? [] : [...new Set(answers.flatMap((a) => a.suggestions ?? []))];
      v = { ok, suggestions, rows: [] };
      verdict.set(name, v);
    }
    if (!v.ok) v.rows.push(i);
  }
  const problems: DataProblem[] = [];
  for (const [name, v] of verdict) {
    if (v.ok) continue;
    problems.push(makeProblem("unknown-municipality", v.rows, rowLabel, { name, suggestions: v.suggestions }));
  }
  return problems;
}
