import * as React from "react";
import { Button, Caption1, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { REGION_PRESETS } from "../../../engine/allocation";
import { formatNumberNl } from "../../../engine/shared/numbers";
import { useI18n } from "../../i18n/I18nProvider";
import { ListButtons } from "./ListButtons";
import type { KeySource, MunicipalityRow, RowCheck } from "./model";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-start", flexWrap: "wrap" },
  remove: { alignSelf: "flex-end" },
  name: { flexGrow: 1, minWidth: "150px" },
  weight: { width: "110px" },
  suggestions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS, alignItems: "center", flexBasis: "100%" },
  ok: { color: tokens.colorNeutralForeground3 },
});

export interface MunicipalitiesSectionProps {
  rows: MunicipalityRow[];
  checks: RowCheck[];
  keySource: KeySource;
  busy: boolean;
  onPreset: (id: string) => void;
  onChange: (id: number, patch: { name?: string; weight?: string }) => void;
  onAdd: () => void;
  onRemove: (id: number) => void;
  onReadSelection: () => void;
}

/** Region preset, the editable list of municipalities with live registry checks, and "from selection". */
export function MunicipalitiesSection(props: MunicipalitiesSectionProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.section}>
      <Field label={t("verdelen.preset")} hint={t("verdelen.preset.hint")}>
        <Select data-testid="verdelen-preset" value="" onChange={(_, data) => data.value && props.onPreset(data.value)}>
          <option value="">{t("verdelen.preset.choose")}</option>
          {REGION_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      {props.rows.map((row, i) => (
        <MunicipalityLine key={row.id} {...props} index={i} row={row} check={props.checks[i]} />
      ))}
      <ListButtons list="municipality" busy={props.busy} onAdd={props.onAdd} onReadSelection={props.onReadSelection} />
    </div>
  );
}

function MunicipalityLine(props: MunicipalitiesSectionProps & { index: number; row: MunicipalityRow; check: RowCheck | undefined }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { row, check, index } = props;
  const label = t("verdelen.municipality.label", { n: index + 1 });
  const failed = check && !check.ok && row.name.trim() !== "" ? check : undefined;
  return (
    <div className={styles.row}>
      <Field
        className={styles.name}
        label={label}
        validationState={failed ? "error" : "none"}
        validationMessage={failed ? failed.message : undefined}
        hint={check?.ok && check.figure !== undefined ? t("verdelen.municipality.ok", { name: check.name, value: formatNumberNl(check.figure, 0) }) : undefined}
      >
        <Input value={row.name} data-testid={`verdelen-municipality-${index}`} onChange={(_, data) => props.onChange(row.id, { name: data.value })} />
      </Field>
      {props.keySource !== "cbs" && (
        <Field className={styles.weight} label={t("verdelen.weight", { name: row.name || label })}>
          <Input
            value={row.weight}
            inputMode="decimal"
            data-testid={`verdelen-weight-${index}`}
            onChange={(_, data) => props.onChange(row.id, { weight: data.value })}
          />
        </Field>
      )}
      <Button className={styles.remove} appearance="subtle" aria-label={t("verdelen.municipality.remove", { name: row.name || label })} onClick={() => props.onRemove(row.id)}>
        ✕
      </Button>
      {failed && failed.suggestions.length > 0 && (
        <div className={styles.suggestions}>
          <Caption1>{t("verdelen.municipality.suggestion")}</Caption1>
          {failed.suggestions.map((s, k) => (
            <Button key={s} size="small" data-testid={`verdelen-suggestion-${index}-${k}`} onClick={() => props.onChange(row.id, { name: s })}>
              {s}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
