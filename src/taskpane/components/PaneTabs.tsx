import * as React from "react";
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nProvider";
import type { PaneId } from "../navigation";
import { PANES } from "../panes/registry";

const useStyles = makeStyles({
  // One row whatever the pane width: tabs that do not fit move into the "Meer" menu
  // (Fluent's Overflow), so the row never wraps.
  list: { flexWrap: "nowrap", minWidth: 0, overflow: "hidden" },
  more: { minWidth: "32px", flexShrink: 0 },
});

interface PaneTabsProps {
  selected: PaneId;
  onSelect(id: PaneId): void;
}

/**
 * The row of pane tabs, built from the pane registry. At the task pane's usual 320–350 px not all
 * tabs fit: the ones that do not are listed in a "Meer" menu after the last visible tab, and
 * the selected tab always stays in the row (highest priority).
 */
export function PaneTabs({ selected, onSelect }: PaneTabsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Overflow minimumVisible={1}>
      <TabList
        className={styles.list}
        size="small"
        selectedValue={selected}
        aria-label={t("tab.list")}
        onTabSelect={(_, data) => {
          const pane = PANES.find((p) => p.id === data.value);
          if (pane) onSelect(pane.id);
        }}
        data-testid="tab-row"
      >
        {PANES.map((p) => (
          <OverflowItem key={p.id} id={p.id} priority={p.id === selected ? 2 : 1}>
            <Tab value={p.id} data-testid={`tab-${p.id}`}>
              {t(p.labelKey)}
            </Tab>
          </OverflowItem>
        ))}
        <MoreTabs onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}

/** The "Meer" menu with the tabs that did not fit; absent when all fit. */
function MoreTabs({ onSelect }: Pick<PaneTabsProps, "onSelect">) {
  const styles = useStyles();
  const { t } = useI18n();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  const label = t("tab.more", { count: overflowCount });
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          className={styles.more}
          appearance="transparent"
          size="small"
          icon={<MoreIcon />}
          aria-label={label}
          title={label}
          data-testid="tab-more"
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {PANES.map((p) => (
            <HiddenTabItem key={p.id} id={p.id} label={t(p.labelKey)} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenTabItem({ id, label, onSelect }: { id: PaneId; label: string; onSelect(id: PaneId): void }) {
  const visible = useIsOverflowItemVisible(id);
  if (visible) return null;
  return (
    <MenuItem onClick={() => onSelect(id)} data-testid={`tab-menu-${id}`}>
      {label}
    </MenuItem>
  );
}

/** Three dots (Fluent's "more" glyph), drawn here so the shell needs no icon package. */
function MoreIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
      <circle cx="4.5" cy="10" r="1.5" />
      <circle cx="10" cy="10" r="1.5" />
      <circle cx="15.5" cy="10" r="1.5" />
    </svg>
  );
}
