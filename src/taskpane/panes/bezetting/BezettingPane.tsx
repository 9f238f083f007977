import * as React from "react";
import { Button, Caption1, Divider, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { usePaneServices } from "../../services";
import { PaneHeading } from "../../components/PaneSection";
import { usePaneStyles } from "../../components/paneStyles";
import { missingRoles } from "../../../engine/occupancy";
import { SourceSection } from "./SourceSection";
import { SettingsSection } from "./SettingsSection";
import { ProblemsSection } from "./ProblemsSection";
import { ResultSection } from "./ResultSection";
import { excludedRows, useBezetting } from "./useBezetting";

/** The Bezetting pane: stays table → occupancy per group per month on a new sheet. */
export function BezettingPane() {
  const styles = usePaneStyles();
  const { t } = useI18n();
  const { busy } = usePaneServices();
  const state = useBezetting();
  const { source, settings, analysis, shown } = state;
  const ready = source !== undefined && missingRoles(source.mapping).length === 0 && settings.fromMonth !== "" && settings.toMonth !== "";
  const canWrite = analysis !== undefined && (analysis.problems.length === 0 || settings.onProblems === "exclude");
  return (
    <div className={styles.pane} data-testid="pane-bezetting">
      <Text as="p">{t("bezetting.intro")}</Text>
      <PaneHeading>{t("bezetting.section.source")}</PaneHeading>
      <SourceSection source={source} busy={busy} onRead={() => void state.read()} onMap={state.setMapping} />
      {source && (
        <>
          <Divider />
          <PaneHeading>{t("bezetting.section.settings")}</PaneHeading>
          <SettingsSection settings={settings} source={source} onChange={state.update} />
          <Button appearance={analysis ? "secondary" : "primary"} disabled={!ready || busy} onClick={() => void state.analyse()} data-testid="bezetting-analyse">
            {t("bezetting.analyse.button")}
          </Button>
        </>
      )}
      {analysis && shown && (
        <>
          <Divider />
          <PaneHeading>{t("bezetting.section.problems")}</PaneHeading>
          {analysis.textDates && (
            <MessageBar intent="info" data-testid="bezetting-text-dates">
              <MessageBarBody>{t("bezetting.textDates", { count: analysis.textDates.count, example: analysis.textDates.example.slice(0, 20) })}</MessageBarBody>
            </MessageBar>
          )}
          <ProblemsSection problems={analysis.problems} sheetRow={(i) => (source?.firstRow ?? 1) + i} choice={settings.onProblems} onChoice={(c) => state.update({ onProblems: c }, true)} />
          <Divider />
          <PaneHeading>{t("bezetting.section.result")}</PaneHeading>
          {shown !== analysis && (
            <Caption1 data-testid="bezetting-cleaned">
              {t("bezetting.summary.cleaned", { excluded: excludedRows(analysis).length, days: shown.overlapDaysNotCounted ?? 0 })}
            </Caption1>
          )}
          <ResultSection analysis={shown} settings={settings} canWrite={canWrite} busy={busy} onChange={state.update} onWrite={() => void state.write()} />
        </>
      )}
    </div>
  );
}
