import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import type { SafeFix } from "./fixes";

const useStyles = makeStyles({
  values: { overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

/** The preview of one safe fix: what the cell holds now and what it will hold; nothing changes until "Toepassen". */
export function FixPreview(props: { fix: SafeFix; busy: boolean; onApply: () => void; onCancel: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { fix } = props;
  const bar = React.useRef<HTMLDivElement>(null);
  // the preview opens above the list, maybe far from the clicked finding: bring it into view (jsdom has no scrollIntoView)
  React.useEffect(() => {
    bar.current?.scrollIntoView?.({ block: "nearest" });
  }, [fix]);
  return (
    <MessageBar ref={bar} intent="info" layout="multiline" data-testid="controleren-fix-preview">
      <MessageBarBody>
        <MessageBarTitle>{t("controleren.fix.title", { cell: `${fix.finding.sheet}!${fix.finding.cell}` })}</MessageBarTitle>
        <span className={styles.values}>{t("controleren.fix.change", { before: fix.before, after: fix.after })}</span>
      </MessageBarBody>
      <MessageBarActions>
        <div className={styles.actions}>
          <Button appearance="primary" size="small" onClick={props.onApply} disabled={props.busy} data-testid="controleren-fix-apply">{t("controleren.fix.apply")}</Button>
          <Button size="small" onClick={props.onCancel} data-testid="controleren-fix-cancel">{t("controleren.fix.cancel")}</Button>
        </div>
      </MessageBarActions>
    </MessageBar>
  );
}
