import * as React from "react";
import { Button, Caption1, Field, Input, Label, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { monthRange } from "../../../engine/shared/months";
import { formatNumberNl } from "../../../engine/shared/numbers";
import type { OccupancyResult } from "../../../engine/occupancy";
import type { BezettingSettings } from "./useBezetting";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  // one line per group: its name, then a short number field (places are a few digits)
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 96px",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  groupName: { overflowWrap: "anywhere" },
  capacity: { minWidth: 0, width: "96px" },
});

/** Groups at most this many get a capacity field each; more is not a table anyone reads per group. */
const CAPACITY_FIELDS = 60;

/** Summary of the analysed table, capacity per group, and the write button. */
export function ResultSection(props: {
  analysis: OccupancyResult;
  settings: BezettingSettings;
  canWrite: boolean;
  busy: boolean;
  onChange: (patch: Partial<BezettingSettings>, keepAnalysis?: boolean) => void;
  onWrite: () => void;
}) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const { analysis, settings } = props;
  const months = analysis.period.months;
  const fieldId = useId("bezetting-capacity");
  return (
    <div className={styles.section}>
      <Text data-testid="bezetting-summary">
        {t("bezetting.summary", {
          groups: analysis.groups.length,
          period: monthRange(months[0].key, months[months.length - 1].key, language),
          mean: formatNumberNl(analysis.total.mean),
          rows: analysis.counts.counted,
        })}
      </Text>
      {analysis.groups.length <= CAPACITY_FIELDS && (
        <Field label={t("bezetting.capacity.perGroupLabel")} hint={t("bezetting.capacity.perGroupHint")}>
          <div className={styles.grid}>
            {analysis.groups.map((g, i) => (
              <React.Fragment key={g.label}>
                <Label htmlFor={`${fieldId}-${i}`} className={styles.groupName} size="small">
                  {g.label}
                </Label>
                <Input
                  id={`${fieldId}-${i}`}
                  className={styles.capacity}
                  size="small"
                  inputMode="decimal"
                  aria-label={t("bezetting.capacity.for", { group: g.label })}
                  value={settings.capacityPerGroup[g.label] ?? ""}
                  onChange={(_, d) => props.onChange({ capacityPerGroup: { ...settings.capacityPerGroup, [g.label]: d.value } }, true)}
                  data-testid={`bezetting-capacity-${g.label}`}
                />
              </React.Fragment>
            ))}
          </div>
        </Field>
      )}
      {partialCapacity(analysis, settings) && <Caption1 data-testid="bezetting-capacity-partial">{t("bezetting.capacity.partial")}</Caption1>}
      <Button appearance="primary" disabled={!props.canWrite || props.busy} onClick={props.onWrite} data-testid="bezetting-write">
        {t("bezetting.write.button")}
      </Button>
    </div>
  );
}

/** Some groups have a capacity, not all, and there is no total: the total gets no capacity line (engine rule). */
function partialCapacity(analysis: OccupancyResult, settings: BezettingSettings): boolean {
  if (settings.capacityTotal.trim() !== "") return false;
  const filled = analysis.groups.filter((g) => (settings.capacityPerGroup[g.label] ?? "").trim() !== "").length;
  return filled > 0 && filled < analysis.groups.length;
}
