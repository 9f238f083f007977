import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../taskpane/i18n/I18nProvider";
import type { MemoryWorkbookPort } from "../MemoryWorkbookPort";
import { useWorkbookVersion } from "../useWorkbook";
import { ChartFigure } from "./ChartFigure";
import { MAX_RENDERED_ROWS, SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", minHeight: 0, minWidth: 0, flexGrow: 1, backgroundColor: tokens.colorNeutralBackground1 },
  status: { paddingInline: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
});

/** The in-memory workbook as a simple sheet view: grid, charts, sheet tabs and the selection. */
export function SheetView({ port }: { port: MemoryWorkbookPort }) {
  const styles = useStyles();
  const { t } = useI18n();
  const version = useWorkbookVersion(port);
  const sheetName = port.activeSheet;
  const cells = React.useMemo(() => port.display(sheetName, MAX_RENDERED_ROWS), [port, sheetName, version]);
  const totalRows = React.useMemo(() => port.rowCount(sheetName), [port, sheetName, version]);
  const selection = port.selection;
  return (
    <section className={styles.view} aria-label={t("preview.title")} data-testid="sheet-view">
      <SheetGrid
        key={sheetName}
        sheetName={sheetName}
        cells={cells}
        totalRows={totalRows}
        columnWidths={port.columnWidths(sheetName)}
        selection={selection.sheetName === sheetName ? selection.address : undefined}
        onSelect={(address) => port.setSelection(sheetName, address)}
      />
      {port.charts(sheetName).map((chart, i) => (
        <ChartFigure key={i} chart={chart} />
      ))}
      <Text size={200} className={styles.status} data-testid="sheet-selection">
        {t("preview.selection", { address: `${selection.sheetName}!${selection.address}` })}
      </Text>
      <SheetTabs names={port.sheetNames()} active={sheetName} onSelect={(name) => port.activate(name)} />
    </section>
  );
}
