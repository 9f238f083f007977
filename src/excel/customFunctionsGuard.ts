/**
 * The metadata plugin appends `CustomFunctions.associate(...)` to every functions file. When
 * the pane page is opened outside Excel (plain browser, tests, benchmarks) that global does
 * not exist and the appended lines would throw; give it a no-op `associate` there so the page
 * still loads. Inside Excel the runtime defines CustomFunctions before our scripts run.
 * Must be the first import of every functions file. Lives in src/excel/ because only this
 * folder and the entry files touch Office.js globals (eslint.config.mjs).
 */
const scope = globalThis as { CustomFunctions?: { associate?: unknown } };
if (typeof scope.CustomFunctions === "undefined") {
  scope.CustomFunctions = { associate: () => undefined };
}
export {};
