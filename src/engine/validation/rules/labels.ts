/** missing-label, duplicate-label. */
import { addressOf } from "../grid";
import { normalise } from "../text";
import type { Checker } from "./context";
import { quoteInput } from "../../shared/text";

export const labelsChecker: Checker = {
  rules: ["missing-label", "duplicate-label"],
  run(ctx, emit) {
    const { grid } = ctx;
    for (const analysis of ctx.blocks) {
      const { block } = analysis;
      const hasLabels = block.labelCol >= 0;
      if (hasLabels) {
        // first row per label; addresses are only built for the rows a finding names
        const seen = new Map<string, number>();
        const duplicates: { cell: string; label: string; first: string }[] = [];
        let labelled = 0;
        for (let n = 0; n < block.rows.length; n++) {
          const row = block.rows[n];
          if (row.label === "" && !row.hasNumbers) continue;
          if (row.label === "") {
            if (!row.hasNumbers) continue;
            const cell = addressOf(grid, row.index, block.labelCol);
            const isTotal = analysis.totalRows.has(row.index);
            if (!ctx.full("missing-label")) emit({
              rule: "missing-label",
              severity: "info",
              cell,
              message: isTotal
                ? `${cell}: deze rij heeft geen omschrijving, maar de cijfers zijn de som van de rijen erboven. Zet er "Totaal" (of de juiste omschrijving) in, zodat de lezer weet wat de rij is.`
                : `${cell}: rij ${row.index + grid.row0 + 1} bevat cijfers maar geen omschrijving. Vul de omschrijving in (bijvoorbeeld "Onbekend" als de herkomst ontbreekt).`,
            });
            continue;
          }
          if (row.role === "section") {
            seen.clear();
            continue;
          }
          labelled++;
          const key = row.key;
          const first = seen.get(key);
          if (first !== undefined) {
            duplicates.push({ cell: addressOf(grid, row.index, block.labelCol), label: row.label, first: addressOf(grid, first, block.labelCol) });
          } else seen.set(key, row.index);
        }
        // many repeats mean a list of records (stays, tariffs per unit), not a table of budget lines
        if (duplicates.length <= Math.max(2, 0.1 * labelled)) {
          for (const d of duplicates) {
            if (!ctx.full("duplicate-label")) emit({
              rule: "duplicate-label",
              severity: "info",
              cell: d.cell,
              message: `${d.cell}: de omschrijving ${quoteInput(d.label)} staat ook in ${d.first} in hetzelfde blok. Dubbele regels worden makkelijk twee keer meegeteld; voeg ze samen of maak de omschrijving uniek.`,
              related: [d.first],
            });
          }
        }
      }
      if (block.headerRows.length === 0) continue;
      const headerRow = block.headerRows[block.headerRows.length - 1];
      const seenHeaders = new Map<string, string>();
      for (const col of block.columns) {
        const cell = addressOf(grid, headerRow, col.index);
        if (col.header === "") {
          if (!ctx.full("missing-label")) emit({
            rule: "missing-label",
            severity: "info",
            cell,
            message: `${cell}: kolom ${cell.replace(/\d+$/, "")} bevat cijfers maar heeft geen kop. Geef de kolom een kop, zodat duidelijk is wat de cijfers zijn.`,
          });
          continue;
        }
        const key = normalise(col.header);
        const first = seenHeaders.get(key);
        if (first) {
          if (!ctx.full("duplicate-label")) emit({
            rule: "duplicate-label",
            severity: "info",
            cell,
            message: `${cell}: de kolomkop ${quoteInput(col.header)} staat ook in ${first}. Maak de koppen uniek (bijvoorbeeld met het jaar of de periode).`,
            related: [first],
          });
        } else seenHeaders.set(key, cell);
      }
    }
  },
};
