import * as React from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** Highlights on/off (with the warning that a save keeps them) and the report export. */
export function ActionsSection(props: { highlighted: boolean; hasFindings: boolean; busy: boolean; onHighlight: () => void; onClear: () => void; onExport: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.section}>
      <div className={styles.buttons}>
        <Button onClick={props.onHighlight} disabled={props.busy || !props.hasFindings} data-testid="controleren-highlight">{t("controleren.highlight.add")}</Button>
        <Button onClick={props.onClear} disabled={props.busy} data-testid="controleren-clear">{t("controleren.highlight.clear")}</Button>
        <Button onClick={props.onExport} disabled={props.busy} data-testid="controleren-export">{t("controleren.export.button")}</Button>
      </div>
      {props.highlighted && (
        <MessageBar intent="warning" data-testid="controleren-highlight-warning">
          <MessageBarBody>{t("controleren.highlight.saveWarning")}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
