import * as React from "react";
import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import type { MemoryWorkbookPort } from "./MemoryWorkbookPort";
import { SheetView } from "./sheet/SheetView";
import { PreviewToolbar } from "./Toolbar";

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

// Side by side (sheet left, pane 340 px right, each scrolling on its own) down to a 600 px
// window, so a 700 px window still shows some 25 rows of the sheet. Narrower, the sheet sits on
// top with a fixed share of the height and the pane scrolls below it: the sheet never scrolls
// out of view with the pane.
const STACKED = "@media (max-width: 599px)";
const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", overflow: "hidden" },
  body: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
    [STACKED]: { flexDirection: "column" },
  },
  sheet: {
    display: "flex",
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
    [STACKED]: { flexGrow: 0, flexShrink: 0, height: "max(420px, 55vh)" },
  },
  pane: {
    width: "340px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    [STACKED]: { width: "auto", flexGrow: 1, flexShrink: 1, minHeight: 0, borderLeft: "none", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  },
});

/** The preview page: the sheet view of the in-memory workbook beside the real task pane. */
export function PreviewApp({ port }: { port: MemoryWorkbookPort }) {
  useGlobalStyles();
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <PreviewToolbar port={port} />
      <div className={styles.body}>
        <div className={styles.sheet}>
          <SheetView port={port} />
        </div>
        <aside className={styles.pane} data-testid="pane-column">
          <App port={port} />
        </aside>
      </div>
    </div>
  );
}
