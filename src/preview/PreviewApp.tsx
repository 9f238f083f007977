import * as React from "react";
import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import type { MemoryWorkbookPort } from "./MemoryWorkbookPort";
import { SheetView } from "./sheet/SheetView";
import { PreviewToolbar } from "./Toolbar";

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", overflow: "hidden" },
  body: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
    "@media (max-width: 760px)": { flexDirection: "column", overflow: "auto" },
  },
  pane: {
    width: "340px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    "@media (max-width: 760px)": { width: "auto", borderLeft: "none", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
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
        <SheetView port={port} />
        <aside className={styles.pane} data-testid="pane-column">
          <App port={port} />
        </aside>
      </div>
    </div>
  );
}
