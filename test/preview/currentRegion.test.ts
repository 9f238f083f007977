import fc from "fast-check";
import { MemoryWorkbookPort, emptyWorkbook, type MemoryCell, type MemoryWorkbook } from "../../src/preview/MemoryWorkbookPort";
import { formatRange, type RangeRef } from "../../src/engine/shared/a1";

function bookWith(cells: (MemoryCell | null)[][]): MemoryWorkbook {
  return { ...emptyWorkbook(), sheets: [{ name: "Data", cells }], activeSheet: "Data", selection: { sheetName: "Data", address: "A1" } };
}

async function regionOf(cells: (MemoryCell | null)[][], address: string): Promise<string> {
  const port = new MemoryWorkbookPort(bookWith(cells));
  port.setSelection("Data", address);
  return (await port.readSnapshot({ kind: "selection", expand: true })).address;
}

/** The definition, written the slow and obvious way: grow by one while any bordering cell is filled. */
function referenceRegion(grid: boolean[][], row: number, col: number): RangeRef {
  const r: RangeRef = { top: row, left: col, bottom: row, right: col };
  const filled = (y: number, x: number) => y >= 0 && x >= 0 && grid[y]?.[x] === true;
  const ringHasFilled = (y0: number, y1: number, x0: number, x1: number) => {
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) if (filled(y, x)) return true;
    return false;
  };
  let grew = true;
  while (grew) {
    grew = false;
    if (r.top > 0 && ringHasFilled(r.top - 1, r.top - 1, r.left - 1, r.right + 1)) {
      r.top -= 1;
      grew = true;
    }
    if (ringHasFilled(r.bottom + 1, r.bottom + 1, r.left - 1, r.right + 1)) {
      r.bottom += 1;
      grew = true;
    }
    if (r.left > 0 && ringHasFilled(r.top - 1, r.bottom + 1, r.left - 1, r.left - 1)) {
      r.left -= 1;
      grew = true;
    }
    if (ringHasFilled(r.top - 1, r.bottom + 1, r.right + 1, r.right + 1)) {
      r.right += 1;
      grew = true;
    }
  }
  return r;
}

describe("MemoryWorkbookPort current region (selection expand)", () => {
  it("expands one cell in a 100.000-row block without a table to the whole block", async () => {
    const rows = 100_000;
    const cells: (MemoryCell | null)[][] = [[null, null, null, null]];
    cells.push([null, { value: "Cliënt" }, { value: "Gemeente" }, { value: "Bedrag" }]);
    for (let i = 1; i <= rows; i++) cells.push([null, { value: `C${i}` }, { value: "Oss" }, { value: i }]);
    // A blank row, then unrelated data that must stay outside the region.
    cells.push([]);
    cells.push([{ value: "los" }]);

    expect(await regionOf(cells, "C50000")).toBe(`B2:D${rows + 2}`);
    expect(await regionOf(cells, `D${rows + 2}`)).toBe(`B2:D${rows + 2}`);
  });

  it("follows diagonal neighbours and stops at an empty ring", async () => {
    const v = (value: string): MemoryCell => ({ value });
    const cells: (MemoryCell | null)[][] = [
      [v("a"), null, null, null, null],
      [null, v("b"), null, null, null],
      [null, null, v("c"), null, null],
      [null, null, null, null, null],
      [null, null, null, null, v("x")],
    ];
    expect(await regionOf(cells, "A1")).toBe("A1:C3");
    expect(await regionOf(cells, "E5")).toBe("E5");
    // An empty selected cell next to data joins that data.
    expect(await regionOf(cells, "D4")).toBe("A1:E5");
  });

  it("agrees with the one-step-at-a-time definition on random sheets", async () => {
    const size = 7;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.boolean(), { minLength: size, maxLength: size }), { minLength: size, maxLength: size }),
        fc.integer({ min: 0, max: size - 1 }),
        fc.integer({ min: 0, max: size - 1 }),
        async (grid, row, col) => {
          const cells = grid.map((line) => line.map((on) => (on ? { value: 1 } : null)));
          expect(await regionOf(cells, formatRange({ top: row, left: col, bottom: row, right: col }))).toBe(
            formatRange(referenceRegion(grid, row, col)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
