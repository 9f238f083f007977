import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Field,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nProvider";
import type { ProgressState, StatusMessage } from "../services";

const useStyles = makeStyles({
  area: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** The status area (one message) and the progress bar of long actions. */
export function StatusArea({ status, progress, onDismiss }: { status: StatusMessage | null; progress: ProgressState | null; onDismiss: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.area} aria-live="polite" data-testid="status-area">
      {progress && (
        <Field validationMessage={progress.label} validationState="none">
          <ProgressBar value={progress.fraction} max={1} aria-label={progress.label} data-testid="progress" />
        </Field>
      )}
      {status && (
        <MessageBar intent={status.intent} data-testid={`status-${status.intent}`}>
          <MessageBarBody>{status.text}</MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" size="small" aria-label={t("status.close")} onClick={onDismiss}>×</Button>}
          />
        </MessageBar>
      )}
    </div>
  );
}
