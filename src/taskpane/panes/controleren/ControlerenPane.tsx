import * as React from "react";
import { Divider, Text } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { usePaneServices } from "../../services";
import { usePaneStyles } from "../../components/paneStyles";
import { ActionsSection } from "./ActionsSection";
import { FindingsSection } from "./FindingsSection";
import { FixPreview } from "./FixPreview";
import { ScopeSection } from "./ScopeSection";
import { visibleFindings } from "./model";
import { useControleren } from "./useControleren";

/** The Controleren pane: check a sheet, walk through the findings, apply safe fixes, export a report. */
export function ControlerenPane() {
  const styles = usePaneStyles();
  const { t } = useI18n();
  const { busy } = usePaneServices();
  const s = useControleren();
  const resultHeading = React.useRef<HTMLHeadingElement>(null);
  // after each check (button or Enter) focus goes to the result, so keyboard and screen-reader users land on it
  React.useEffect(() => {
    if (s.checks > 0) resultHeading.current?.focus();
  }, [s.checks]);
  const visible = s.findings ? visibleFindings(s.findings, s.filter, s.ignored, s.showIgnored, s.fixed) : [];
  return (
    <div className={styles.pane} data-testid="pane-controleren">
      <Text as="p">{t("controleren.intro")}</Text>
      <ScopeSection scope={s.scope} onScope={s.setScope} year={s.year} onYear={s.setYear} busy={busy} onCheck={() => void s.check()} />
      {s.findings && (
        <>
          <Divider />
          <Text as="h2" weight="semibold" className={styles.heading} tabIndex={-1} ref={resultHeading} data-testid="controleren-result-heading">
            {t("controleren.section.findings")}
          </Text>
          {s.pendingFix && <FixPreview fix={s.pendingFix} busy={busy} onApply={() => void s.applyFix()} onCancel={() => s.setPendingFix(undefined)} />}
          <ActionsSection highlighted={s.highlighted} hasFindings={visible.length > 0} busy={busy} onHighlight={() => void s.highlight(visible)} onClear={() => void s.clearHighlights()} onExport={() => void s.exportReport()} />
          <FindingsSection
            all={s.findings.filter((f) => !s.fixed.has(f.key))}
            visible={visible}
            ignored={s.ignored}
            filter={s.filter}
            onFilter={s.setFilter}
            showIgnored={s.showIgnored}
            onShowIgnored={s.setShowIgnored}
            busy={busy}
            canFix={s.canFix}
            onSelect={(f) => void s.select(f)}
            onFix={s.previewFix}
            onIgnore={(f) => void s.toggleIgnore(f)}
            onIgnoreAll={(fs) => void s.ignoreAll(fs)}
          />
        </>
      )}
    </div>
  );
}
