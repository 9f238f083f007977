import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * "Add a row" and "read from the selection" under an editable list (municipalities or cost
 * lines). Reading waits while the workbook is busy; adding a row never touches the workbook.
 */
export function ListButtons({ list, busy, onAdd, onReadSelection }: { list: "municipality" | "line"; busy: boolean; onAdd: () => void; onReadSelection: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.buttons}>
      <Button onClick={onAdd} data-testid={`verdelen-${list}-add`}>
        {t(`verdelen.${list}.add`)}
      </Button>
      <Button onClick={onReadSelection} disabled={busy} data-testid={`verdelen-${list}-read`}>
        {t(`verdelen.${list}.fromSelection`)}
      </Button>
    </div>
  );
}
