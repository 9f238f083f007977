/** Findings are data: in English the pane words title and message from rule id and figures; Dutch keeps the engine's text. */
import * as React from "react";
import { RULES } from "../../../src/engine/validation";
import { catalogue } from "../../../src/taskpane/i18n/catalogue";
import { I18nProvider } from "../../../src/taskpane/i18n/I18nProvider";
import { ControlerenPane } from "../../../src/taskpane/panes/controleren/ControlerenPane";
import { KOSTEN_SHEET } from "../../../src/preview/demo";
import { byTestId, click, inputByTestId, renderPane, unmountPane } from "../renderPane";

afterEach(unmountPane);

const finding = (container: HTMLElement, cell: string, rule: string) => container.querySelector(`[data-testid="controleren-finding"][data-cell="${cell}"][data-rule="${rule}"]`) as HTMLElement;

test("every rule (and the sign-convention note) has an English title", () => {
  const missing = [...RULES.map((r) => r.id), "sign-convention"].filter((id) => !(`controleren.rule.${id}` in catalogue.en));
  expect(missing).toEqual([]);
});

test("in English the findings are worded from their data, with the figures", async () => {
  const { container } = await renderPane(
    <I18nProvider initial="en">
      <ControlerenPane />
    </I18nProvider>,
  );
  await click(byTestId("controleren-run"));
  const group = byTestId("controleren-group-rounding-difference");
  expect(group.querySelector('[data-testid="controleren-group-title"]')!.textContent).toBe("Total differs from the sum of its parts within the rounding margin (6 findings)");
  const e7 = finding(container, "E7", "rounding-difference");
  const message = e7.querySelector('[data-testid="controleren-finding-message"]')!.textContent!;
  expect(message).toMatch(/^E7: Total differs from the sum of its parts within the rounding margin\. Expected [\d,.-]+, the sheet has [\d,.-]+ \(difference -?[\d.]+\)\.$/);
  expect(message).not.toMatch(/afronding|wijkt/);
  expect(e7.querySelector('[data-testid="controleren-finding-ignore"]')!.getAttribute("aria-label")).toBe(`Ignore ${KOSTEN_SHEET}!E7 (Total differs from the sum of its parts within the rounding margin)`);
  expect(finding(container, "A2", "unknown-municipality").querySelector('[data-testid="controleren-finding-message"]')!.textContent).toBe("A2: Municipality name does not exist in the reference year. Suggestion: Bernheze.");

  await click(inputByTestId("controleren-scope-all"));
  await click(byTestId("controleren-run"));
  await click(byTestId("controleren-toggle-info"));
  expect([...container.querySelectorAll('[data-severity="info"]')].map((g) => g.getAttribute("aria-label"))).toEqual(["Sign convention of the variance differs between sections"]);
});

test("in Dutch the pane shows the engine's own message", async () => {
  const { container } = await renderPane(<ControlerenPane />);
  await click(byTestId("controleren-run"));
  const message = finding(container, "E7", "rounding-difference").querySelector('[data-testid="controleren-finding-message"]')!.textContent!;
  expect(message).toMatch(/^E7: .*afrondingsverschil/);
});
