import * as React from "react";
import { Badge, Button, Caption1, Checkbox, Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { FindingItem } from "./FindingItem";
import { findingText } from "./findingText";
import { countBySeverity, groupFindings, type SeverityFilter, type SheetFinding } from "./model";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  counts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  groupHeading: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  toggle: { alignSelf: "flex-start" },
  // four choices do not fit next to each other at 320 px: let them wrap
  filter: { flexWrap: "wrap" },
});

/** Findings shown per group; the rest are counted so the pane stays quick on huge sheets. */
const SHOWN_PER_GROUP = 50;
const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export interface FindingsSectionProps {
  all: SheetFinding[];
  visible: SheetFinding[];
  ignored: ReadonlySet<string>;
  filter: SeverityFilter;
  onFilter: (f: SeverityFilter) => void;
  showIgnored: boolean;
  onShowIgnored: (v: boolean) => void;
  busy: boolean;
  canFix: (f: SheetFinding) => boolean;
  onSelect: (f: SheetFinding) => void;
  onFix: (f: SheetFinding) => void;
  onIgnore: (f: SheetFinding) => void;
  onIgnoreAll: (fs: SheetFinding[]) => void;
}

/** Counts per severity, the filter, and the findings grouped by rule and severity. */
export function FindingsSection(props: FindingsSectionProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const counts = countBySeverity(props.all.filter((f) => props.showIgnored || !props.ignored.has(f.key)));
  // notes (info) are folded away under "Alles" until asked for; choosing the filter "Info" shows them
  const [showInfo, setShowInfo] = React.useState(false);
  const infoCount = props.filter === "all" ? props.visible.filter((f) => f.severity === "info").length : 0;
  const groups = groupFindings(props.filter === "all" && !showInfo ? props.visible.filter((f) => f.severity !== "info") : props.visible, (f) => findingText(f, language, t).title);
  return (
    <div className={styles.section}>
      <div className={styles.counts} data-testid="controleren-counts">
        {(["error", "warning", "info"] as const).map((s) => (
          <Badge key={s} appearance="tint" color={BADGE_COLOR[s]} data-testid={`controleren-count-${s}`}>
            {t(`controleren.severity.${s}.plural`, { count: counts[s] })}
          </Badge>
        ))}
      </div>
      <Field label={t("controleren.filter.label")}>
        <RadioGroup layout="horizontal" className={styles.filter} value={props.filter} onChange={(_, d) => props.onFilter(d.value as SeverityFilter)} data-testid="controleren-filter">
          <Radio value="all" label={t("controleren.filter.all")} />
          <Radio value="error" label={t("controleren.severity.error")} data-testid="controleren-filter-error" />
          <Radio value="warning" label={t("controleren.severity.warning")} data-testid="controleren-filter-warning" />
          <Radio value="info" label={t("controleren.severity.info")} />
        </RadioGroup>
      </Field>
      <Checkbox checked={props.showIgnored} onChange={(_, d) => props.onShowIgnored(d.checked === true)} label={t("controleren.showIgnored", { count: props.all.filter((f) => props.ignored.has(f.key)).length })} data-testid="controleren-show-ignored" />
      {infoCount > 0 && (
        <Button appearance="secondary" size="small" className={styles.toggle} aria-expanded={showInfo} onClick={() => setShowInfo((v) => !v)} data-testid="controleren-toggle-info">
          {t(showInfo ? "controleren.hideInfo" : "controleren.showInfo", { count: infoCount })}
        </Button>
      )}
      {groups.length === 0 && <Text data-testid="controleren-none">{t("controleren.none")}</Text>}
      {groups.map((g) => (
        <section key={`${g.severity}|${g.rule}|${g.title}`} className={styles.group} aria-label={g.title} data-testid={`controleren-group-${g.rule}`} data-severity={g.severity}>
          <div className={styles.groupHeading}>
            <Badge appearance="filled" color={BADGE_COLOR[g.severity]} aria-hidden>{g.findings.length}</Badge>
            <Text as="h3" weight="semibold" size={300} data-testid="controleren-group-title">
              {g.title} <span className={styles.hint}>({t("controleren.group.count", { count: g.findings.length })})</span>
            </Text>
          </div>
          {g.findings.some((f) => !props.ignored.has(f.key)) && (
            <Button appearance="subtle" size="small" className={styles.toggle} disabled={props.busy} onClick={() => props.onIgnoreAll(g.findings.filter((f) => !props.ignored.has(f.key)))}
              aria-label={t("controleren.group.ignoreAllLabel", { count: g.findings.filter((f) => !props.ignored.has(f.key)).length, title: g.title })} data-testid="controleren-group-ignore-all">
              {t("controleren.group.ignoreAll")}
            </Button>
          )}
          <ul className={styles.list}>
            {g.findings.slice(0, SHOWN_PER_GROUP).map((f) => (
              <FindingItem key={f.key} finding={f} ignored={props.ignored.has(f.key)} canFix={props.canFix(f)} busy={props.busy}
                onSelect={() => props.onSelect(f)} onFix={() => props.onFix(f)} onIgnore={() => props.onIgnore(f)} />
            ))}
          </ul>
          {g.findings.length > SHOWN_PER_GROUP && <Caption1 className={styles.hint}>{t("controleren.more", { count: g.findings.length - SHOWN_PER_GROUP })}</Caption1>}
        </section>
      ))}
    </div>
  );
}
