/**
 * The pairing list of the Vergelijken pane: every pair is there — the ones not made on the same
 * name and the new and removed rows with a choice each, the identical ones collapsed behind
 * "Toon ook N gelijke koppelingen" — and every one of them can be changed before comparing,
 * which the comparison then uses.
 */
import { KOSTEN_2025_SHEET, KOSTEN_SHEET } from "../../../src/preview/demo";
import { buttonWithText, byTestId, click, setValue, unmountPane } from "../renderPane";
import { renderDemoVersions } from "./demoVersions";

beforeEach(async () => {
  await renderDemoVersions();
  await setValue(byTestId("vergelijken-old") as HTMLSelectElement, `sheet:${KOSTEN_SHEET}`);
  await setValue(byTestId("vergelijken-new") as HTMLSelectElement, `sheet:${KOSTEN_2025_SHEET}`);
  await click(byTestId("vergelijken-pair"));
});
afterEach(unmountPane);

const selects = (kind: "rows" | "columns") => [...byTestId(`vergelijken-match-${kind}`).querySelectorAll("select")] as HTMLSelectElement[];
/** the accessible name Fluent's Field gives the select: its label */
const labelOf = (select: HTMLSelectElement) => document.querySelector(`label[for="${select.id}"]`)?.textContent;
const chosen = (select: HTMLSelectElement) => select.selectedOptions[0].textContent;

describe("Vergelijken pairing list", () => {
  it("lists the non-identical pair, the new and the removed row with a choice each; identical pairs collapsed", async () => {
    const rows = selects("rows");
    expect(rows.map((s) => [labelOf(s), chosen(s)])).toEqual([
      ["Oude rij bij Bernheze", "Bemheze"],
      ["Oude rij bij Gemeente Boekel (BNO)", "— geen: nieuwe rij —"],
      ["Nieuwe rij bij Boekel (vervallen)", "— geen: vervallen rij —"],
    ]);
    expect(byTestId("vergelijken-match-rows").textContent).toContain("spelfout in de gemeentenaam");
    // Land van Cuijk, Maashorst, Oss and the Totaal row: identical, behind a button
    const toggle = byTestId("vergelijken-toggle-same-rows");
    expect(toggle.textContent).toBe("Toon ook 4 gelijke koppelingen");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(() => byTestId("vergelijken-same-rows")).toThrow();
    await click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(toggle.textContent).toBe("Verberg de 4 gelijke koppelingen");
    const list = byTestId("vergelijken-same-rows");
    expect(list.getAttribute("aria-label")).toBe("Gelijke koppelingen");
    expect([...list.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["Land van CuijkWijzig", "MaashorstWijzig", "OssWijzig", "TotaalWijzig"]);
    // all 8 columns have the same name: no choices, one collapsed list
    expect(selects("columns")).toEqual([]);
    expect(byTestId("vergelijken-toggle-same-columns").textContent).toBe("Toon ook 8 gelijke koppelingen");
  });

  it("pairs a removed row with a new one from the removed row's side", async () => {
    const removed = selects("rows").find((s) => s.dataset.oldIndex !== undefined)!;
    const boekelNew = [...removed.options].find((o) => o.textContent === "Gemeente Boekel (BNO)")!.value;
    await setValue(removed, boekelNew);
    expect(byTestId("vergelijken-match-summary").textContent).toBe("Rijen: 6 gekoppeld, 0 nieuw, 0 vervallen. Kolommen: 8 gekoppeld, 0 nieuw, 0 vervallen.");
    const boekel = selects("rows").find((s) => labelOf(s) === "Oude rij bij Gemeente Boekel (BNO)")!;
    expect(chosen(boekel)).toBe("Boekel");
    expect(byTestId("vergelijken-match-rows").textContent).toContain("door u gekoppeld");
  });

  it("changes an identical pairing to 'geen' on request, and the comparison follows it", async () => {
    await click(byTestId("vergelijken-toggle-same-rows"));
    const change = buttonWithText("Wijzig", byTestId("vergelijken-same-rows"));
    expect(change.getAttribute("aria-label")).toBe("Wijzig de koppeling van Land van Cuijk");
    await click(change);
    const cuijk = selects("rows").find((s) => labelOf(s) === "Oude rij bij Land van Cuijk")!;
    expect(chosen(cuijk)).toBe("Land van Cuijk");
    expect(byTestId("vergelijken-toggle-same-rows").textContent).toBe("Verberg de 3 gelijke koppelingen");
    await setValue(cuijk, "");
    expect(byTestId("vergelijken-match-summary").textContent).toBe("Rijen: 4 gekoppeld, 2 nieuw, 2 vervallen. Kolommen: 8 gekoppeld, 0 nieuw, 0 vervallen.");
    expect(selects("rows").map(labelOf)).toContain("Nieuwe rij bij Land van Cuijk (vervallen)");

    await click(byTestId("vergelijken-compare"));
    // Land van Cuijk now counts as one removed and one added row: 8 cells each
    expect(byTestId("vergelijken-result").textContent).toContain("16 nieuw, 16 vervallen");
  });
});
