import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { usePaneServices } from "../../services";
import { OverrideForm, type OverrideDraft } from "./OverrideForm";
import { SeriesTable, type SlotRef } from "./SeriesTable";
import type { IndexSeriesState } from "./useIndexSeries";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** See every figure with its source, add or override one in the workbook, or go back to the embedded series. */
export function SeriesEditor({ state }: { state: IndexSeriesState }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { busy } = usePaneServices();
  const lastYear = state.series.years[state.series.years.length - 1] ?? new Date().getFullYear();
  const years = React.useMemo(() => {
    const list: number[] = [];
    for (let y = lastYear; y >= (state.series.years[0] ?? lastYear); y -= 1) list.push(y);
    return list;
  }, [lastYear, state.series.years]);
  const [draft, setDraft] = React.useState<OverrideDraft>({ year: String(lastYear), series: "OVA", stage: "voorlopig", percent: "", note: "" });

  const pick = (slot: SlotRef) => {
    const used = state.series.slot(slot.year, slot.series, slot.stage).used;
    setDraft({
      year: String(slot.year),
      series: slot.series,
      stage: slot.stage,
      percent: used ? used.percent.toLocaleString("nl-NL") : "",
      note: used?.sourceKind === "werkmap" ? used.note : "",
    });
  };

  return (
    <div className={styles.block}>
      <Caption1>{t("indexeren.series.hint", { count: state.overrides.length })}</Caption1>
      <SeriesTable series={state.series} years={years} onPick={pick} />
      <OverrideForm
        series={state.series}
        draft={draft}
        onDraft={setDraft}
        onSave={(o) => void state.saveOverride(o)}
        onDelete={(s) => void state.deleteOverride(s.year, s.series, s.stage)}
      />
      <div>
        <Button disabled={busy || (state.overrides.length === 0 && !state.loadError)} onClick={() => void state.resetToEmbedded()} data-testid="indexeren-reset">
          {t("indexeren.series.reset")}
        </Button>
      </div>
    </div>
  );
}
