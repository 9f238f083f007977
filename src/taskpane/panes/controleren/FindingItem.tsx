import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { findingText } from "./findingText";
import type { SheetFinding } from "./model";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowWrap: "anywhere" },
  ignored: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  cell: { alignSelf: "flex-start", minWidth: 0, fontWeight: tokens.fontWeightSemibold },
});

/** One finding: its cell (click selects it), the message, and "Herstel…" / "Negeren". */
export function FindingItem(props: { finding: SheetFinding; ignored: boolean; canFix: boolean; busy: boolean; onSelect: () => void; onFix: () => void; onIgnore: () => void }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const f = props.finding;
  // every button names its cell and rule, so a screen-reader list of buttons is not twenty times "Negeren"
  const text = findingText(f, language, t);
  const names = { cell: `${f.sheet}!${f.cell}`, title: text.title };
  return (
    <li className={props.ignored ? `${styles.item} ${styles.ignored}` : styles.item} data-testid="controleren-finding" data-cell={f.cell} data-rule={f.rule}>
      <Button appearance="transparent" size="small" className={styles.cell} onClick={props.onSelect} disabled={props.busy} data-testid="controleren-finding-select" title={t("controleren.finding.select")} aria-label={t("controleren.finding.selectLabel", names)}>
        {f.sheet}!{f.cell}
      </Button>
      <Caption1 data-testid="controleren-finding-message">{text.message}</Caption1>
      <div className={styles.actions}>
        {props.canFix && !props.ignored && (
          <Button size="small" onClick={props.onFix} disabled={props.busy} data-testid="controleren-finding-fix" aria-label={t("controleren.finding.fixLabel", names)}>
            {t("controleren.finding.fix")}
          </Button>
        )}
        <Button size="small" appearance="subtle" onClick={props.onIgnore} disabled={props.busy} data-testid="controleren-finding-ignore" aria-label={t(props.ignored ? "controleren.finding.unignoreLabel" : "controleren.finding.ignoreLabel", names)}>
          {props.ignored ? t("controleren.finding.unignore") : t("controleren.finding.ignore")}
        </Button>
      </div>
    </li>
  );
}
