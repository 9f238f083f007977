import * as React from "react";
import { Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { MonthSelect } from "../../components/MonthSelect";
import type { GroupDimension } from "../../../engine/occupancy";
import type { BezettingSettings } from "./useBezetting";
import type { StaysSource } from "./staysSource";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  field: { flexGrow: 1, flexBasis: "130px", minWidth: 0 },
  input: { minWidth: 0, width: "100%" },
});

const DIMENSIONS: readonly GroupDimension[] = ["gemeente", "aanbieder", "product"];
const DIMENSION_ROLE = { gemeente: "municipality", aanbieder: "provider", product: "product" } as const;

/** Period (whole months), grouping and the total contracted capacity. */
export function SettingsSection(props: {
  settings: BezettingSettings;
  source?: StaysSource;
  onChange: (patch: Partial<BezettingSettings>, keepAnalysis?: boolean) => void;
}) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const { settings, source } = props;
  const toggle = (d: GroupDimension, on: boolean) => {
    const next = DIMENSIONS.filter((x) => (x === d ? on : settings.groupBy.includes(x)));
    props.onChange({ groupBy: next.length > 0 ? next : ["gemeente"], capacityPerGroup: {} });
  };
  return (
    <div className={styles.section}>
      <div className={styles.row}>
        <Field className={styles.field} label={t("bezetting.period.from")} hint={t("bezetting.period.hint")}>
          <MonthSelect
            className={styles.input}
            value={settings.fromMonth}
            around={[settings.toMonth]}
            language={language}
            placeholder={t("bezetting.period.choose")}
            onChange={(fromMonth) => props.onChange({ fromMonth })}
            data-testid="bezetting-from"
          />
        </Field>
        <Field className={styles.field} label={t("bezetting.period.to")}>
          <MonthSelect
            className={styles.input}
            value={settings.toMonth}
            around={[settings.fromMonth]}
            language={language}
            placeholder={t("bezetting.period.choose")}
            onChange={(toMonth) => props.onChange({ toMonth })}
            data-testid="bezetting-to"
          />
        </Field>
      </div>
      <Field label={t("bezetting.grouping.label")}>
        <div className={styles.row}>
          {DIMENSIONS.map((d) => (
            <Checkbox
              key={d}
              label={t(`bezetting.grouping.${d}`)}
              checked={settings.groupBy.includes(d)}
              disabled={source !== undefined && source.mapping[DIMENSION_ROLE[d]] === undefined}
              onChange={(_, data) => toggle(d, data.checked === true)}
              data-testid={`bezetting-group-${d}`}
            />
          ))}
        </div>
      </Field>
      <Field label={t("bezetting.capacity.totalLabel")} hint={t("bezetting.capacity.totalHint")}>
        <Input
          inputMode="decimal"
          value={settings.capacityTotal}
          onChange={(_, d) => props.onChange({ capacityTotal: d.value }, true)}
          data-testid="bezetting-capacity-total"
        />
      </Field>
    </div>
  );
}
