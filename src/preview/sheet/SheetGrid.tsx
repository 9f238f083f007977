import * as React from "react";
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useI18n } from "../../taskpane/i18n/I18nProvider";
import { columnLetters, formatRange, parseRange, type CellRef } from "../../engine/shared/a1";
import { alignmentOf, displayValue } from "../displayFormat";
import type { CellDisplay } from "../MemoryWorkbookPort";

/** Rendering thousands of DOM rows makes the preview sluggish; the workbook itself keeps them all. */
export const MAX_RENDERED_ROWS = 500;
const MIN_ROWS = 30;
const MIN_COLS = 10;
const DEFAULT_WIDTH = 72;
const ROW_HEADER_WIDTH = 40;

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    outlineStyle: "none",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    userSelect: "none",
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    height: "20px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
    textAlign: "right",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    paddingInline: tokens.spacingHorizontalXS,
    height: "20px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  /** text runs on into empty neighbours, as in Excel */
  spill: { overflow: "visible", textOverflow: "clip" },
  right: { textAlign: "right" },
  center: { textAlign: "center" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  selected: { boxShadow: `inset 0 0 0 9999px ${tokens.colorBrandBackground2}`, outline: `1px solid ${tokens.colorBrandStroke1}` },
  note: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
});

interface Props {
  sheetName: string;
  /** the first rows of the sheet (at most MAX_RENDERED_ROWS) */
  cells: CellDisplay[][];
  /** how many rows the sheet really has */
  totalRows: number;
  columnWidths: (number | null)[];
  /** the selected range on this sheet, or undefined when the selection is elsewhere */
  selection?: string;
  onSelect: (address: string) => void;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));

/** The grid: column letters, row numbers, Dutch-formatted values, bold and fills, the selection. */
export function SheetGrid({ sheetName, cells, totalRows, columnWidths, selection, onSelect }: Props) {
  const styles = useStyles();
  const { t } = useI18n();
  const rows = Math.min(Math.max(totalRows + 3, MIN_ROWS), MAX_RENDERED_ROWS);
  const cols = Math.max(cells.reduce((m, r) => Math.max(m, r.length), 0) + 2, MIN_COLS);
  const range = selection ? parseRange(selection) : undefined;
  const anchor = React.useRef<CellRef>({ row: range?.top ?? 0, col: range?.left ?? 0 });
  const focus = React.useRef<CellRef>({ row: range?.bottom ?? 0, col: range?.right ?? 0 });

  const select = (to: CellRef, extend: boolean) => {
    if (!extend) anchor.current = to;
    focus.current = to;
    const a = anchor.current;
    onSelect(formatRange({ top: Math.min(a.row, to.row), left: Math.min(a.col, to.col), bottom: Math.max(a.row, to.row), right: Math.max(a.col, to.col) }));
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const from = event.shiftKey ? focus.current : { row: range?.top ?? 0, col: range?.left ?? 0 };
    select({ row: clamp(from.row + move[0], rows - 1), col: clamp(from.col + move[1], cols - 1) }, event.shiftKey);
  };

  const columns = Array.from({ length: cols }, (_, c) => c);
  // a fixed table layout only holds its column widths when the table itself has a width
  const tableWidth = ROW_HEADER_WIDTH + columns.reduce((sum, c) => sum + (columnWidths[c] ?? DEFAULT_WIDTH), 0);
  return (
    <div className={styles.scroller} tabIndex={0} onKeyDown={onKeyDown} role="grid" aria-label={t("preview.grid", { sheet: sheetName })} data-testid="sheet-grid">
      <table className={styles.table} style={{ width: `${tableWidth}px` }}>
        <colgroup>
          <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
          {columns.map((c) => (
            <col key={c} style={{ width: `${columnWidths[c] ?? DEFAULT_WIDTH}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.head} />
            {columns.map((c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th className={styles.rowHead} scope="row">
                {r + 1}
              </th>
              {columns.map((c) => {
                const cell = cells[r]?.[c];
                const value = cell?.value ?? "";
                const inSelection = range && r >= range.top && r <= range.bottom && c >= range.left && c <= range.right;
                const align = alignmentOf(value);
                const spills = typeof value === "string" && value !== "" && (cells[r]?.[c + 1]?.value ?? "") === "";
                return (
                  <td
                    key={c}
                    className={mergeClasses(
                      styles.cell,
                      spills && styles.spill,
                      align === "right" && styles.right,
                      align === "center" && styles.center,
                      cell?.bold && styles.bold,
                      inSelection && styles.selected,
                    )}
                    style={cell?.fill || cell?.fontColor ? { backgroundColor: cell.fill, color: cell.fontColor } : undefined}
                    data-address={`${columnLetters(c)}${r + 1}`}
                    title={cell?.formula}
                    onMouseDown={(event) => select({ row: r, col: c }, event.shiftKey)}
                  >
                    {value === "" ? "" : displayValue(value, cell?.numberFormat)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {totalRows > MAX_RENDERED_ROWS && (
        <Text as="p" className={styles.note}>
          {t("preview.truncated", { shown: MAX_RENDERED_ROWS, total: totalRows })}
        </Text>
      )}
    </div>
  );
}
