import * as React from "react";
import { SETTINGS_KEYS } from "../../../excel/WorkbookPort";
import { setIndexOverrides } from "../../../functions/shared/workbookState";
import { errorText, usePaneServices } from "../../services";
import { useI18n } from "../../i18n/I18nProvider";
import {
  indexSeries,
  parseOverrides,
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
  /** set when the overrides stored in the workbook could not be read (embedded figures are used) */
  loadError?: string;
  saveOverride(override: IndexOverride): Promise<void>;
  deleteOverride(year: number, series: SeriesName, stage: Stage): Promise<void>;
  resetToEmbedded(): Promise<void>;
}

/** The series the pane calculates with: embedded figures with the workbook's own figures on top. */
export function useIndexSeries(): IndexSeriesState {
  const { port, run, notify } = usePaneServices();
  const { t } = useI18n();
  const [overrides, setOverrides] = React.useState<IndexOverride[]>([]);
  const [loadError, setLoadError] = React.useState<string>();

  React.useEffect(() => {
    let live = true;
    port
      .getSetting(SETTINGS_KEYS.indexOverrides)
      .then((value) => {
        setIndexOverrides(value);
        if (live) setOverrides(parseOverrides(value));
      })
      .catch((error: unknown) => {
        if (live) setLoadError(errorText(error));
      });
    return () => {
      live = false;
    };
  }, [port]);

  const series = React.useMemo(() => indexSeries(overrides), [overrides]);

  const store = React.useCallback(
    async (label: string, next: IndexOverride[], done: string) => {
      await run(label, async () => {
        if (next.length === 0) await port.removeSetting(SETTINGS_KEYS.indexOverrides);
        else await port.setSetting(SETTINGS_KEYS.indexOverrides, next);
        setIndexOverrides(next.length === 0 ? undefined : next);
        setOverrides(next);
        setLoadError(undefined);
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
    deleteOverride: (year, name, stage) =>
      store(t("indexeren.series.saving"), removeOverride(overrides, year, name, stage), t("indexeren.series.deleted", { year, series: name, stage })),
    resetToEmbedded: () => store(t("indexeren.series.saving"), [], t("indexeren.series.resetDone")),
  };
}
