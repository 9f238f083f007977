import * as React from "react";
import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { usePaneServices } from "../../services";
import { parseNumberText } from "../../../engine/shared/numbers";
import { figureLabel, figuresForIndexation, type FigureRef, type IndexOverride, type IndexSeries } from "../../../engine/indexation";
import { MAX_INDEX_PERCENT } from "../../../workbookData";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const NL = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

/** "3-10-2026" or "2026-10-03" → "2026-10-03"; undefined when it is no date. */
export function publicationDate(text: string): string | undefined {
  const t = text.trim();
  const iso = ISO.exec(t);
  const nl = NL.exec(t);
  const parts = iso ? [iso[1], iso[2], iso[3]] : nl ? [nl[3], nl[2], nl[1]] : undefined;
  if (!parts) return undefined;
  const [y, m, d] = parts.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * For a contract year whose figures are not published yet: which OVA/PPC figures are missing,
 * and a form to enter them the way VNG publishes them (percentages with source and date). They
 * are stored in the workbook as own index figures (src/workbookData), for pane and functions alike.
 */
export function MissingFigures(props: { series: IndexSeries; wageShare: number; firstMissingYear: number; onSave: (figures: IndexOverride[]) => Promise<void> }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { busy } = usePaneServices();
  const [yearText, setYearText] = React.useState(String(props.firstMissingYear));
  const [percents, setPercents] = React.useState<Record<string, string>>({});
  const [source, setSource] = React.useState("");
  const [date, setDate] = React.useState("");
  const [problem, setProblem] = React.useState<string>();
  const year = Number(yearText);
  const missing: FigureRef[] = Number.isInteger(year) && year >= 1900 && year <= 2200 ? props.series.missing(figuresForIndexation(year, props.wageShare)) : [];

  const save = () => {
    const published = publicationDate(date);
    if (source.trim() === "") return setProblem(t("indexeren.missing.noSource"));
    if (!published) return setProblem(t("indexeren.missing.badDate"));
    const figures: IndexOverride[] = [];
    for (const ref of missing) {
      const text = percents[figureLabel(ref)] ?? "";
      if (text.trim() === "") continue;
      const percent = parseNumberText(text.replace("%", "").trim());
      if (percent === undefined || Math.abs(percent) > MAX_INDEX_PERCENT) return setProblem(t("indexeren.missing.badPercent", { figure: figureLabel(ref), max: MAX_INDEX_PERCENT }));
      figures.push({ ...ref, percent, note: `${source.trim()}, gepubliceerd ${published}`, source: source.trim(), published });
    }
    if (figures.length === 0) return setProblem(t("indexeren.missing.nothing"));
    setProblem(undefined);
    void props.onSave(figures).then(() => setPercents({}));
  };

  return (
    <div className={styles.form} data-testid="indexeren-missing">
      <Field label={t("indexeren.missing.year")}>
        <Input value={yearText} inputMode="numeric" data-testid="indexeren-missing-year" onChange={(_, d) => setYearText(d.value)} />
      </Field>
      {missing.length === 0 ? (
        <Caption1 data-testid="indexeren-missing-none">{t("indexeren.missing.none", { year: yearText })}</Caption1>
      ) : (
        <>
          <Caption1 data-testid="indexeren-missing-list">
            {t("indexeren.missing.list", { year, count: missing.length, figures: missing.map(figureLabel).join(", ") })}
          </Caption1>
          {missing.map((ref) => {
            const label = figureLabel(ref);
            return (
              <Field key={label} label={t("indexeren.missing.percent", { figure: label })}>
                <Input
                  value={percents[label] ?? ""}
                  inputMode="decimal"
                  data-testid={`indexeren-missing-${ref.series}-${ref.year}-${ref.stage}`}
                  onChange={(_, d) => setPercents({ ...percents, [label]: d.value })}
                />
              </Field>
            );
          })}
          <Field label={t("indexeren.missing.source")} hint={t("indexeren.missing.source.hint")}>
            <Input value={source} data-testid="indexeren-missing-source" onChange={(_, d) => setSource(d.value)} />
          </Field>
          <Field label={t("indexeren.missing.date")} validationMessage={problem}>
            <Input value={date} placeholder="dd-mm-jjjj" data-testid="indexeren-missing-date" onChange={(_, d) => setDate(d.value)} />
          </Field>
          <Caption1 className={styles.hint}>{t("indexeren.missing.hint")}</Caption1>
          <div>
            <Button appearance="primary" disabled={busy} data-testid="indexeren-missing-save" onClick={save}>
              {t("indexeren.missing.save")}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
