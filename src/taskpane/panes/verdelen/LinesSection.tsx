import * as React from "react";
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { ListButtons } from "./ListButtons";
import type { LineRow } from "./model";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  name: { flexGrow: 1, minWidth: "150px" },
  amount: { width: "130px" },
  settings: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  small: { width: "130px" },
});

export interface LinesSectionProps {
  lines: LineRow[];
  lineErrors: (string | undefined)[];
  /** per line, a notice that its amount is split rounded (the error wins when there is one) */
  lineNotices: (string | undefined)[];
  vat: string;
  vatError?: string;
  decimals: number;
  budgetYear: string;
  budgetYearError?: string;
  busy: boolean;
  onChange: (id: number, patch: { name?: string; amount?: string }) => void;
  onAdd: () => void;
  onRemove: (id: number) => void;
  onReadSelection: () => void;
  onSettings: (patch: { vat?: string; decimals?: number; budgetYear?: string }) => void;
}

/** Cost lines (typed or from the selection), BTW rate, rounding and budget year. */
export function LinesSection(props: LinesSectionProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.section}>
      {props.lines.map((line, j) => (
        <div className={styles.row} key={line.id}>
          <Field className={styles.name} label={t("verdelen.line.name", { n: j + 1 })}>
            <Input value={line.name} data-testid={`verdelen-line-name-${j}`} onChange={(_, d) => props.onChange(line.id, { name: d.value })} />
          </Field>
          <Field
            className={styles.amount}
            label={t("verdelen.line.amount", { n: j + 1 })}
            validationState={props.lineErrors[j] ? "error" : props.lineNotices[j] ? "warning" : "none"}
            validationMessage={props.lineErrors[j] ?? props.lineNotices[j]}
          >
            <Input value={line.amount} inputMode="decimal" data-testid={`verdelen-line-amount-${j}`} onChange={(_, d) => props.onChange(line.id, { amount: d.value })} />
          </Field>
          <Button appearance="subtle" aria-label={t("verdelen.line.remove", { n: j + 1 })} onClick={() => props.onRemove(line.id)}>
            ✕
          </Button>
        </div>
      ))}
      <ListButtons list="line" busy={props.busy} onAdd={props.onAdd} onReadSelection={props.onReadSelection} />
      <div className={styles.settings}>
        <Field className={styles.small} label={t("verdelen.vat")} validationState={props.vatError ? "error" : "none"} validationMessage={props.vatError ? t(props.vatError) : undefined}>
          <Input value={props.vat} inputMode="decimal" data-testid="verdelen-vat" onChange={(_, d) => props.onSettings({ vat: d.value })} />
        </Field>
        <Field className={styles.small} label={t("verdelen.decimals")}>
          <Select value={String(props.decimals)} data-testid="verdelen-decimals" onChange={(_, d) => props.onSettings({ decimals: Number(d.value) })}>
            <option value="0">{t("verdelen.decimals.0")}</option>
            <option value="2">{t("verdelen.decimals.2")}</option>
          </Select>
        </Field>
        <Field
          className={styles.small}
          label={t("verdelen.budgetYear")}
          validationState={props.budgetYearError ? "error" : "none"}
          validationMessage={props.budgetYearError ? t(props.budgetYearError) : undefined}
        >
          <Input value={props.budgetYear} inputMode="numeric" data-testid="verdelen-budget-year" onChange={(_, d) => props.onSettings({ budgetYear: d.value })} />
        </Field>
      </div>
    </div>
  );
}
