import * as React from "react";
import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import {
  COMBINATIONS,
  DIFFERENCES,
  ROUNDING_MODES,
  tablesUsingCombination,
  tablesUsingDifference,
  tablesUsingRounding,
  type PublishedTable,
} from "../../../engine/indexation";
import { ChoiceField } from "./ChoiceField";
import { wageShareOf, type MethodChoice, type WeightChoice } from "./methodChoice";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const WEIGHTS: readonly WeightChoice[] = ["ambulant", "verblijf", "eigen"];

/** Contract year, weights and the three method dimensions, each with what it means and who used it. */
export function MethodForm(props: { choice: MethodChoice; years: number[]; year?: number; onChange: (next: MethodChoice) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { choice, onChange } = props;
  const set = (patch: Partial<MethodChoice>) => onChange({ ...choice, ...patch });
  const usedBy = (tables: PublishedTable[]) =>
    tables.length > 0 ? t("indexeren.usedBy", { tables: tables.map((x) => x.name).join("; ") }) : t("indexeren.usedBy.none");
  const shareInvalid = choice.weight === "eigen" && wageShareOf(choice) === undefined;

  return (
    <div className={styles.form}>
      <Field label={t("indexeren.year.label")} hint={t("indexeren.year.hint")}>
        <Select
          data-testid="indexeren-year"
          value={props.year === undefined ? "" : String(props.year)}
          onChange={(_, data) => set({ year: Number(data.value) })}
        >
          {props.years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      <ChoiceField
        label={t("indexeren.weights.label")}
        testId="indexeren-weights"
        value={choice.weight}
        options={WEIGHTS.map((w) => ({ value: w, label: t(`indexeren.weights.${w}`) }))}
        hint={t(`indexeren.weights.${choice.weight}.hint`)}
        onChange={(weight) => set({ weight })}
      />
      {choice.weight === "eigen" && (
        <Field
          label={t("indexeren.weights.custom.label")}
          validationState={shareInvalid ? "error" : "none"}
          validationMessage={shareInvalid ? t("indexeren.weights.custom.invalid") : undefined}
        >
          <Input data-testid="indexeren-share" value={choice.customShare} onChange={(_, data) => set({ customShare: data.value })} />
        </Field>
      )}
      <ChoiceField
        label={t("indexeren.difference.label")}
        testId="indexeren-difference"
        value={choice.difference}
        options={DIFFERENCES.map((d) => ({ value: d, label: t(`indexeren.difference.${d}.label`) }))}
        hint={`${t(`indexeren.difference.${choice.difference}.hint`)} ${usedBy(tablesUsingDifference(choice.difference))}`}
        onChange={(difference) => set({ difference })}
      />
      <ChoiceField
        label={t("indexeren.combination.label")}
        testId="indexeren-combination"
        value={choice.combination}
        options={COMBINATIONS.map((c) => ({ value: c, label: t(`indexeren.combination.${c}.label`) }))}
        hint={`${t(`indexeren.combination.${choice.combination}.hint`)} ${usedBy(tablesUsingCombination(choice.combination))}`}
        onChange={(combination) => set({ combination })}
      />
      <ChoiceField
        label={t("indexeren.rounding.label")}
        testId="indexeren-rounding"
        value={choice.rounding}
        options={ROUNDING_MODES.map((r) => ({ value: r, label: t(`indexeren.rounding.${r}.label`) }))}
        hint={`${t(`indexeren.rounding.${choice.rounding}.hint`)} ${usedBy(tablesUsingRounding(choice.rounding))}`}
        onChange={(rounding) => set({ rounding })}
      />
      {choice.rounding !== "geen" && (
        <Field label={t("indexeren.rounding.decimals")}>
          <Select value={String(choice.decimals)} onChange={(_, data) => set({ decimals: Number(data.value) })}>
            {[0, 1, 2, 3, 4].map((d) => (
              <option key={d} value={String(d)}>
                {d}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
}
