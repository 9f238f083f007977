import * as React from "react";
import { Accordion, Button, Caption1, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { usePaneServices } from "../../services";
import { PaneSection } from "../../components/PaneSection";
import { usePaneStyles } from "../../components/paneStyles";
import { KeySection } from "./KeySection";
import { LinesSection } from "./LinesSection";
import { MunicipalitiesSection } from "./MunicipalitiesSection";
import { ParticipationGrid } from "./ParticipationGrid";
import { PreviewTable } from "./PreviewTable";
import { participates, roundingNotices } from "./model";
import { useVerdelen } from "./useVerdelen";

const useStyles = makeStyles({
  rule: { color: tokens.colorNeutralForeground3 },
});

/** The Verdelen pane: municipalities, key, cost lines, participation, preview, write. */
export function VerdelenPane() {
  const paneStyles = usePaneStyles();
  const styles = useStyles();
  const { t } = useI18n();
  const { busy } = usePaneServices();
  const { input, update, model, registry, imports, importsProblem, actions, yearChoice, chooseYear } = useVerdelen();
  const unit = t(input.decimals > 0 ? "verdelen.decimals.2" : "verdelen.decimals.0");
  const lineNotices = roundingNotices(input, model, input.decimals).map((n) => n && t("verdelen.line.rounded", { ...n, unit }));

  return (
    <div className={paneStyles.pane} data-testid="pane-verdelen">
      <Text as="p">{t("verdelen.intro")}</Text>
      <Accordion multiple collapsible defaultOpenItems={["municipalities", "key", "lines"]}>
        <PaneSection value="municipalities" title={t("verdelen.section.municipalities")}>
          <MunicipalitiesSection
            rows={input.rows}
            checks={model.checks}
            keySource={input.keySource}
            busy={busy}
            onPreset={actions.applyPreset}
            onChange={actions.setRow}
            onAdd={actions.addRow}
            onRemove={actions.removeRow}
            onReadSelection={actions.readMunicipalities}
          />
        </PaneSection>
        <PaneSection value="key" title={t("verdelen.section.key")}>
          <KeySection
            keySource={input.keySource}
            year={input.year}
            registry={registry}
            imports={imports}
            importsProblem={importsProblem}
            busy={busy}
            onKeySource={actions.setKeySource}
            yearChoice={yearChoice}
            onYear={chooseYear}
            onImport={actions.importCbs}
            onRemoveImports={actions.removeImports}
          />
        </PaneSection>
        <PaneSection value="lines" title={t("verdelen.section.lines")}>
          <LinesSection
            lines={input.lines}
            lineErrors={model.lineErrors}
            lineNotices={lineNotices}
            vat={input.vat}
            vatError={model.vatError}
            decimals={input.decimals}
            budgetYear={input.budgetYear}
            budgetYearError={model.budgetYearError}
            busy={busy}
            onChange={actions.setLine}
            onAdd={actions.addLine}
            onRemove={actions.removeLine}
            onReadSelection={actions.readLines}
            onSettings={update}
          />
        </PaneSection>
        <PaneSection value="participation" title={t("verdelen.section.participation")}>
          <ParticipationGrid
            rows={input.rows}
            lines={model.usedLines}
            joins={(lineId, rowId) => participates(input, lineId, rowId)}
            onChange={actions.setParticipation}
          />
        </PaneSection>
      </Accordion>
      <Caption1 as="p" className={styles.rule}>
        {t("verdelen.rule")}
      </Caption1>
      {model.table ? (
        <PreviewTable table={model.table} lineNames={model.lineNames} />
      ) : (
        <MessageBar intent="info" data-testid="verdelen-not-ready">
          <MessageBarBody>{t("verdelen.preview.notReady", { reason: model.blocker && "key" in model.blocker ? t(model.blocker.key) : model.blocker?.message ?? "" })}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={!model.table || busy} onClick={actions.write} data-testid="verdelen-write">
        {t("verdelen.write")}
      </Button>
    </div>
  );
}
