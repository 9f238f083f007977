import * as React from "react";
import { Button, Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import type { Scope } from "./model";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  year: { maxWidth: "120px" },
});

/** What to check (selection, active sheet, all sheets), the optional reference year, and the button. */
export function ScopeSection(props: { scope: Scope; onScope: (s: Scope) => void; year: string; onYear: (y: string) => void; busy: boolean; onCheck: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const yearInvalid = props.year.trim() !== "" && !/^\d{4}$/.test(props.year.trim());
  return (
    <div className={styles.section}>
      <Field label={t("controleren.scope.label")}>
        <RadioGroup value={props.scope} onChange={(_, d) => props.onScope(d.value as Scope)} data-testid="controleren-scope">
          <Radio value="selection" label={t("controleren.scope.selection")} data-testid="controleren-scope-selection" />
          <Radio value="sheet" label={t("controleren.scope.sheet")} data-testid="controleren-scope-sheet" />
          <Radio value="all" label={t("controleren.scope.all")} data-testid="controleren-scope-all" />
        </RadioGroup>
      </Field>
      <Field label={t("controleren.year.label")} hint={t("controleren.year.hint")} validationMessage={yearInvalid ? t("controleren.year.invalid") : undefined}>
        <Input className={styles.year} inputMode="numeric" value={props.year} onChange={(_, d) => props.onYear(d.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !props.busy && !yearInvalid) props.onCheck();
          }}
          data-testid="controleren-year" />
      </Field>
      <Button appearance="primary" disabled={props.busy || yearInvalid} onClick={props.onCheck} data-testid="controleren-run">
        {t("controleren.run")}
      </Button>
    </div>
  );
}
