import * as React from "react";
import { Badge, Caption1, Radio, RadioGroup, Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import type { DataProblem } from "../../../engine/occupancy";
import type { ProblemChoice } from "./useBezetting";
import { problemText } from "./problemText";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: 0, listStyleType: "none", maxHeight: "260px", overflowY: "auto", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-start", overflowWrap: "anywhere" },
  badge: { flexShrink: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Problems shown at once; the rest are counted (the list must stay fast for 100.000 rows). */
const SHOWN = 100;

/** The data problems with their rows, and the choice: stop, or leave those rows out. */
export function ProblemsSection(props: {
  problems: readonly DataProblem[];
  /** the sheet row of a stay (0-based index into the stay columns) */
  sheetRow: (index: number) => number;
  choice: ProblemChoice;
  onChoice: (c: ProblemChoice) => void;
}) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const { problems } = props;
  if (problems.length === 0) return <Text data-testid="bezetting-problems-none">{t("bezetting.problems.none")}</Text>;
  const rows = new Set(problems.flatMap((p) => p.rows)).size;
  // overlapping stays are not left out: their shared days are counted once (see excludedRows)
  const excludedCount = new Set(problems.flatMap((p) => (p.kind === "overlap" ? [] : p.rows))).size;
  const overlaps = problems.some((p) => p.kind === "overlap");
  const excludeLabel = !overlaps
    ? t("bezetting.problems.exclude", { rows: excludedCount })
    : excludedCount > 0
      ? t("bezetting.problems.excludeAndOnce", { rows: excludedCount })
      : t("bezetting.problems.once");
  return (
    <div className={styles.section}>
      <Text weight="semibold" data-testid="bezetting-problems-count">
        {t("bezetting.problems.count", { problems: problems.length, rows })}
      </Text>
      <ul className={styles.list} data-testid="bezetting-problems" tabIndex={0} aria-label={t("bezetting.problems.listLabel")}>
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i} className={styles.item} data-testid={`bezetting-problem-${p.kind}`}>
            <Badge className={styles.badge} appearance="tint" color={p.severity === "error" ? "danger" : "warning"}>
              {t(`bezetting.severity.${p.severity}`)}
            </Badge>
            <span>{problemText(p, language, t, props.sheetRow)}</span>
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <Caption1 className={styles.hint}>{t("bezetting.problems.more", { count: problems.length - SHOWN })}</Caption1>}
      <Field label={t("bezetting.problems.choice")}>
        <RadioGroup value={props.choice} onChange={(_, d) => props.onChoice(d.value === "exclude" ? "exclude" : "stop")} data-testid="bezetting-choice">
          <Radio value="stop" label={t("bezetting.problems.stop")} data-testid="bezetting-choice-stop" />
          <Radio value="exclude" label={excludeLabel} data-testid="bezetting-choice-exclude" />
        </RadioGroup>
      </Field>
      {overlaps && <Caption1 className={styles.hint}>{t("bezetting.problems.onceHint")}</Caption1>}
    </div>
  );
}
