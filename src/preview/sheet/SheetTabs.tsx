import * as React from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../taskpane/i18n/I18nProvider";

const useStyles = makeStyles({
  // one row, as in Excel: in a narrow window the row scrolls sideways instead of wrapping
  tabs: {
    flexWrap: "nowrap",
    flexShrink: 0,
    overflowX: "auto",
    scrollbarWidth: "thin",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** The worksheet tabs under the grid, as in Excel. */
export function SheetTabs({ names, active, onSelect }: { names: string[]; active: string; onSelect: (name: string) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <TabList
      className={styles.tabs}
      size="small"
      selectedValue={active}
      aria-label={t("preview.sheets")}
      onTabSelect={(_, data) => onSelect(String(data.value))}
      data-testid="sheet-tabs"
    >
      {names.map((name) => (
        <Tab key={name} value={name} data-testid={`sheet-tab-${name}`}>
          {name}
        </Tab>
      ))}
    </TabList>
  );
}
