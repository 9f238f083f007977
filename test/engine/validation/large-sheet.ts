/** A 250.000-cell budget sheet (rows × columns), clean: every row total and the Totaal row add up. */
import type { SheetInput } from "../../../src/engine/validation";

export function largeSheet(rows: number, cols: number, seed = 7): SheetInput {
  let x = seed;
  const random = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const amountCols = cols - 2;
  const header = ["Post", ...Array.from({ length: amountCols }, (_, c) => `Kostenplaats ${c + 1}`), "Totaal"];
  const body: (string | number)[][] = [];
  const colTotals = new Array<number>(amountCols + 1).fill(0);
  for (let r = 0; r < rows - 2; r++) {
    const row: (string | number)[] = [`Post ${r + 1}`];
    let total = 0;
    for (let c = 0; c < amountCols; c++) {
      const v = Math.round(random() * 100000);
      row.push(v);
      total += v;
      colTotals[c] += v;
    }
    row.push(total);
    colTotals[amountCols] += total;
    body.push(row);
  }
  return { values: [header, ...body, ["Totaal", ...colTotals]] };
}
