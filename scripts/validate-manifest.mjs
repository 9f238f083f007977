#!/usr/bin/env node
// Offline check of manifest.xml against the production build (`npm run validate`).
//
// `office-addin-manifest validate` needs Microsoft's online service, so this script checks
// what can be checked without a network: well-formed XML (libxml2's xmllint, compiled to
// WebAssembly in the npm package xmllint-wasm, so no system package is needed), the add-in's shape
// (TaskPaneApp for Workbook, shared runtime, namespace SD, exactly ReadWriteDocument), every
// resid resolving to a resource of the right kind, every URL pointing at a file the build
// emitted (icons with their declared pixel size), the ribbon buttons matching the pane
// registry (src/taskpane/paneRegistry.ts: order, actions, Dutch and English labels, icons, help
// anchors), and functions.json matching the declared functions and the help
// page anchors, and every argument name in functions.json being a Dutch word from the one list
// in scripts/dutch-arguments.mjs (Excel shows these names in its formula tooltip).
//
// Options: --manifest <file> (default manifest.xml), --dist <dir> (default dist/),
//          --strict (also fail when a function from the issue contracts is not built yet).
// Exit code 0 when every check passes, 1 otherwise.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPaneRegistry } from "./pane-registry.mjs";
import { DUTCH_ARGUMENT_NAMES } from "./dutch-arguments.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
/** A dependency, or a clear message when node_modules predates it (run npm ci again). */
function requireInstalled(name) {
  try {
    return require(name);
  } catch (error) {
    if (error?.code !== "MODULE_NOT_FOUND") throw error;
    console.error(`${name} ontbreekt in node_modules / is not installed: voer \`npm ci\` uit / run npm ci.`);
    process.exit(1);
  }
}
const { OfficeAddinManifest } = require("office-addin-manifest");
const { validateXML } = requireInstalled("xmllint-wasm");
// xml2js is what office-addin-manifest itself parses with; resolve it from there so we use
// the same copy without declaring a second XML dependency.
const xml2js = createRequire(require.resolve("office-addin-manifest/package.json"))("xml2js");

/** The SD. functions promised by the capability issues, with the help-page anchor of each. */
const CONTRACT_FUNCTIONS = [
  "VERDEEL",
  "AANDEEL",
  "INWONERS",
  "GEMEENTECODE",
  "INDEXCIJFER",
  "INDEXATIE",
  "TARIEF",
  "NACALCULATIE",
  "BEZETTING",
];
// One ribbon button and one help section per pane, as the pane registry lists them.
const PANES = await loadPaneRegistry();
const CAPABILITY_ANCHORS = PANES.map((pane) => pane.helpAnchor);
const RIBBON_ACTIONS = PANES.map((pane) => pane.action);
const ICON_SIZES = ["16", "32", "80"];
const REQUIRED_SETS = ["SharedRuntime", "CustomFunctionsRuntime", "ExcelApi"];
const NAMESPACE = "SD";
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;

// Which resource list a resid must point into, by the element that carries it.
const RESID_KIND = {
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

function parseArgs(argv) {
  const options = { manifest: join(ROOT, "manifest.xml"), dist: join(ROOT, "dist"), strict: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--strict") options.strict = true;
    else if (arg === "--manifest" || arg === "--dist") options[arg.slice(2)] = resolve(argv[++i] ?? "");
    else throw new Error(`Onbekende optie / unknown option: ${arg}`);
  }
  return options;
}

class Report {
  failures = [];
  passes = [];
  notes = [];
  check(ok, passText, failText) {
    if (ok) this.passes.push(passText);
    else this.failures.push(failText);
    return ok;
  }
  fail(text) {
    this.failures.push(text);
  }
  note(text) {
    this.notes.push(text);
  }
}

/** Calls `visit(localName, node, parentName)` for every element of an xml2js tree. */
function walk(node, name, parent, visit) {
  visit(name, node, parent);
  for (const [key, children] of Object.entries(node)) {
    if (key === "$" || key === "_") continue;
    for (const child of children) {
      if (typeof child === "object") walk(child, key, name, visit);
      else visit(key, { _: child }, name);
    }
  }
}

function attr(node, name) {
  return node?.$?.[name];
}

async function checkWellFormed(report, manifestPath) {
  const result = await validateXML({ xml: [{ fileName: basename(manifestPath), contents: readFileSync(manifestPath, "utf8") }] });
  return report.check(
    result.valid,
    "XML is goed gevormd / well-formed (xmllint)",
    `XML is niet goed gevormd / not well-formed:\n${result.rawOutput.trim()}`,
  );
}

async function checkBasics(report, manifestPath) {
  const info = await OfficeAddinManifest.readManifestFile(manifestPath);
  report.check(info.officeAppType === "TaskPaneApp", "type TaskPaneApp", `type is ${info.officeAppType}, verwacht TaskPaneApp`);
  report.check(
    JSON.stringify(info.hosts) === JSON.stringify(["Workbook"]),
    "host Workbook",
    `hosts zijn ${JSON.stringify(info.hosts)}, verwacht alleen Workbook / expected only Workbook`,
  );
  report.check(
    info.permissions === "ReadWriteDocument",
    "permissie / permission ReadWriteDocument",
    `permissie is "${info.permissions}", verwacht precies ReadWriteDocument / expected exactly ReadWriteDocument`,
  );
  report.check(info.defaultLocale === "nl-NL", "standaardtaal / default locale nl-NL", `DefaultLocale is ${info.defaultLocale}, verwacht nl-NL`);
  report.check(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(info.id ?? ""),
    "Id is een GUID",
    `Id "${info.id}" is geen GUID / is not a GUID`,
  );
  report.check(
    /^\d+\.\d+\.\d+\.\d+$/.test(info.version ?? ""),
    `versie / version ${info.version}`,
    `Version "${info.version}" moet vier getallen zijn / must be four numbers (1.0.0.0)`,
  );
}

function collectResources(report, root) {
  const resources = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  const overrides = new Map();
  const list = root.OfficeApp?.VersionOverrides?.[0]?.Resources?.[0] ?? {};
  for (const kind of Object.keys(resources)) {
    for (const group of list[kind] ?? []) {
      for (const [key, entries] of Object.entries(group)) {
        if (key === "$") continue;
        for (const entry of entries) {
          const id = attr(entry, "id");
          if (resources[kind].has(id)) report.fail(`resource-id "${id}" komt twee keer voor / is duplicated in ${kind}`);
          resources[kind].set(id, attr(entry, "DefaultValue"));
          overrides.set(id, new Map((entry.Override ?? []).map((o) => [attr(o, "Locale"), attr(o, "Value")])));
        }
      }
    }
  }
  return { resources, overrides };
}

function checkResids(report, root, resources) {
  const used = new Set();
  let count = 0;
  walk(root.OfficeApp, "OfficeApp", null, (name, node) => {
    const resid = attr(node, "resid");
    if (resid === undefined) return;
    count++;
    used.add(resid);
    const kind = RESID_KIND[name];
    if (!kind) report.fail(`<${name} resid="${resid}">: onbekend element voor een resid / unexpected element with a resid`);
    else if (!resources[kind].has(resid)) {
      const elsewhere = Object.keys(resources).find((k) => resources[k].has(resid));
      report.fail(
        elsewhere
          ? `resid "${resid}" op <${name}> staat in ${elsewhere}, maar hoort in ${kind} / belongs in ${kind}`
          : `resid "${resid}" op <${name}> bestaat niet in ${kind} / does not resolve`,
      );
    }
  });
  report.check(count > 0, `${count} resids verwijzen naar bestaande resources / resolve`, "geen enkele resid gevonden / no resid found");
  for (const kind of Object.keys(resources)) {
    for (const id of resources[kind].keys()) {
      if (!used.has(id)) report.note(`resource "${id}" (${kind}) wordt nergens gebruikt / is unused`);
    }
  }
}

function checkStrings(report, resources, overrides) {
  const missing = [];
  for (const [kind, max] of [
    ["ShortStrings", SHORT_STRING_MAX],
    ["LongStrings", LONG_STRING_MAX],
  ]) {
    for (const [id, text] of resources[kind]) {
      if ((text ?? "").length > max) report.fail(`${kind} "${id}" is langer dan ${max} tekens / longer than ${max} characters`);
      if (id !== "Functions.Namespace" && !overrides.get(id)?.has("en-US")) missing.push(id);
    }
  }
  report.check(
    missing.length === 0,
    "elke tekst heeft een en-US-vertaling / every string has an en-US override",
    `zonder en-US-vertaling / missing en-US override: ${missing.join(", ")}`,
  );
  report.check(
    resources.ShortStrings.get("Functions.Namespace") === NAMESPACE,
    `namespace ${NAMESPACE}`,
    `namespace is "${resources.ShortStrings.get("Functions.Namespace")}", verwacht ${NAMESPACE}`,
  );
}

/** Each ribbon button shows its pane's registry label (nl, en-US override) and icon. */
function checkPaneButtons(report, elements, resources, overrides) {
  const buttons = elements.filter((e) => e.name === "Control" && e.parent === "Group");
  const problems = [];
  for (const button of buttons) {
    const action = button.node.Action?.[0]?.FunctionName?.[0];
    const pane = PANES.find((p) => p.action === action);
    if (!pane) continue; // reported as an unregistered action
    const labelId = attr(button.node.Label?.[0], "resid");
    const nl = resources.ShortStrings.get(labelId);
    const en = overrides.get(labelId)?.get("en-US");
    if (nl !== pane.label.nl || en !== pane.label.en) {
      problems.push(`${action}: label "${nl}"/"${en}", register "${pane.label.nl}"/"${pane.label.en}"`);
    }
    const images = button.node.Icon?.[0]?.Image ?? [];
    const sizes = images.map((image) => attr(image, "size"));
    if (JSON.stringify(sizes) !== JSON.stringify(ICON_SIZES)) problems.push(`${action}: pictogramgroottes ${sizes.join("/")}, verwacht 16/32/80`);
    for (const image of images) {
      const url = resources.Images.get(attr(image, "resid")) ?? "";
      const expected = `/assets/${pane.icon}-${attr(image, "size")}.png`;
      if (!url.endsWith(expected)) problems.push(`${action}: pictogram ${url || attr(image, "resid")}, verwacht …${expected}`);
    }
  }
  report.check(
    problems.length === 0,
    `knoppen hebben de labels en pictogrammen uit het paneelregister / buttons match the pane registry (${PANES.length} panes)`,
    `knoppen wijken af van het paneelregister / buttons differ from the pane registry: ${problems.join("; ")}`,
  );
}

function checkRuntimeAndRibbon(report, root, resources, overrides) {
  const elements = [];
  walk(root.OfficeApp, "OfficeApp", null, (name, node, parent) => elements.push({ name, node, parent }));
  const residsOf = (name, parent) =>
    elements.filter((e) => e.name === name && (!parent || e.parent === parent)).map((e) => attr(e.node, "resid"));

  const runtime = elements.find((e) => e.name === "Runtime");
  report.check(
    attr(runtime?.node, "resid") === "Taskpane.Url" && attr(runtime?.node, "lifetime") === "long",
    'gedeelde runtime / shared runtime (Taskpane.Url, lifetime="long")',
    'verwacht <Runtime resid="Taskpane.Url" lifetime="long"/> / shared runtime missing',
  );
  report.check(
    JSON.stringify(residsOf("FunctionFile")) === JSON.stringify(["Taskpane.Url"]) &&
      residsOf("SourceLocation", "Page").every((r) => r === "Taskpane.Url"),
    "FunctionFile en functiepagina = Taskpane.Url",
    "FunctionFile en de CustomFunctions-<Page> moeten Taskpane.Url zijn (gedeelde runtime) / must use Taskpane.Url",
  );
  const scriptUrl = resources.Urls.get(residsOf("SourceLocation", "Script")[0]);
  const metadataUrl = resources.Urls.get(residsOf("SourceLocation", "Metadata")[0]);
  report.check(Boolean(scriptUrl?.endsWith("/functions.js")), "Functions.Script.Url → functions.js", `script-URL is ${scriptUrl}, verwacht …/functions.js`);
  report.check(
    Boolean(metadataUrl?.endsWith("/functions.json")),
    "Functions.Metadata.Url → functions.json",
    `metadata-URL is ${metadataUrl}, verwacht …/functions.json`,
  );

  const sets = elements.filter((e) => e.name === "Set").map((e) => attr(e.node, "Name"));
  const missingSets = REQUIRED_SETS.filter((s) => !sets.includes(s));
  report.check(missingSets.length === 0, `vereisten / requirement sets ${REQUIRED_SETS.join(", ")}`, `ontbrekende vereisten / missing sets: ${missingSets.join(", ")}`);

  const actions = elements.filter((e) => e.name === "FunctionName").map((e) => e.node._);
  report.check(
    JSON.stringify(actions) === JSON.stringify(RIBBON_ACTIONS),
    `lint-knoppen / ribbon buttons: ${actions.join(", ")}`,
    `knoppen / buttons ${JSON.stringify(actions)}, verwacht ${JSON.stringify(RIBBON_ACTIONS)}`,
  );
  const unregistered = actions.filter((a) => !RIBBON_ACTIONS.includes(a));
  report.check(
    unregistered.length === 0,
    "elke knopactie staat in het paneelregister (src/taskpane/paneRegistry.ts)",
    `knopacties zonder paneel in src/taskpane/paneRegistry.ts / actions not associated: ${unregistered.join(", ")}`,
  );
  checkPaneButtons(report, elements, resources, overrides);
  return { metadataUrl, scriptUrl };
}

/** Every URL in the manifest (attribute values and resource values). */
function collectUrls(root) {
  const urls = new Map();
  walk(root.OfficeApp, "OfficeApp", null, (name, node, parent) => {
    for (const key of ["DefaultValue", "Value"]) {
      const value = attr(node, key);
      if (typeof value === "string" && /^[a-z]+:\/\//i.test(value)) {
        urls.set(value, { element: name, parent, size: attr(node, "size") });
      }
    }
    if (name === "SourceLocation" && attr(node, "DefaultValue")) urls.set(attr(node, "DefaultValue"), { element: name, parent });
  });
  return urls;
}

function pngSize(file) {
  const bytes = readFileSync(file);
  if (bytes.length < 24 || bytes.toString("latin1", 1, 4) !== "PNG") return null;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function checkUrls(report, root, dist, resources) {
  const urls = collectUrls(root);
  const origins = new Set([...urls.keys()].map((u) => new URL(u).origin));
  report.check(
    origins.size === 1 && [...origins][0].startsWith("https://"),
    `alle URL's op één https-origin / one https origin: ${[...origins].join(", ")}`,
    `URL's moeten allemaal op één https-origin staan / must share one https origin: ${[...origins].join(", ")}`,
  );
  // Pixel size each image must have: from <bt:Image size=".." resid=".."> in the ribbon,
  // else from the file name (icon-32.png) for IconUrl / HighResolutionIconUrl.
  const declaredSize = new Map();
  walk(root.OfficeApp, "OfficeApp", null, (name, node, parent) => {
    if (name !== "Image" || parent !== "Icon") return;
    const url = resources.Images.get(attr(node, "resid"));
    const size = Number(attr(node, "size"));
    if (url && declaredSize.has(url) && declaredSize.get(url) !== size) {
      report.fail(`${url} wordt gebruikt als ${declaredSize.get(url)} én ${size} px / used with two sizes`);
    }
    if (url) declaredSize.set(url, size);
  });
  let present = 0;
  for (const url of urls.keys()) {
    const path = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, "");
    const file = join(dist, path);
    if (!existsSync(file)) {
      report.fail(`${url} → ${path} ontbreekt in de build / is not in the build output`);
      continue;
    }
    present++;
    if (path.endsWith(".png")) {
      const size = pngSize(file);
      const expected = declaredSize.get(url) ?? Number(/-(\d+)\.png$/.exec(path)?.[1]);
      if (!size) report.fail(`${path} is geen PNG / is not a PNG`);
      else if (expected && (size[0] !== expected || size[1] !== expected)) {
        report.fail(`${path} is ${size[0]}×${size[1]} px, verwacht ${expected}×${expected} / wrong size`);
      }
    }
  }
  report.check(present === urls.size, `${urls.size} URL's wijzen naar bestanden in de build / point at built files`, `${urls.size - present} URL's zonder bestand`);
}

function declaredFunctionIds() {
  const { functionSources } = require(join(ROOT, "scripts/function-sources.js"));
  const ids = [];
  for (const source of functionSources) {
    const text = readFileSync(join(ROOT, source), "utf8");
    // A JSDoc block followed by a function declaration, with @customfunction as a tag (at the
    // start of a comment line, not mentioned in prose); without an id the function name is used,
    // as the metadata plugin does.
    for (const [, doc, name] of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(?:export\s+)?(?:async\s+)?function\s+(\w+)/g)) {
      const tag = /^[ \t]*\*?[ \t]*@customfunction\b[ \t]*([A-Za-z0-9_.]*)/m.exec(doc);
      if (tag) ids.push((tag[1] || name).toUpperCase());
    }
  }
  return ids;
}

function checkFunctions(report, dist, metadataUrl, options) {
  const metadataPath = join(dist, new URL(metadataUrl ?? "https://localhost/functions.json").pathname.replace(/^\/+/, ""));
  if (!existsSync(metadataPath)) {
    report.fail(`${metadataPath} ontbreekt / is missing: voer eerst \`npm run build\` uit / run npm run build first`);
    return;
  }
  let metadata;
  try {
    metadata = JSON.parse(readFileSync(metadataPath, "utf8"));
  } catch (error) {
    report.fail(`functions.json is geen geldige JSON / is not valid JSON: ${error.message}`);
    return;
  }
  if (!Array.isArray(metadata.functions)) {
    report.fail('functions.json heeft geen "functions"-lijst / has no "functions" array');
    return;
  }
  const ids = metadata.functions.map((f) => String(f.id).toUpperCase());
  const declared = declaredFunctionIds();
  const sameSet = ids.length === declared.length && declared.every((id) => ids.includes(id));
  report.check(
    sameSet,
    `functions.json bevat de ${ids.length} gedeclareerde functies / matches the declared functions${ids.length ? ": " + ids.join(", ") : ""}`,
    `functions.json (${ids.join(", ") || "leeg"}) past niet bij de @customfunction-declaraties (${declared.join(", ") || "geen"}): ` +
      "voer `npm run build` opnieuw uit / rebuild",
  );
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length) report.fail(`dubbele functie-id's / duplicate ids: ${duplicates.join(", ")}`);
  const unknown = ids.filter((id) => !CONTRACT_FUNCTIONS.includes(id));
  report.check(
    unknown.length === 0,
    "elke functie staat in de contracten en de help / every function is a contracted, documented one",
    `functies buiten de contracten (help en README bijwerken) / undocumented functions: ${unknown.join(", ")}`,
  );
  const notYet = CONTRACT_FUNCTIONS.filter((id) => !ids.includes(id));
  if (notYet.length) {
    const text = `nog niet gebouwd / not built yet: ${notYet.map((id) => `${NAMESPACE}.${id}`).join(", ")}`;
    if (options.strict) report.fail(text);
    else report.note(text);
  }

  checkArgumentNames(report, metadata.functions);

  const helpPath = join(dist, "help.html");
  if (!existsSync(helpPath)) {
    report.fail("help.html ontbreekt in de build / is not in the build output");
    return;
  }
  const help = readFileSync(helpPath, "utf8");
  const anchors = new Set(attributeValues(help, "id"));
  const missingSections = [...CAPABILITY_ANCHORS, ...CONTRACT_FUNCTIONS.map((id) => id.toLowerCase())].filter((a) => !anchors.has(a));
  report.check(
    missingSections.length === 0,
    "help.html heeft een sectie per onderdeel en per functie / one section per capability and function",
    `help.html mist secties / lacks sections: ${missingSections.map((a) => "#" + a).join(", ")}`,
  );
  const external = ["src", "href", "action"].flatMap((name) => attributeValues(help, name)).filter((v) => !v.startsWith("#"));
  report.check(
    external.length === 0 && !/@import|url\(/i.test(help),
    "help.html laadt niets van buiten / loads no external resources",
    `help.html verwijst naar / references ${external.join(", ") || "url()/@import"}: alleen #-ankers toegestaan`,
  );
  for (const fn of metadata.functions) {
    const helpUrl = fn.helpUrl;
    if (!helpUrl) {
      report.fail(`${NAMESPACE}.${fn.id} heeft geen @helpurl / has no helpUrl`);
      continue;
    }
    const url = new URL(helpUrl);
    const anchor = url.hash.slice(1);
    if (!url.pathname.endsWith("/help.html") || !anchors.has(anchor)) {
      report.fail(`${NAMESPACE}.${fn.id}: helpUrl ${helpUrl} wijst niet naar een anker in help.html / points at no anchor`);
    } else if (anchor !== String(fn.id).toLowerCase()) {
      report.fail(`${NAMESPACE}.${fn.id}: helpUrl-anker #${anchor} hoort #${String(fn.id).toLowerCase()} te zijn`);
    }
  }
}

/** Every parameter name in functions.json must be one of the Dutch argument words. */
function checkArgumentNames(report, functions) {
  const allowed = new Set(DUTCH_ARGUMENT_NAMES);
  const offenders = [];
  let count = 0;
  for (const fn of functions) {
    const names = (Array.isArray(fn.parameters) ? fn.parameters : []).map((p) => String(p?.name));
    count += names.length;
    const wrong = names.filter((name) => !allowed.has(name));
    if (wrong.length) offenders.push(`${NAMESPACE}.${fn.id}(${wrong.join(", ")})`);
  }
  report.check(
    offenders.length === 0,
    `alle ${count} argumentnamen zijn Nederlands / every argument name is Dutch`,
    `argumentnamen niet Nederlands / non-Dutch argument names: ${offenders.join("; ")} — ` +
      "hernoem de parameters in src/functions (toegestaan / allowed: scripts/dutch-arguments.mjs)",
  );
}

/** Values of an HTML attribute, quoted or not (the production build minifies HTML). */
function attributeValues(html, name) {
  const pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "gi");
  return [...html.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function checkTaskpanePage(report, dist) {
  const page = join(dist, "taskpane.html");
  if (!existsSync(page)) return; // reported by the URL check
  const html = readFileSync(page, "utf8");
  report.check(
    ["functions.js", "commands.js"].every((file) => attributeValues(html, "src").some((src) => src.split("/").pop() === file)),
    "taskpane.html laadt functions.js en commands.js (gedeelde runtime)",
    "taskpane.html laadt functions.js en commands.js niet: in een gedeelde runtime moet de pagina ze laden",
  );
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const report = new Report();
  const rel = (p) => (p.startsWith(ROOT) ? p.slice(ROOT.length + 1) || "." : p);
  console.log(`Manifestcontrole / manifest check: ${rel(options.manifest)} tegen / against ${rel(options.dist)}/`);

  if (!existsSync(options.manifest)) report.fail(`${options.manifest} bestaat niet / does not exist`);
  else if (await checkWellFormed(report, options.manifest)) {
    await checkBasics(report, options.manifest);
    const root = await xml2js.parseStringPromise(readFileSync(options.manifest, "utf8"), {
      tagNameProcessors: [xml2js.processors.stripPrefix],
    });
    const { resources, overrides } = collectResources(report, root);
    checkResids(report, root, resources);
    checkStrings(report, resources, overrides);
    const { metadataUrl } = checkRuntimeAndRibbon(report, root, resources, overrides);
    if (!existsSync(options.dist)) {
      report.fail(`${rel(options.dist)}/ ontbreekt: voer eerst \`npm run build\` uit / run npm run build first`);
    } else {
      checkUrls(report, root, options.dist, resources);
      checkFunctions(report, options.dist, metadataUrl, options);
      checkTaskpanePage(report, options.dist);
      const builtManifest = join(options.dist, "manifest.xml");
      report.check(
        existsSync(builtManifest) && readFileSync(builtManifest, "utf8") === readFileSync(options.manifest, "utf8"),
        "manifest.xml in de build is gelijk aan het bronbestand / matches the source",
        `${rel(builtManifest)} ontbreekt of wijkt af van ${rel(options.manifest)}: voer \`npm run build\` opnieuw uit / rebuild`,
      );
    }
  }

  for (const text of report.passes) console.log(`  ✓ ${text}`);
  for (const text of report.notes) console.log(`  · ${text}`);
  for (const text of report.failures) console.log(`  ✗ ${text}`);
  if (report.failures.length) {
    console.log(`Manifest afgekeurd / rejected: ${report.failures.length} fout(en) / error(s).`);
    process.exit(1);
  }
  console.log(`Manifest in orde / OK: ${report.passes.length} controles / checks.`);
}

main().catch((error) => {
  console.error(`Manifestcontrole mislukt / check crashed: ${error.stack || error}`);
  process.exit(1);
});
