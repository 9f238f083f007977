import * as React from "react";
import { Button, Caption1, Dropdown, Field, Input, Option, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { REGION_PRESETS } from "../../../engine/allocation";
import { formatNumberNl } from "../../../engine/shared/numbers";
import { useI18n } from "../../i18n/I18nProvider";
import { ListButtons } from "./ListButtons";
import type { KeySource, MunicipalityRow, PresetMode, RowCheck } from "./model";

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
  onPreset: (id: string, mode: PresetMode) => void;
  onChange: (id: number, patch: { name?: string; weight?: string }) => void;
  onAdd: () => void;
  onRemove: (id: number) => void;
  onReadSelection: () => void;
}

/** Region preset, the editable list of municipalities with live registry checks, and "from selection". */
export function MunicipalitiesSection(props: MunicipalitiesSectionProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [chosen, setChosen] = React.useState<string | undefined>(undefined);
  const [mode, setMode] = React.useState<PresetMode>("replace");
  const chosenName = REGION_PRESETS.find((p) => p.id === chosen)?.name ?? "";
  return (
    <div className={styles.section}>
      <Field label={t("verdelen.preset")} hint={t("verdelen.preset.hint")}>
        {/* a real combobox: arrows move through the regions, Enter or a click chooses one */}
        <Dropdown
          data-testid="verdelen-preset"
          placeholder={t("verdelen.preset.choose")}
          value={chosenName}
          selectedOptions={chosen ? [chosen] : []}
          onOptionSelect={(_, data) => {
            if (!data.optionValue) return;
            setChosen(data.optionValue);
            props.onPreset(data.optionValue, props.rows.length > 0 ? mode : "replace");
          }}
        >
          {REGION_PRESETS.map((p) => (
            <Option key={p.id} value={p.id} data-testid={`verdelen-preset-${p.id}`}>
              {p.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {props.rows.length > 0 && (
        <Field label={t("verdelen.preset.mode")}>
          <RadioGroup value={mode} data-testid="verdelen-preset-mode" onChange={(_, data) => setMode(data.value as PresetMode)}>
            <Radio value="replace" label={t("verdelen.preset.mode.replace")} data-testid="verdelen-preset-mode-replace" />
            <Radio value="add" label={t("verdelen.preset.mode.add")} data-testid="verdelen-preset-mode-add" />
          </RadioGroup>
        </Field>
      )}
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
