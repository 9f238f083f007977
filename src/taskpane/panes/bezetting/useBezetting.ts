/**
 * State and actions of the Bezetting pane: read the stays table, map its columns, choose the
 * period, grouping and capacity, analyse (problems first), then write the sheet. Every
 * workbook action goes through `run` (progress bar, Dutch errors); nothing is written until
 * the user has seen the problems and chosen to exclude those rows, and nothing is written when
 * the stays were edited since they were read.
 */
import * as React from "react";
import { usePaneServices, yieldToBrowser } from "../../services";
import { useI18n } from "../../i18n/I18nProvider";
import type { Translate } from "../../i18n/catalogue";
import { dayNumber, fromDayNumber } from "../../../engine/shared/dates";
import { parseNumberText } from "../../../engine/shared/numbers";
import {
  computeOccupancy,
  missingRoles,
  monthKey,
  registryCheck,
  staySpan,
  type CapacitySpec,
  type GroupDimension,
  type OccupancyResult,
  type StayColumns,
  type StayRole,
} from "../../../engine/occupancy";
import { extractColumns, sheetRowLabel, staysFromSnapshot, type StaysSource } from "./staysSource";
import { outputSpec } from "./outputSpec";
import { checkSourceUnchanged } from "../../../excel/sourceCheck";
import type { SheetSnapshot } from "../../../excel/WorkbookPort";

export type ProblemChoice = "stop" | "exclude";

export interface BezettingSettings {
  /** "2022-01" */
  fromMonth: string;
  toMonth: string;
  groupBy: GroupDimension[];
  capacityTotal: string;
  capacityPerGroup: Record<string, string>;
  onProblems: ProblemChoice;
}

const INITIAL: BezettingSettings = { fromMonth: "", toMonth: "", groupBy: ["gemeente"], capacityTotal: "", capacityPerGroup: {}, onProblems: "stop" };

const MONTH = /^(\d{4})-(\d{2})$/;

export function useBezetting() {
  const { port, run, notify } = usePaneServices();
  const { t, language } = useI18n();
  const [source, setSource] = React.useState<StaysSource>();
  const [settings, setSettings] = React.useState<BezettingSettings>(INITIAL);
  const [analysis, setAnalysis] = React.useState<OccupancyResult>();
  /** the analysis with the problem rows left out and overlaps counted once: what "exclude" will write */
  const [cleaned, setCleaned] = React.useState<OccupancyResult>();
  const columnsRef = React.useRef<StayColumns | undefined>(undefined);
  /** the block as read, compared with the sheet again just before writing */
  const snapshotRef = React.useRef<SheetSnapshot | undefined>(undefined);

  const pause = (report: (f: number) => void, from: number, span: number) => async (fraction: number) => {
    report(from + fraction * span);
    await yieldToBrowser();
  };

  const read = () =>
    run(t("bezetting.progress.reading"), async (report) => {
      const snapshot = await port.readSnapshot({ kind: "selection", expand: true });
      const next = staysFromSnapshot(snapshot);
      if (!next) throw new Error(t("bezetting.read.tooSmall", { address: `${snapshot.sheetName}!${snapshot.address}` }));
      report(0.3);
      const columns = await extractColumns(next, pause(report, 0.3, 0.6));
      const span = missingRoles(next.mapping).some((r) => r === "start" || r === "end") ? undefined : staySpan(columns.start, columns.end);
      setSource(next);
      snapshotRef.current = snapshot;
      setAnalysis(undefined);
      setCleaned(undefined);
      columnsRef.current = undefined;
      setSettings((s) => ({
        ...s,
        capacityPerGroup: {},
        fromMonth: span ? toMonthKey(span.first) : s.fromMonth,
        toMonth: span ? toMonthKey(span.last) : s.toMonth,
        groupBy: s.groupBy.filter((d) => d === "gemeente" || next.mapping[d === "aanbieder" ? "provider" : "product"] !== undefined),
      }));
    });

  const setMapping = (role: StayRole, index: number | undefined) => {
    if (!source) return;
    const mapping = { ...source.mapping };
    for (const r of Object.keys(mapping) as StayRole[]) if (index !== undefined && mapping[r] === index) delete mapping[r];
    if (index === undefined) delete mapping[role];
    else mapping[role] = index;
    setSource({ ...source, mapping });
    setAnalysis(undefined);
    setCleaned(undefined);
    columnsRef.current = undefined;
  };

  const update = (patch: Partial<BezettingSettings>, keepAnalysis = false) => {
    setSettings((s) => ({ ...s, ...patch }));
    if (!keepAnalysis) {
      setAnalysis(undefined);
      setCleaned(undefined);
    }
  };

  const compute = async (report: (f: number) => void, exclude?: ReadonlySet<number>, withCapacity = false) => {
    const countOverlapOnce = exclude !== undefined;
    if (!source) throw new Error(t("bezetting.read.first"));
    const missing = missingRoles(source.mapping);
    if (missing.length > 0) throw new Error(t("bezetting.mapping.missing", { roles: missing.map((r) => t(`bezetting.role.${r}`)).join(", ") }));
    const from = monthDay(settings.fromMonth, t("bezetting.period.from"), t);
    const to = monthDay(settings.toMonth, t("bezetting.period.to"), t);
    columnsRef.current ??= await extractColumns(source, pause(report, 0, 0.8));
    return computeOccupancy(columnsRef.current, {
      from,
      to,
      groupBy: settings.groupBy,
      capacity: withCapacity ? capacityOf(settings, t) : undefined,
      exclude,
      countOverlapOnce,
      checkMunicipality: registryCheck(),
      rowLabel: sheetRowLabel(source),
    });
  };

  const analyse = () =>
    run(t("bezetting.progress.analysing"), async (report) => {
      const result = await compute(report);
      setAnalysis(result);
      setCleaned(result.problems.length > 0 ? await compute(report, new Set(excludedRows(result))) : undefined);
      notify(result.problems.length > 0 ? "warning" : "info", t(result.problems.length > 0 ? "bezetting.analysed.problems" : "bezetting.analysed.clean", { rows: result.counts.counted, problems: result.problems.length }));
    });

  const write = () =>
    run(t("bezetting.progress.writing"), async (report) => {
      if (!source || !analysis) throw new Error(t("bezetting.read.first"));
      if (analysis.problems.length > 0 && settings.onProblems === "stop") throw new Error(t("bezetting.write.stopped"));
      // stale data: the stays may have been edited since they were read; then nothing is written
      if (snapshotRef.current) await checkSourceUnchanged(port, snapshotRef.current);
      const excluded = excludedRows(analysis);
      const result = await compute(report, analysis.problems.length > 0 ? new Set(excluded) : undefined, true);
      report(0.9);
      const spec = outputSpec({ result, sourceRange: `${source.sheetName}!${source.address}`, excluded, rowLabel: sheetRowLabel(source), t, language });
      const written = await port.writeTable(spec);
      notify("success", t("bezetting.written", { sheet: written.sheetName, rows: result.counts.counted }));
      return written;
    });

  // after "exclude", the pane shows what will be written: counts and groups without those rows
  const shown = settings.onProblems === "exclude" && cleaned ? cleaned : analysis;
  return { source, settings, analysis, shown, read, setMapping, update, analyse, write };
}

/**
 * Rows that "exclude" leaves out: every row with a problem, except overlapping stays — those
 * stay in and their shared days are counted once (the stay that began first keeps them).
 */
export function excludedRows(analysis: OccupancyResult): number[] {
  const rows = new Set(analysis.problems.flatMap((p) => (p.kind === "overlap" ? [] : p.rows)));
  return [...rows].sort((a, b) => a - b);
}

function toMonthKey(day: number): string {
  const { year, month } = fromDayNumber(day);
  return monthKey(year, month);
}

function monthDay(value: string, field: string, t: Translate): number {
  const m = MONTH.exec(value.trim());
  if (!m || +m[2] < 1 || +m[2] > 12) throw new Error(t("bezetting.period.invalid", { field, value }));
  return dayNumber(+m[1], +m[2], 1);
}

function capacityOf(settings: BezettingSettings, t: Translate): CapacitySpec | undefined {
  const read = (text: string, where: string): number | undefined => {
    if (text.trim() === "") return undefined;
    const value = parseNumberText(text);
    if (value === undefined || value < 0) throw new Error(t("bezetting.capacity.invalid", { where, value: text }));
    return value;
  };
  // a Map: group labels are user text ("__proto__" must be an ordinary label)
  const perGroup = new Map<string, number>();
  for (const [label, text] of Object.entries(settings.capacityPerGroup)) {
    const value = read(text, label);
    if (value !== undefined) perGroup.set(label, value);
  }
  const total = read(settings.capacityTotal, t("bezetting.capacity.totalLabel"));
  if (total === undefined && perGroup.size === 0) return undefined;
  return { ...(total !== undefined ? { total } : {}), ...(perGroup.size > 0 ? { perGroup } : {}) };
}
