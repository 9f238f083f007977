/**
 * manifest.xml, the icons and the help page, checked two ways:
 *  1. the manifest parsed here, independently of scripts/validate-manifest.mjs;
 *  2. the validate script spawned against a build-shaped folder made from the sources, once
 *     as it should be (passes) and once per kind of breakage (each must be caught and named).
 * `npm test` also runs the script against the real production build (`npm run validate`).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { COMMANDS } from "../../src/commands/commands";
import { PANE_REGISTRY } from "../../src/taskpane/paneRegistry";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const HELP = join(ROOT, "src/help/help.html");
const SCRIPT = join(ROOT, "scripts/validate-manifest.mjs");
const ORIGIN = "https://localhost:3000";
const CONTRACT_FUNCTIONS = ["VERDEEL", "AANDEEL", "INWONERS", "GEMEENTECODE", "INDEXCIJFER", "INDEXATIE", "TARIEF", "NACALCULATIE", "BEZETTING"];

// xml2js is office-addin-manifest's own XML parser (a dependency of it, not of ours).
const xml2js = createRequire(require.resolve("office-addin-manifest/package.json"))("xml2js");
const { functionSources } = require("../../scripts/function-sources.js") as { functionSources: string[] };

type XmlNode = { $?: Record<string, string>; _?: string; [child: string]: unknown };

interface Element {
  name: string;
  parent: string | null;
  attrs: Record<string, string>;
  text?: string;
}

function parseManifest(xml: string): Element[] {
  let root: XmlNode | undefined;
  xml2js.parseString(xml, { tagNameProcessors: [xml2js.processors.stripPrefix], async: false }, (error: Error | null, result: XmlNode) => {
    if (error) throw error;
    root = result;
  });
  const elements: Element[] = [];
  const visit = (name: string, node: XmlNode | string, parent: string | null) => {
    if (typeof node === "string") {
      elements.push({ name, parent, attrs: {}, text: node });
      return;
    }
    elements.push({ name, parent, attrs: node.$ ?? {}, text: node._ });
    for (const [key, children] of Object.entries(node)) {
      if (key === "$" || key === "_") continue;
      for (const child of children as (XmlNode | string)[]) visit(key, child, name);
    }
  };
  visit("OfficeApp", (root as { OfficeApp: XmlNode }).OfficeApp, null);
  return elements;
}

function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** `@customfunction ID` and `@helpurl URL` pairs declared in the function sources. */
function declaredFunctions(): { id: string; helpUrl?: string }[] {
  const found: { id: string; helpUrl?: string }[] = [];
  for (const source of functionSources) {
    const text = readFileSync(join(ROOT, source), "utf8");
    for (const [, block, name] of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(?:export\s+)?(?:async\s+)?function\s+(\w+)/g)) {
      const tag = /^[ \t]*\*?[ \t]*@customfunction\b[ \t]*([A-Za-z0-9_.]*)/m.exec(block);
      if (tag) found.push({ id: (tag[1] || name).toUpperCase(), helpUrl: /^[ \t]*\*?[ \t]*@helpurl[ \t]+(\S+)/m.exec(block)?.[1] });
    }
  }
  return found;
}

const elements = parseManifest(readFileSync(MANIFEST, "utf8"));
const named = (name: string, parent?: string) => elements.filter((e) => e.name === name && (!parent || e.parent === parent));
const single = (name: string, parent?: string) => {
  const found = named(name, parent);
  expect(found).toHaveLength(1);
  return found[0];
};
const resources = new Map<string, { kind: string; value: string }>();
for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
  const list = elements.filter((e) => e.parent === kind);
  for (const entry of list) resources.set(entry.attrs.id, { kind, value: entry.attrs.DefaultValue });
}
const helpHtml = readFileSync(HELP, "utf8");
const helpAnchors = new Set([...helpHtml.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));

describe("manifest.xml", () => {
  it("is a Workbook task pane add-in asking only for ReadWriteDocument", () => {
    expect(single("OfficeApp").attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(named("Host", "Hosts").map((h) => h.attrs.Name ?? h.attrs["xsi:type"])).toEqual(["Workbook", "Workbook"]);
    expect(single("Permissions").text).toBe("ReadWriteDocument");
    expect(single("DefaultLocale").text).toBe("nl-NL");
    expect(single("Version").text).toBe("1.0.0.0");
    expect(single("Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(single("SourceLocation", "DefaultSettings").attrs.DefaultValue).toBe(`${ORIGIN}/taskpane.html`);
  });

  it("resolves every resid to a resource of the right kind", () => {
    const withResid = elements.filter((e) => e.attrs.resid !== undefined);
    expect(withResid.length).toBeGreaterThan(30);
    const kindOf: Record<string, string> = {
      Image: "Images",
      SourceLocation: "Urls",
      Runtime: "Urls",
      FunctionFile: "Urls",
      LearnMoreUrl: "Urls",
      Label: "ShortStrings",
      Title: "ShortStrings",
      Namespace: "ShortStrings",
      Description: "LongStrings",
    };
    const unresolved = withResid
      .filter((e) => resources.get(e.attrs.resid)?.kind !== kindOf[e.name])
      .map((e) => `${e.name}:${e.attrs.resid}`);
    expect(unresolved).toEqual([]);
  });

  it("runs functions, pane and commands in one shared runtime under namespace SD", () => {
    const runtime = single("Runtime");
    expect(runtime.attrs).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    expect(single("FunctionFile").attrs.resid).toBe("Taskpane.Url");
    expect(single("SourceLocation", "Page").attrs.resid).toBe("Taskpane.Url");
    expect(resources.get("Taskpane.Url")?.value).toBe(`${ORIGIN}/taskpane.html`);
    expect(resources.get(single("SourceLocation", "Script").attrs.resid)?.value).toBe(`${ORIGIN}/functions.js`);
    expect(resources.get(single("SourceLocation", "Metadata").attrs.resid)?.value).toBe(`${ORIGIN}/functions.json`);
    expect(resources.get(single("Namespace").attrs.resid)?.value).toBe("SD");
    const sets = Object.fromEntries(named("Set").map((s) => [s.attrs.Name, s.attrs.MinVersion]));
    expect(sets).toEqual({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.1", ExcelApi: "1.9" });
  });

  it("has a Rekenhulp tab with one button per pane of the registry, wired to the actions commands.ts associates", () => {
    const tabLabel = named("Label", "CustomTab")[0];
    expect(resources.get(tabLabel.attrs.resid)?.value).toBe("Rekenhulp");
    const buttons = named("Control", "Group");
    expect(buttons.map((b) => b.attrs["xsi:type"])).toEqual(PANE_REGISTRY.map(() => "Button"));
    const labels = named("Label", "Control").map((l) => resources.get(l.attrs.resid)?.value);
    expect(labels).toEqual(PANE_REGISTRY.map((pane) => pane.label.nl));
    expect(labels.slice(0, 4)).toEqual(["Controleren", "Verdelen", "Indexeren", "Bezetting"]);
    expect(named("Action").map((a) => a.attrs["xsi:type"])).toEqual(PANE_REGISTRY.map(() => "ExecuteFunction"));
    expect(named("FunctionName").map((f) => f.text)).toEqual(PANE_REGISTRY.map((pane) => pane.action));
    expect(named("FunctionName").map((f) => f.text)).toEqual(Object.keys(COMMANDS));
  });

  it("labels each button in English with the registry's English label and draws it with the registry's icon", () => {
    const xml = readFileSync(MANIFEST, "utf8");
    for (const pane of PANE_REGISTRY) {
      const control = new RegExp(`<Control[^>]*>(?:(?!</Control>)[\\s\\S])*<FunctionName>${pane.action}</FunctionName>`).exec(xml)?.[0] ?? "";
      const labelId = /<Label resid="([^"]+)"/.exec(control)?.[1];
      const english = new RegExp(`<bt:String id="${labelId}"[^>]*>\\s*<bt:Override Locale="en-US" Value="([^"]*)"`).exec(xml)?.[1];
      expect([pane.id, english]).toEqual([pane.id, pane.label.en]);
      const icons = [...control.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)].map(([, size, resid]) => [size, resources.get(resid)?.value]);
      expect(icons).toEqual(["16", "32", "80"].map((size) => [size, `${ORIGIN}/assets/${pane.icon}-${size}.png`]));
    }
  });

  it("gives every display text an en-US override (the namespace stays SD in every language)", () => {
    const xml = readFileSync(MANIFEST, "utf8");
    const strings = [...xml.matchAll(/<bt:String id="([^"]+)"[^>]*?(\/>|>([\s\S]*?)<\/bt:String>)/g)];
    expect(strings.length).toBe(named("String").length);
    const withoutEnglish = strings.filter((m) => !/Locale="en-US"/.test(m[3] ?? "")).map((m) => m[1]);
    expect(withoutEnglish).toEqual(["Functions.Namespace"]);
    expect(named("Override", "DisplayName")[0].attrs).toEqual({ Locale: "en-US", Value: "Social Domain Calculator" });
  });

  it("points every image at a PNG in assets/ of the size it is declared as", () => {
    const icons = named("Image", "Icon");
    expect(icons).toHaveLength(3 + 3 * PANE_REGISTRY.length); // group + one button per pane, 16/32/80 each
    for (const icon of icons) {
      const url = resources.get(icon.attrs.resid)!.value;
      expect(url.startsWith(`${ORIGIN}/assets/`)).toBe(true);
      const size = Number(icon.attrs.size);
      expect([size, pngSize(join(ROOT, new URL(url).pathname))]).toEqual([size, [size, size]]);
    }
    expect(pngSize(join(ROOT, new URL(single("IconUrl").attrs.DefaultValue).pathname))).toEqual([32, 32]);
    expect(pngSize(join(ROOT, new URL(single("HighResolutionIconUrl").attrs.DefaultValue).pathname))).toEqual([64, 64]);
  });
});

describe("help page", () => {
  it("has a section per capability and per contracted function", () => {
    for (const anchor of [...PANE_REGISTRY.map((pane) => pane.helpAnchor), ...CONTRACT_FUNCTIONS.map((f) => f.toLowerCase())]) {
      expect([anchor, helpAnchors.has(anchor)]).toEqual([anchor, true]);
    }
    expect(helpHtml).toContain("=SD.INDEXATIE(2024; 0,9; \"relatief\"; \"optellen\"; 2)</code> geeft 0,063");
  });

  it("loads nothing from outside and forbids it by CSP", () => {
    expect([...helpHtml.matchAll(/\b(?:src|href)\s*=\s*"(?!#)[^"]*"/g)]).toEqual([]);
    expect(helpHtml).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });

  it("is the target of every declared function's @helpurl", () => {
    for (const { id, helpUrl } of declaredFunctions()) {
      expect([id, helpUrl]).toEqual([id, `${ORIGIN}/help.html#${id.toLowerCase()}`]);
      expect(CONTRACT_FUNCTIONS).toContain(id);
    }
  });
});

/** Each declared function's signature as the README and help.html write it: `SD.ID(a; [b])`. */
function declaredSignatures(): { id: string; params: string[]; docParams: string[]; signature: string }[] {
  const found: { id: string; params: string[]; docParams: string[]; signature: string }[] = [];
  for (const source of functionSources) {
    const text = readFileSync(join(ROOT, source), "utf8");
    for (const [, block, name, list] of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(?:export\s+)?(?:async\s+)?function\s+(\w+)\s*\(([^)]*)\)/g)) {
      const tag = /^[ \t]*\*?[ \t]*@customfunction\b[ \t]*([A-Za-z0-9_.]*)/m.exec(block);
      if (!tag) continue;
      const id = (tag[1] || name).toUpperCase();
      const parsed = list.split(",").map((p) => p.trim()).filter(Boolean).map((p) => /^(\w+)(\?)?/.exec(p)!);
      const params = parsed.map((m) => m[1]);
      const docParams = [...block.matchAll(/@param\s+\[?(\w+)\]?/g)].map((m) => m[1]);
      const signature = `SD.${id}(${parsed.map((m) => (m[2] ? `[${m[1]}]` : m[1])).join("; ")})`;
      found.push({ id, params, docParams, signature });
    }
  }
  return found;
}

describe("Dutch argument names", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  it.each(declaredSignatures().map((f) => [f.id, f] as const))("SD.%s uses the README's argument names in its parameters, @param lines and help section", (_id, f) => {
    expect(f.docParams).toEqual(f.params);
    expect(readme).toContain("`" + f.signature + "`");
    expect(helpHtml).toContain("=" + f.signature + "</code>");
  });
});

describe("scripts/validate-manifest.mjs", () => {
  let work: string;

  /** A folder shaped like `npm run build` output, made from the sources. */
  function makeDist(name = "dist"): string {
    const dist = join(work, name);
    mkdirSync(join(dist, "assets"), { recursive: true });
    for (const file of readdirSync(join(ROOT, "assets")).filter((f) => f.endsWith(".png"))) {
      copyFileSync(join(ROOT, "assets", file), join(dist, "assets", file));
    }
    copyFileSync(HELP, join(dist, "help.html"));
    copyFileSync(MANIFEST, join(dist, "manifest.xml"));
    writeFileSync(join(dist, "taskpane.html"), '<script defer src="taskpane.js"></script><script defer src="commands.js"></script><script defer src="functions.js"></script>');
    writeFileSync(join(dist, "functions.js"), "");
    const functions = declaredFunctions().map(({ id }) => ({
      id,
      name: id,
      helpUrl: `${ORIGIN}/help.html#${id.toLowerCase()}`,
      parameters: [],
    }));
    writeFileSync(join(dist, "functions.json"), JSON.stringify({ functions }));
    return dist;
  }

  function validate(...args: string[]) {
    // PATH holds only Node: the check needs no system tool (the XML parser is xmllint-wasm).
    const env = { ...process.env, PATH: dirname(process.execPath) };
    const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: "utf8", env });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  }

  function manifestWith(replace: [string | RegExp, string]): string {
    const file = join(work, `manifest-${Math.random().toString(36).slice(2)}.xml`);
    const xml = readFileSync(MANIFEST, "utf8");
    const changed = xml.replace(replace[0], replace[1]);
    expect(changed).not.toBe(xml);
    writeFileSync(file, changed);
    return file;
  }

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), "sd-manifest-"));
  });
  afterEach(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it("passes on the manifest and a complete build", () => {
    const { status, output } = validate("--dist", makeDist());
    expect(output).toContain("Manifest in orde / OK");
    expect(output).toContain("namespace SD");
    expect(output).toContain("permissie / permission ReadWriteDocument");
    expect(status).toBe(0);
  });

  it("rejects a build whose manifest.xml is older than the source", () => {
    const dist = makeDist();
    writeFileSync(join(dist, "manifest.xml"), readFileSync(MANIFEST, "utf8").replace("1.0.0.0", "0.9.0.0"));
    const { status, output } = validate("--dist", dist);
    expect(output).toContain("wijkt af van manifest.xml");
    expect(status).toBe(1);
  });

  it("fails without a build and says to run npm run build", () => {
    const { status, output } = validate("--dist", join(work, "nothing-here"));
    expect(status).toBe(1);
    expect(output).toContain("run npm run build first");
  });

  it.each([
    ["a missing functions.json", (dist: string) => rmSync(join(dist, "functions.json")), "functions.json ontbreekt in de build"],
    [
      "a function that is not declared in the sources",
      (dist: string) => writeFileSync(join(dist, "functions.json"), JSON.stringify({ functions: [{ id: "ONBEKEND", name: "ONBEKEND", helpUrl: `${ORIGIN}/help.html#onbekend` }] })),
      "past niet bij de @customfunction-declaraties",
    ],
    ["functions.json that is not JSON", (dist: string) => writeFileSync(join(dist, "functions.json"), "{"), "is geen geldige JSON"],
    ["an icon of the wrong size", (dist: string) => copyFileSync(join(dist, "assets/verdelen-16.png"), join(dist, "assets/verdelen-32.png")), "assets/verdelen-32.png is 16×16 px, verwacht 32×32"],
    ["a missing icon", (dist: string) => rmSync(join(dist, "assets/bezetting-80.png")), "bezetting-80.png ontbreekt in de build"],
    ["a help page loading an external file", (dist: string) => writeFileSync(join(dist, "help.html"), helpHtml.replace("</head>", '<link rel="stylesheet" href="https://cdn.example/x.css"></head>')), "https://cdn.example/x.css"],
    ["a help page without the anchors", (dist: string) => writeFileSync(join(dist, "help.html"), "<html></html>"), "help.html mist secties"],
    ["a task pane page that does not load the functions", (dist: string) => writeFileSync(join(dist, "taskpane.html"), '<script src="taskpane.js"></script>'), "taskpane.html laadt functions.js en commands.js niet"],
  ])("rejects %s", (_what, breakIt, message) => {
    const dist = makeDist();
    breakIt(dist);
    const { status, output } = validate("--dist", dist);
    expect(output).toContain(message);
    expect(status).toBe(1);
  });

  it("rejects a helpUrl that points at no anchor", () => {
    const dist = makeDist();
    writeFileSync(join(dist, "functions.json"), JSON.stringify({ functions: [] }));
    const declared = declaredFunctions();
    if (declared.length > 0) {
      const [first] = declared;
      const functions = declared.map(({ id }) => ({ id, name: id, helpUrl: `${ORIGIN}/help.html#${id.toLowerCase()}` }));
      functions[0].helpUrl = `${ORIGIN}/help.html#bestaat-niet`;
      writeFileSync(join(dist, "functions.json"), JSON.stringify({ functions }));
      const { status, output } = validate("--dist", dist);
      expect(output).toContain(`SD.${first.id}: helpUrl ${ORIGIN}/help.html#bestaat-niet wijst niet naar een anker`);
      expect(status).toBe(1);
    } else {
      // No function is declared yet: the check must then reject an empty functions.json in --strict.
      const { status, output } = validate("--dist", dist, "--strict");
      expect(output).toContain("nog niet gebouwd / not built yet: SD.VERDEEL");
      expect(status).toBe(1);
    }
  });

  /** functions.json with the declared functions, the first one taking the given arguments. */
  function distWithArguments(names: string[]): { dist: string; first: string } {
    const dist = makeDist();
    const declared = declaredFunctions();
    const functions = declared.map(({ id }, i) => ({
      id,
      name: id,
      helpUrl: `${ORIGIN}/help.html#${id.toLowerCase()}`,
      parameters: i === 0 ? names.map((name) => ({ name, type: "number" })) : [],
    }));
    writeFileSync(join(dist, "functions.json"), JSON.stringify({ functions }));
    return { dist, first: declared[0].id };
  }

  it("accepts Dutch argument names from the README's function table", () => {
    const { dist } = distWithArguments(["tarief", "van_jaar", "naar_jaar", "loonaandeel", "verschil", "combinatie", "decimalen"]);
    const { status, output } = validate("--dist", dist);
    expect(output).toContain("alle 7 argumentnamen zijn Nederlands / every argument name is Dutch");
    expect(status).toBe(0);
  });

  it("rejects non-Dutch argument names in functions.json and lists the offenders per function", () => {
    const { dist, first } = distWithArguments(["jaar", "wageShare", "stage", "Jaar"]);
    const { status, output } = validate("--dist", dist);
    expect(output).toContain(`argumentnamen niet Nederlands / non-Dutch argument names: SD.${first}(wageShare, stage, Jaar)`);
    expect(output).toContain("scripts/dutch-arguments.mjs");
    expect(status).toBe(1);
  });

  it.each([
    ["malformed XML", ["</OfficeApp>", ""] as [string, string], "niet goed gevormd / not well-formed"],
    ["a mismatched closing tag", ["</Permissions>", "</Permission>"] as [string, string], "Opening and ending tag mismatch: Permissions"],
    ["a permission other than ReadWriteDocument", ["<Permissions>ReadWriteDocument<", "<Permissions>ReadWriteMailbox<"] as [string, string], 'permissie is "ReadWriteMailbox"'],
    ["a resid that does not resolve", ['<Label resid="Verdelen.Label"/>', '<Label resid="Verdeel.Label"/>'] as [string, string], 'resid "Verdeel.Label" op <Label> bestaat niet'],
    ["a resid of the wrong kind", ['<Description resid="Bezetting.Tooltip"/>', '<Description resid="Bezetting.Label"/>'] as [string, string], "staat in ShortStrings, maar hoort in LongStrings"],
    ["another namespace", ['id="Functions.Namespace" DefaultValue="SD"', 'id="Functions.Namespace" DefaultValue="RH"'] as [string, string], 'namespace is "RH"'],
    ["a ribbon action commands.ts does not associate", ["<FunctionName>openIndexeren<", "<FunctionName>openIndex<"] as [string, string], "actions not associated: openIndex"],
    ["a text without English", ['<bt:Override Locale="en-US" Value="Allocate"/>', ""] as [string, string], "missing en-US override: Verdelen.Label"],
    ["a button label other than the registry's", ['<bt:String id="Indexeren.Label" DefaultValue="Indexeren">', '<bt:String id="Indexeren.Label" DefaultValue="Indexatie">'] as [string, string], 'openIndexeren: label "Indexatie"/"Index", register "Indexeren"/"Index"'],
    ["an English label other than the registry's", ['<bt:Override Locale="en-US" Value="Occupancy"/>', '<bt:Override Locale="en-US" Value="Beds"/>'] as [string, string], 'openBezetting: label "Bezetting"/"Beds"'],
    ["a button drawn with another pane's icon", ['resid="Verdelen.Icon.32"/>', 'resid="Indexeren.Icon.32"/>'] as [string, string], "openVerdelen: pictogram https://localhost:3000/assets/indexeren-32.png, verwacht …/assets/verdelen-32.png"],
    ["a page outside the shared runtime", ['<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'] as [string, string], "FunctionFile en de CustomFunctions-<Page> moeten Taskpane.Url zijn"],
    ["a URL on another origin", ['"https://localhost:3000/help.html"/>', '"https://example.org/help.html"/>'] as [string, string], "must share one https origin"],
  ])("rejects a manifest with %s", (_what, replace, message) => {
    const { status, output } = validate("--manifest", manifestWith(replace), "--dist", makeDist());
    expect(output).toContain(message);
    expect(status).toBe(1);
  });
});
