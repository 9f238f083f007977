import * as React from "react";
import { usePaneServices } from "../../services";
import { useI18n } from "../../i18n/I18nProvider";
import { useWorkbookData } from "../../useWorkbookData";
import { resetWorkbookSetting, saveWorkbookSetting, workbookIndexOverrides, workbookIndexSeries, workbookSettingProblem } from "../../../workbookData";
import {
  indexSeries,
  removeOverride,
  upsertOverride,
  type IndexOverride,
  type IndexSeries,
  type SeriesName,
  type Stage,
} from "../../../engine/indexation";

export interface IndexSeriesState {
  series: IndexSeries;
  overrides: IndexOverride[];
  /** why the own figures stored in the workbook cannot be used (embedded figures are used meanwhile) */
  loadError?: string;
  saveOverride(override: IndexOverride): Promise<void>;
  /** several figures at once (the missing-figures form) */
  saveOverrides(figures: IndexOverride[]): Promise<void>;
  deleteOverride(year: number, series: SeriesName, stage: Stage): Promise<void>;
  resetToEmbedded(): Promise<void>;
}

/** The series the pane calculates with: embedded figures with the workbook's own figures on top (src/workbookData). */
export function useIndexSeries(): IndexSeriesState {
  const { port, run, notify } = usePaneServices();
  const { t } = useI18n();
  const dataVersion = useWorkbookData();
  const { overrides, loadError, series } = React.useMemo(() => {
    void dataVersion;
    const problem = workbookSettingProblem("indexOverrides");
    return { overrides: workbookIndexOverrides(), loadError: problem, series: problem === undefined ? workbookIndexSeries() : indexSeries() };
  }, [dataVersion]);

  const store = React.useCallback(
    async (label: string, next: IndexOverride[], done: string) => {
      await run(label, async () => {
        await saveWorkbookSetting(port, "indexOverrides", next);
        notify("success", done);
      });
    },
    [port, run, notify],
  );

  return {
    series,
    overrides,
    loadError,
    saveOverride: (o) =>
      store(t("indexeren.series.saving"), upsertOverride(overrides, o), t("indexeren.series.saved", { year: o.year, series: o.series, stage: o.stage })),
    saveOverrides: (figures) =>
      store(t("indexeren.series.saving"), figures.reduce(upsertOverride, overrides), t("indexeren.missing.saved", { count: figures.length })),
    deleteOverride: (year, name, stage) =>
      store(t("indexeren.series.saving"), removeOverride(overrides, year, name, stage), t("indexeren.series.deleted", { year, series: name, stage })),
    resetToEmbedded: () =>
      run(t("indexeren.series.saving"), async () => {
        await resetWorkbookSetting(port, "indexOverrides");
        notify("success", t("indexeren.series.resetDone"));
      }),
  };
}
