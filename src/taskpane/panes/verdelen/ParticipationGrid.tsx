import * as React from "react";
import { Caption1, Checkbox, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import type { LineRow, MunicipalityRow } from "./model";
import { useScrollTableStyles } from "../../components/scrollTable";

const useStyles = makeStyles({
  table: { width: "auto", minWidth: "100%", tableLayout: "auto" },
  hint: { color: tokens.colorNeutralForeground3, display: "block", marginBottom: tokens.spacingVerticalS },
  cell: { textAlign: "center" },
});

export interface ParticipationGridProps {
  rows: MunicipalityRow[];
  lines: LineRow[];
  joins: (lineId: number, rowId: number) => boolean;
  onChange: (lineId: number, rowId: number, joins: boolean) => void;
}

/** Municipalities × cost lines, a checkbox per cell: ticked = joins that cost line. */
export function ParticipationGrid(props: ParticipationGridProps) {
  const styles = useStyles();
  const tableScroll = useScrollTableStyles();
  const { t } = useI18n();
  const lineName = (l: LineRow, j: number) => l.name.trim() || `#${j + 1}`;
  return (
    <div>
      <Caption1 className={styles.hint}>{t("verdelen.participation.hint")}</Caption1>
      <div className={tableScroll.scroll}>
        <Table size="extra-small" className={styles.table} data-testid="verdelen-participation">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("verdelen.preview.municipality")}</TableHeaderCell>
              {props.lines.map((l, j) => (
                <TableHeaderCell key={l.id}>{lineName(l, j)}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {props.rows.map((row, i) => (
              <TableRow key={row.id}>
                <TableCell>{row.name}</TableCell>
                {props.lines.map((l, j) => (
                  <TableCell key={l.id} className={styles.cell}>
                    <Checkbox
                      checked={props.joins(l.id, row.id)}
                      aria-label={t("verdelen.participation.cell", { name: row.name, line: lineName(l, j) })}
                      data-testid={`verdelen-deelname-${i}-${j}`}
                      onChange={(_, d) => props.onChange(l.id, row.id, d.checked === true)}
                    />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
