import * as React from "react";
import { Accordion, Button, MessageBar, MessageBarActions, MessageBarBody, Text } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { PaneSection } from "../../components/PaneSection";
import { usePaneStyles } from "../../components/paneStyles";
import { availableYears, deriveIndexation, tariffLevels, type Derivation } from "../../../engine/indexation";
import { DerivationTable } from "./DerivationTable";
import { LevelChart } from "./LevelChart";
import { MethodForm } from "./MethodForm";
import { SeriesEditor } from "./SeriesEditor";
import { MissingFigures } from "./MissingFigures";
import { TariffApply } from "./TariffApply";
import { DEFAULT_CHOICE, methodOf, type MethodChoice } from "./methodChoice";
import { useIndexSeries } from "./useIndexSeries";
import { useTariffList } from "./useTariffList";

/** The Indexeren pane: method, derivation (VNG style), chart, apply to a tariff list, series editor. */
export function IndexerenPane() {
  const styles = usePaneStyles();
  const { t } = useI18n();
  const seriesState = useIndexSeries();
  const { series } = seriesState;
  const [choice, setChoice] = React.useState<MethodChoice>(DEFAULT_CHOICE);
  const method = React.useMemo(() => methodOf(choice), [choice]);
  const years = React.useMemo(() => (method ? availableYears(series, method) : []), [series, method]);
  const year = choice.year !== undefined && years.includes(choice.year) ? choice.year : years[years.length - 1];
  const derivation: Derivation | undefined = React.useMemo(
    () => (method && year !== undefined ? deriveIndexation(series, year, method) : undefined),
    [series, method, year],
  );
  const levels = React.useMemo(() => (derivation ? tariffLevels(series, derivation.year, derivation.method) : []), [series, derivation]);
  const list = useTariffList({ series, overrides: seriesState.overrides, method, toYear: year });

  return (
    <div className={styles.pane} data-testid="pane-indexeren">
      <Text as="p">{t("indexeren.intro")}</Text>
      {seriesState.loadError && (
        <MessageBar intent="warning">
          <MessageBarBody data-testid="indexeren-setting-problem">{t("indexeren.series.loadError", { message: seriesState.loadError })}</MessageBarBody>
          <MessageBarActions>
            <Button data-testid="indexeren-setting-reset" onClick={() => void seriesState.resetToEmbedded()}>
              {t("indexeren.series.resetSetting")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Accordion collapsible defaultOpenItems={["method"]}>
        <PaneSection value="method" title={t("indexeren.section.method")}>
          <MethodForm choice={choice} years={years} year={year} onChange={setChoice} />
        </PaneSection>
      </Accordion>
      {derivation ? (
        <DerivationTable derivation={derivation} />
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>{t(method ? "indexeren.noYears" : "indexeren.weights.custom.invalid")}</MessageBarBody>
        </MessageBar>
      )}
      <LevelChart levels={levels} />
      <Accordion multiple collapsible defaultOpenItems={["apply"]}>
        <PaneSection value="apply" title={t("indexeren.section.apply")}>
          <TariffApply list={list} years={series.years} toYear={year} canWrite={derivation !== undefined} series={series} wageShare={method?.wageShare} />
        </PaneSection>
        <PaneSection value="missing" title={t("indexeren.section.missing")}>
          <MissingFigures
            series={series}
            wageShare={method?.wageShare ?? 0.9}
            firstMissingYear={(years[years.length - 1] ?? series.years[series.years.length - 1] ?? 2025) + 1}
            onSave={seriesState.saveOverrides}
          />
        </PaneSection>
        <PaneSection value="series" title={t("indexeren.section.series")}>
          <SeriesEditor state={seriesState} />
        </PaneSection>
      </Accordion>
    </div>
  );
}
