import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookPort } from "../excel/WorkbookPort";
import { useI18n } from "./i18n/I18nProvider";
import { currentTab, onTabRequest, type PaneId } from "./navigation";
import { PANES } from "./panes/registry";
import { PaneServicesContext, usePaneServicesState } from "./services";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { StatusArea } from "./components/StatusArea";
import { PaneTabs } from "./components/PaneTabs";

const useStyles = makeStyles({
  shell: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  footer: { color: tokens.colorNeutralForeground3 },
});

/** The pane shell: tabs, status area, progress bar, and the selected pane. */
export function App({ port }: { port: WorkbookPort }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const [tab, setTab] = React.useState<PaneId>(currentTab());
  const { services, status, setStatus, progress } = usePaneServicesState(port);

  React.useEffect(() => onTabRequest(setTab), []);

  const pane = PANES.find((p) => p.id === tab) ?? PANES[0];
  const PaneComponent = pane.component;

  return (
    <PaneServicesContext.Provider value={services}>
      <main className={styles.shell} data-testid="pane-shell">
        <header className={styles.header}>
          <Text as="h1" weight="semibold" size={400}>
            {t("app.title")}
          </Text>
          <PaneTabs
            selected={tab}
            onSelect={(id) => {
              setStatus(null);
              setTab(id);
            }}
          />
        </header>
        <StatusArea status={status} progress={progress} onDismiss={() => setStatus(null)} />
        <ErrorBoundary key={pane.id} language={language}>
          <section aria-label={t(pane.labelKey)}>
            <PaneComponent />
          </section>
        </ErrorBoundary>
        <Text size={200} className={styles.footer}>
          {t("privacy.note")}
        </Text>
      </main>
    </PaneServicesContext.Provider>
  );
}
