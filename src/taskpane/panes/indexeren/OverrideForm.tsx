import * as React from "react";
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { usePaneServices } from "../../services";
import { parseNumberText } from "../../../engine/shared/numbers";
import { SERIES_NAMES, STAGES, type IndexOverride, type IndexSeries, type SeriesName, type Stage } from "../../../engine/indexation";
import type { SlotRef } from "./SeriesTable";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export interface OverrideDraft {
  year: string;
  series: SeriesName;
  stage: Stage;
  percent: string;
  note: string;
}

/** Reads a draft into an override, or says in Dutch which field is wrong. */
export function draftToOverride(draft: OverrideDraft): IndexOverride | string {
  const year = Number(draft.year);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return "indexeren.series.form.badYear";
  const percent = parseNumberText(draft.percent.replace("%", ""));
  if (percent === undefined || Math.abs(percent) > 100) return "indexeren.series.form.badPercent";
  if (draft.note.trim() === "") return "indexeren.series.form.noNote";
  return { year, series: draft.series, stage: draft.stage, percent, note: draft.note.trim() };
}

/** Add or override one year's figure with a source note; pick a published alternative; remove. */
export function OverrideForm(props: {
  series: IndexSeries;
  draft: OverrideDraft;
  onDraft: (draft: OverrideDraft) => void;
  onSave: (override: IndexOverride) => void;
  onDelete: (slot: SlotRef) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const { busy } = usePaneServices();
  const { draft, onDraft } = props;
  const [problem, setProblem] = React.useState<string>();
  const set = (patch: Partial<OverrideDraft>) => {
    setProblem(undefined);
    onDraft({ ...draft, ...patch });
  };
  const year = Number(draft.year);
  const slot = Number.isInteger(year) ? props.series.slot(year, draft.series, draft.stage) : undefined;
  const isOverride = slot?.used?.sourceKind === "werkmap";
  const save = () => {
    const result = draftToOverride(draft);
    if (typeof result === "string") setProblem(t(result));
    else props.onSave(result);
  };

  return (
    <div className={styles.form} data-testid="indexeren-override-form">
      <Field label={t("indexeren.series.year")}>
        <Input value={draft.year} inputMode="numeric" onChange={(_, d) => set({ year: d.value })} />
      </Field>
      <Field label={t("indexeren.series.form.series")}>
        <Select value={draft.series} onChange={(_, d) => set({ series: d.value === "PPC" ? "PPC" : "OVA" })}>
          {SERIES_NAMES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </Select>
      </Field>
      <Field label={t("indexeren.series.form.stage")}>
        <Select value={draft.stage} onChange={(_, d) => set({ stage: d.value === "definitief" ? "definitief" : "voorlopig" })}>
          {STAGES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </Select>
      </Field>
      {slot && slot.alternatives.length > 0 && (
        <Field label={t("indexeren.series.form.alternative")}>
          <Select
            value=""
            onChange={(_, d) => {
              const alt = slot.alternatives[Number(d.value)];
              if (alt) set({ percent: alt.percent.toLocaleString("nl-NL"), note: `${alt.stage}, ${alt.sourceKind}: ${alt.sourceUrl}` });
            }}
          >
            <option value="">{t("indexeren.series.form.alternativePick")}</option>
            {slot.alternatives.map((a, i) => (
              <option key={i} value={String(i)}>
                {`${a.percent.toLocaleString("nl-NL")}% (${a.stage}, ${a.sourceKind})`}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t("indexeren.series.form.percent")}>
        <Input value={draft.percent} onChange={(_, d) => set({ percent: d.value })} contentAfter="%" />
      </Field>
      <Field
        label={t("indexeren.series.form.note")}
        validationState={problem ? "error" : "none"}
        validationMessage={problem}
        hint={t("indexeren.series.form.noteHint")}
      >
        <Input value={draft.note} onChange={(_, d) => set({ note: d.value })} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={save}>
          {t("indexeren.series.form.save")}
        </Button>
        {isOverride && (
          <Button disabled={busy} onClick={() => props.onDelete({ year, series: draft.series, stage: draft.stage })}>
            {t("indexeren.series.form.delete")}
          </Button>
        )}
      </div>
    </div>
  );
}
