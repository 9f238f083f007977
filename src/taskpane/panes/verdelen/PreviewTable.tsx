import * as React from "react";
import { Caption1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { AllocationTable } from "../../../engine/allocation";
import { formatEuroNl } from "../../../engine/shared/numbers";
import { useI18n } from "../../i18n/I18nProvider";
import { useScrollTableStyles } from "../../components/scrollTable";

const useStyles = makeStyles({
  // natural column widths; the wrapper scrolls sideways in a narrow pane instead of squeezing
  table: { width: "auto", minWidth: "100%", tableLayout: "auto" },
  number: { textAlign: "right", whiteSpace: "nowrap" },
  name: { whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3, display: "block" },
  resplit: { marginTop: tokens.spacingVerticalM },
});

export interface PreviewTableProps {
  table: AllocationTable;
  lineNames: string[];
}

/** The table as it will be written (without the share and key columns), and the re-split effect. */
export function PreviewTable({ table, lineNames }: PreviewTableProps) {
  const styles = useStyles();
  const tableScroll = useScrollTableStyles();
  const { t } = useI18n();
  const euro = (v: number) => formatEuroNl(v, table.decimals);
  const headers = [...lineNames, t("verdelen.preview.excl"), t("verdelen.preview.vat"), t("verdelen.preview.incl")];
  const values = (r: AllocationTable["total"]) => [...r.lines, r.excl, r.vat, r.incl];
  return (
    <div>
      <div className={tableScroll.scroll}>
        <Table size="extra-small" className={styles.table} data-testid="verdelen-preview">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("verdelen.preview.municipality")}</TableHeaderCell>
              {headers.map((h, c) => (
                <TableHeaderCell key={c}>{h}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...table.rows, table.total].map((r, i) => (
              <TableRow key={i} className={i === table.rows.length ? styles.total : undefined} data-testid={`verdelen-preview-row-${i}`}>
                <TableCell className={styles.name}>{i === table.rows.length ? t("verdelen.preview.total") : r.name}</TableCell>
                {values(r).map((v, c) => (
                  <TableCell key={c} className={styles.number}>
                    {euro(v)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {table.resplit && (
        <div className={styles.resplit} data-testid="verdelen-resplit">
          <Subtitle2 as="h3">{t("verdelen.resplit.title")}</Subtitle2>
          <Caption1 className={styles.hint}>{t("verdelen.resplit.hint")}</Caption1>
          <div className={tableScroll.scroll}>
            <Table size="extra-small" className={styles.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("verdelen.preview.municipality")}</TableHeaderCell>
                  {table.resplit.lines.map((l) => (
                    <TableHeaderCell key={l.name}>{l.name}</TableHeaderCell>
                  ))}
                  <TableHeaderCell>{t("verdelen.preview.total")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {table.rows.map((r, i) => (
                  <TableRow key={i}>
                    <TableCell>{r.name}</TableCell>
                    {table.resplit!.lines.map((l) => (
                      <TableCell key={l.name} className={styles.number}>
                        {signed(l.effects[i], euro)}
                      </TableCell>
                    ))}
                    <TableCell className={styles.number}>{signed(table.resplit!.perMunicipality[i], euro)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </div>
      )}
    </div>
  );
}

/** "€ +570" and "€ -4.898": the sign next to the number, as the euro formatter writes negatives. */
function signed(value: number, euro: (v: number) => string): string {
  return value > 0 ? euro(value).replace(/^€\s?/, "€ +") : euro(value);
}
