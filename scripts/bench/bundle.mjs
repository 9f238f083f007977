/**
 * Production-build figures: gzipped size of the task pane bundle and the time from navigation
 * start to the visible pane in headless Chromium.
 *
 * Outside Excel office.js answers Office.onReady with no host, so the production page shows its
 * "open this in Excel" message (`[data-testid=host-none]`) — that is the first complete screen a
 * production build can show in a plain browser, and it needs the same bundle, React, Fluent
 * and office.js start-up as the pane shell inside Excel. The office.js CDN URL is answered from
 * node_modules/@microsoft/office-js/dist, so the figure does not depend on the network.
 */
/* global window, document, MutationObserver -- functions passed to page.evaluate run in the browser */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const RENDER_RUNS = 5;
const VISIBLE_SELECTOR = "[data-testid=host-none], [data-testid=pane-shell]";

function buildProduction(root, outDir) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"], {
      cwd: root,
      env: { ...process.env, SD_OUT_DIR: outDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // webpack-cli prints compile errors on stdout, so keep both streams for the message
    let stderr = "";
    child.stdout.on("data", (chunk) => (stderr += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

const CONTENT_TYPES = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".xml": "text/xml" };

function serve(dir) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * The browser the e2e tests use, found the same way (test/e2e/chromium.ts): SD_CHROMIUM, else an
 * installed Chromium/Chrome/Edge, else the Chromium inside @sparticuz/chromium. Rejects with a
 * Dutch reason when there is none.
 */
async function resolveBrowser() {
  require("../controleer/register-ts.cjs");
  const { resolveChromium } = require("../../test/e2e/chromium.ts");
  return resolveChromium();
}

/** Medians of `RENDER_RUNS` cold loads (fresh browser context each time). */
async function firstRender(root, distDir, browserToUse) {
  const { chromium } = await import("playwright-core");
  const server = await serve(distDir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const officeDist = path.join(root, "node_modules/@microsoft/office-js/dist");
  const browser = await chromium.launch({
    executablePath: browserToUse.executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    ...(browserToUse.env ? { env: { ...process.env, ...browserToUse.env } } : {}),
  });
  const times = [];
  const foreign = new Set();
  const cspViolations = [];
  try {
    for (let run = 0; run < RENDER_RUNS; run++) {
      const context = await browser.newContext();
      await context.route(`${OFFICE_CDN}**`, async (route) => {
        const file = path.join(officeDist, route.request().url().slice(OFFICE_CDN.length).split("?")[0]);
        if (file.startsWith(officeDist) && existsSync(file)) await route.fulfill({ path: file, contentType: "text/javascript" });
        else await route.fulfill({ status: 404 });
      });
      await context.addInitScript((selector) => {
        const w = window;
        const check = () => {
          const el = document.querySelector(selector);
          if (el && el.getBoundingClientRect().height > 0 && w.__sdVisibleAt === undefined) {
            w.__sdVisibleAt = performance.now();
            w.__sdVisibleWhat = el.getAttribute("data-testid");
          }
        };
        new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
        document.addEventListener("securitypolicyviolation", (e) => {
          (w.__sdCsp ??= []).push(`${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
        });
      }, VISIBLE_SELECTOR);
      const page = await context.newPage();
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith(OFFICE_CDN) && !url.startsWith("data:")) foreign.add(url);
      });
      await page.goto(`${origin}/taskpane.html`);
      await page.waitForFunction(() => window.__sdVisibleAt !== undefined, undefined, { timeout: 20000 });
      const { at, what, csp } = await page.evaluate(() => ({ at: window.__sdVisibleAt, what: window.__sdVisibleWhat, csp: window.__sdCsp ?? [] }));
      times.push({ at, what });
      cspViolations.push(...csp);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const sorted = times.map((t) => t.at).sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    runs: sorted.map((t) => Math.round(t)),
    visible: times[0]?.what,
    foreign: [...foreign],
    cspViolations: [...new Set(cspViolations)],
  };
}

export async function measureBundle({ root, reuseBuild }) {
  const distDir = path.join(root, ".bench", "dist");
  const lines = [];
  if (!reuseBuild || !existsSync(path.join(distDir, "taskpane.js"))) {
    const { code, stderr } = await buildProduction(root, distDir);
    if (code !== 0 || !existsSync(path.join(distDir, "taskpane.js"))) {
      const reason = `productiebuild mislukt (exit ${code}): ${stderr.split("\n").find((l) => l.includes("ERROR")) ?? ""}`.trim();
      process.stderr.write(stderr.split("\n").filter((l) => l.includes("ERROR") || l.includes("Error:")).join("\n") + "\n");
      return [
        { metric: "taskpane_bundle_gzip_kb", value: null, unit: "KB", skipped: reason },
        { metric: "taskpane_first_render_ms", value: null, unit: "ms", skipped: reason },
      ];
    }
  }
  const bundle = readFileSync(path.join(distDir, "taskpane.js"));
  lines.push({
    metric: "taskpane_bundle_gzip_kb",
    value: Math.round((gzipSync(bundle, { level: 9 }).length / 1024) * 10) / 10,
    unit: "KB",
    raw_kb: Math.round(bundle.length / 1024),
  });
  let browserToUse;
  try {
    browserToUse = await resolveBrowser();
  } catch (error) {
    lines.push({ metric: "taskpane_first_render_ms", value: null, unit: "ms", skipped: `geen Chromium: ${error instanceof Error ? error.message : String(error)}` });
    return lines;
  }
  const render = await firstRender(root, distDir, browserToUse);
  lines.push({
    metric: "taskpane_first_render_ms",
    value: Math.round(render.median),
    unit: "ms",
    visible: render.visible,
    runs: render.runs.join("/"),
    foreign_requests: render.foreign.length,
    csp_violations: render.cspViolations.length,
    chromium: `${browserToUse.source}: ${browserToUse.executablePath}`,
  });
  if (render.foreign.length || render.cspViolations.length) {
    process.stderr.write(`verzoeken buiten de eigen herkomst: ${render.foreign.join(", ") || "geen"}\nCSP-schendingen: ${render.cspViolations.join(", ") || "geen"}\n`);
  }
  return lines;
}
