import * as React from "react";
import { Button, Caption1, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { REQUIRED_ROLES, STAY_ROLES, type StayRole } from "../../../engine/occupancy";
import type { StaysSource } from "./staysSource";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Read the selected stays table and show (and let the user correct) the recognised columns. */
export function SourceSection(props: {
  source?: StaysSource;
  busy: boolean;
  onRead: () => void;
  onMap: (role: StayRole, index: number | undefined) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const { source } = props;
  return (
    <div className={styles.section}>
      <Caption1 className={styles.hint}>{t("bezetting.read.hint")}</Caption1>
      <Button appearance={source ? "secondary" : "primary"} onClick={props.onRead} disabled={props.busy} data-testid="bezetting-read">
        {t(source ? "bezetting.read.again" : "bezetting.read.button")}
      </Button>
      {source && (
        <>
          <Text data-testid="bezetting-source">
            {t("bezetting.read.info", { address: `${source.sheetName}!${source.address}`, rows: source.body.length })}
          </Text>
          <div className={styles.grid}>
            {STAY_ROLES.map((role) => (
              <Field key={role} label={t(`bezetting.role.${role}`)} required={REQUIRED_ROLES.includes(role)}>
                <Select
                  value={source.mapping[role] === undefined ? "" : String(source.mapping[role])}
                  onChange={(_, data) => props.onMap(role, data.value === "" ? undefined : Number(data.value))}
                  data-testid={`bezetting-map-${role}`}
                >
                  <option value="">{t("bezetting.mapping.none")}</option>
                  {source.headers.map((h, i) => (
                    <option key={i} value={String(i)}>
                      {h || t("bezetting.mapping.column", { index: i + 1 })}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
