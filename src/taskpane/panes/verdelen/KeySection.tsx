import * as React from "react";
import { Button, Caption1, Field, MessageBar, MessageBarActions, MessageBarBody, Radio, RadioGroup, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { MunicipalityRegistry, PopulationImport } from "../../../engine/municipalities";
import { useI18n } from "../../i18n/I18nProvider";
import type { Translate } from "../../i18n/catalogue";
import type { KeySource } from "./model";
import type { YearChoice } from "./useVerdelen";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  file: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const SOURCES: KeySource[] = ["cbs", "sheet", "custom"];

export interface KeySectionProps {
  keySource: KeySource;
  year: number;
  /** why `year` is the reference year, said under the year picker */
  yearChoice: YearChoice;
  registry: MunicipalityRegistry;
  imports: PopulationImport[];
  /** why the imports stored in the workbook cannot be used (src/workbookData), with a reset */
  importsProblem?: string;
  busy: boolean;
  onKeySource: (source: KeySource) => void;
  onYear: (year: number) => void;
  onImport: (text: string) => void;
  onRemoveImports: () => void;
}

function yearWhy(props: KeySectionProps, t: Translate): string {
  const choice = props.yearChoice;
  switch (choice.kind) {
    case "latest":
      return t("verdelen.year.why.latest", { year: props.year });
    case "user":
      return t("verdelen.year.why.user", { year: props.year });
    case "sheet":
      return t("verdelen.year.why.sheet", { year: props.year, text: choice.named.text, address: choice.named.address });
    case "sheetMissing":
      return t("verdelen.year.why.sheetMissing", {
        year: props.year,
        named: choice.named.year,
        text: choice.named.text,
        address: choice.named.address,
        nearest: props.registry.nearestYearsText(choice.named.year),
      });
  }
}

/** Which key (CBS inhabitants for a year, a sheet column, custom weights) and the CBS import. */
export function KeySection(props: KeySectionProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const fileRef = React.useRef<HTMLInputElement>(null);
  const importedYears = new Set(props.imports.map((i) => i.year));

  const readFile = (file: File | undefined) => {
    if (!file) return;
    // FileReader rather than File.text(): older Office web views lack the latter
    const reader = new FileReader();
    reader.onload = () => props.onImport(String(reader.result ?? ""));
    reader.readAsText(file);
    if (fileRef.current) fileRef.current.value = "";
  };

  return (
    <div className={styles.section}>
      <Field label={t("verdelen.keySource")} hint={t(`verdelen.keySource.hint.${props.keySource}`)}>
        <RadioGroup value={props.keySource} data-testid="verdelen-key-source" onChange={(_, data) => props.onKeySource(data.value as KeySource)}>
          {SOURCES.map((s) => (
            <Radio key={s} value={s} label={t(`verdelen.keySource.${s}`)} data-testid={`verdelen-key-source-${s}`} />
          ))}
        </RadioGroup>
      </Field>
      {props.keySource === "cbs" && (
        <Field label={t("verdelen.year")} hint={<span data-testid="verdelen-year-why">{yearWhy(props, t)}</span>}>
          <Select data-testid="verdelen-year" value={String(props.year)} onChange={(_, data) => props.onYear(Number(data.value))}>
            {props.registry.yearsWithFigures().map((y) => (
              <option key={y} value={y}>
                {importedYears.has(y) ? t("verdelen.year.imported", { year: y }) : y}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {props.importsProblem && (
        <MessageBar intent="error">
          <MessageBarBody data-testid="verdelen-setting-problem">{props.importsProblem}</MessageBarBody>
          <MessageBarActions>
            <Button data-testid="verdelen-setting-reset" disabled={props.busy} onClick={props.onRemoveImports}>
              {t("verdelen.import.resetSetting")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Caption1 as="p" className={styles.hint}>
        {t("verdelen.import.hint")}
      </Caption1>
      <input ref={fileRef} className={styles.file} type="file" accept=".csv,text/csv,text/plain" tabIndex={-1} aria-hidden data-testid="verdelen-import-file" onChange={(e) => readFile(e.target.files?.[0])} />
      <div className={styles.buttons}>
        <Button onClick={() => fileRef.current?.click()} disabled={props.busy} data-testid="verdelen-import">
          {t("verdelen.import.file")}
        </Button>
        {props.imports.length > 0 && (
          <Button appearance="subtle" onClick={props.onRemoveImports} disabled={props.busy}>
            {t("verdelen.import.remove")}
          </Button>
        )}
      </div>
      {props.imports.length > 0 && <Caption1>{t("verdelen.import.list", { years: [...importedYears].join(", ") })}</Caption1>}
    </div>
  );
}
