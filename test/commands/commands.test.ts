/**
 * Ribbon commands (src/commands/commands.ts) against a minimal Office stub: every button of the
 * pane registry (which the manifest check holds manifest.xml to) must be associated, and each must switch the pane to its tab, show the task
 * pane and always complete its event (Excel shows a spinner on the button until it does).
 */
type CommandsModule = typeof import("../../src/commands/commands");
type NavigationModule = typeof import("../../src/taskpane/navigation");
type Handler = (event: Office.AddinCommands.Event) => void;

interface Loaded {
  commands: CommandsModule;
  navigation: NavigationModule;
  handlers: Map<string, Handler>;
  associate: jest.Mock;
  showAsTaskpane: jest.Mock;
}

import { PANE_REGISTRY } from "../../src/taskpane/paneRegistry";

const MANIFEST_ACTIONS: Record<string, string> = Object.fromEntries(PANE_REGISTRY.map((pane) => [pane.action, pane.id]));

const globals = globalThis as Record<string, unknown>;

/** Installs an Office stub, then loads commands.ts and navigation.ts fresh (one module registry). */
function load(options: { insideExcel?: boolean; showAsTaskpane?: () => Promise<void> } = {}): Loaded {
  const handlers = new Map<string, Handler>();
  const associate = jest.fn((name: string, handler: Handler) => handlers.set(name, handler));
  const showAsTaskpane = jest.fn(options.showAsTaskpane ?? (() => Promise.resolve()));
  globals.Office = {
    onReady: (callback: (info: { host: string | null }) => void) => {
      callback({ host: options.insideExcel === false ? null : "Excel" });
      return Promise.resolve();
    },
    actions: options.insideExcel === false ? undefined : { associate },
    addin: { showAsTaskpane },
  };
  let commands!: CommandsModule;
  let navigation!: NavigationModule;
  jest.isolateModules(() => {
    navigation = require("../../src/taskpane/navigation");
    commands = require("../../src/commands/commands");
  });
  return { commands, navigation, handlers, associate, showAsTaskpane };
}

function fakeEvent() {
  return { completed: jest.fn(), source: { id: "button" } } as unknown as Office.AddinCommands.Event & {
    completed: jest.Mock;
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  delete globals.Office;
});

describe("ribbon commands", () => {
  it("associates exactly the registry's actions, one per pane", () => {
    const { associate, handlers, commands } = load();
    expect(Object.keys(MANIFEST_ACTIONS)).toEqual(expect.arrayContaining(["openControleren", "openVerdelen", "openIndexeren", "openBezetting"]));
    expect(associate).toHaveBeenCalledTimes(PANE_REGISTRY.length);
    expect([...handlers.keys()].sort()).toEqual(Object.keys(MANIFEST_ACTIONS).sort());
    expect(commands.COMMANDS).toEqual(MANIFEST_ACTIONS);
  });

  it.each(Object.entries(MANIFEST_ACTIONS))(
    "%s requests tab %s, shows the task pane and completes the event",
    async (action, pane) => {
      const { handlers, navigation, showAsTaskpane } = load();
      // Start on another tab so the switch is observable.
      const other = navigation.PANE_IDS.find((id) => id !== pane)!;
      navigation.requestTab(other);
      const requested: string[] = [];
      navigation.onTabRequest((id) => requested.push(id));
      const event = fakeEvent();

      handlers.get(action)!(event);

      expect(requested).toEqual([pane]);
      expect(navigation.currentTab()).toBe(pane);
      expect(showAsTaskpane).toHaveBeenCalledTimes(1);
      await settle();
      expect(event.completed).toHaveBeenCalledTimes(1);
    },
  );

  it("completes the event and keeps the tab switch when the pane cannot be shown", async () => {
    const { handlers, navigation } = load({ showAsTaskpane: () => Promise.reject(new Error("already open")) });
    const event = fakeEvent();

    handlers.get("openBezetting")!(event);
    await settle();

    expect(navigation.currentTab()).toBe("bezetting");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("associates nothing outside Excel, where Office.actions does not exist", () => {
    const { associate, handlers } = load({ insideExcel: false });
    expect(associate).not.toHaveBeenCalled();
    expect(handlers.size).toBe(0);
  });

  it("loads without an Office global (plain Node or a page without office.js)", () => {
    delete globals.Office;
    let commands: CommandsModule | undefined;
    jest.isolateModules(() => {
      commands = require("../../src/commands/commands");
    });
    expect(Object.keys(commands!.COMMANDS)).toHaveLength(PANE_REGISTRY.length);
  });
});
