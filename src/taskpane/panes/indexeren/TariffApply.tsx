import * as React from "react";
import { Button, Caption1, Field, Radio, RadioGroup, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { usePaneServices } from "../../services";
import { TARIFF_FIELDS, figuresForSettlement, type ColumnMapping, type FigureRef, type IndexSeries, type TariffField } from "../../../engine/indexation";
import type { Translate } from "../../i18n/catalogue";
import type { useTariffList } from "./useTariffList";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  read: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** "OVA 2025 definitief en PPC 2025 definitief" in the pane's language (the figures are data, not the engine's Dutch message). */
function figureList(refs: readonly FigureRef[], t: Translate): string {
  const labels = refs.map((r) => t(`indexeren.figure.${r.stage}`, { series: r.series, year: r.year }));
  return labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} ${t("indexeren.and")} ${labels[labels.length - 1]}`;
}

/** Read a tariff list from the selection, check the column mapping, and write the indexed list. */
export function TariffApply(props: { list: ReturnType<typeof useTariffList>; years: number[]; toYear?: number; canWrite: boolean; series?: IndexSeries; wageShare?: number }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { busy } = usePaneServices();
  const { state, setState, read, write } = props.list;
  const setMapping = (field: TariffField, value: string) => {
    const mapping: ColumnMapping = { ...state.mapping, [field]: value === "" ? undefined : Number(value) };
    setState({ ...state, mapping });
  };
  // why the Nacalculatie switch is off: no basis column, or the figures of the year are not there yet
  const settlementMissing =
    props.series && props.wageShare !== undefined && state.fromYear !== undefined ? props.series.missing(figuresForSettlement(state.fromYear, props.wageShare)) : [];
  const settlementOff =
    state.mapping.basis === undefined
      ? t("indexeren.apply.settlement.noBasis")
      : settlementMissing.length > 0
        ? t("indexeren.apply.settlement.missing", { year: state.fromYear ?? "", count: settlementMissing.length, figures: figureList(settlementMissing, t) })
        : undefined;
  const fromYears = props.years.filter((y) => props.toYear === undefined || y <= props.toYear);

  return (
    <div className={styles.block}>
      <Caption1>{t("indexeren.apply.hint")}</Caption1>
      <div className={styles.actions}>
        <Button data-testid="indexeren-read" onClick={() => void read()} disabled={busy}>
          {t("indexeren.apply.read")}
        </Button>
      </div>
      {state.snapshot && (
        <>
          <Caption1 className={styles.read} data-testid="indexeren-read-info">
            {t("indexeren.apply.readInfo", { range: `${state.snapshot.sheetName}!${state.snapshot.address}`, rows: state.snapshot.values.length - 1 })}
          </Caption1>
          {TARIFF_FIELDS.map((field) => (
            <Field key={field} label={t(`indexeren.apply.field.${field}`)}>
              <Select
                data-testid={`indexeren-map-${field}`}
                value={state.mapping[field] === undefined ? "" : String(state.mapping[field])}
                onChange={(_, data) => setMapping(field, data.value)}
              >
                <option value="">{t("indexeren.apply.field.none")}</option>
                {state.headers.map((h, i) => (
                  <option key={i} value={String(i)}>
                    {h || t("indexeren.apply.field.column", { n: i + 1 })}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          <Field label={t("indexeren.apply.fromYear")} hint={t("indexeren.apply.fromYear.hint", { to: props.toYear ?? "" })}>
            <Select
              data-testid="indexeren-from-year"
              value={state.fromYear === undefined ? "" : String(state.fromYear)}
              onChange={(_, data) => setState({ ...state, fromYear: Number(data.value) })}
            >
              {state.fromYear !== undefined && !fromYears.includes(state.fromYear) && <option value={String(state.fromYear)}>{state.fromYear}</option>}
              {fromYears.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
          <Switch
            data-testid="indexeren-settlement"
            checked={state.withSettlement && settlementOff === undefined}
            disabled={settlementOff !== undefined}
            label={t("indexeren.apply.settlement", { year: state.fromYear ?? "" })}
            onChange={(_, data) => setState({ ...state, withSettlement: data.checked })}
          />
          {settlementOff !== undefined && (
            <Caption1 className={styles.read} data-testid="indexeren-settlement-why">
              {settlementOff}
            </Caption1>
          )}
          {state.withSettlement && settlementOff === undefined && (
            <RadioGroup
              value={state.basisKind}
              aria-label={t("indexeren.apply.basisKind")}
              onChange={(_, data) => setState({ ...state, basisKind: data.value === "bedrag" ? "bedrag" : "volume" })}
            >
              <Radio value="volume" label={t("indexeren.apply.basis.volume")} />
              <Radio value="bedrag" label={t("indexeren.apply.basis.bedrag")} />
            </RadioGroup>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" data-testid="indexeren-write" disabled={busy || !props.canWrite} onClick={() => void write()}>
              {t("indexeren.apply.write", { year: props.toYear ?? "" })}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
