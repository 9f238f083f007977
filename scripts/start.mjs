#!/usr/bin/env node
// `npm start`: builds the add-in with the browser preview and serves it on localhost.
//
//   npm start                 http://localhost:3000/preview.html  (works on any machine, no certificates)
//   npm start -- --https      https, with the Office dev certificates (needed to sideload into Excel)
//   npm start -- --port 3100  another port (also: PORT=3100 npm start)
//
// Excel only loads add-ins over https: on Windows/macOS run `npx office-addin-dev-certs install`
// once, then `npm start -- --https` and sideload manifest.xml (see README).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const wantsHttps = args.includes("--https");
const portArg = args.indexOf("--port");
const port = Number(portArg >= 0 ? args[portArg + 1] : process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`Ongeldige poort "${portArg >= 0 ? args[portArg + 1] : process.env.PORT}". Gebruik bijvoorbeeld: npm start -- --port 3100`);
  process.exit(2);
}

const certDir = join(homedir(), ".office-addin-dev-certs");
const cert = join(certDir, "localhost.crt");
const key = join(certDir, "localhost.key");
if (wantsHttps && !(existsSync(cert) && existsSync(key))) {
  console.error(
    `Geen ontwikkelcertificaten gevonden in ${certDir}.\n` +
      "Installeer ze eenmalig met: npx office-addin-dev-certs install\n" +
      "of start zonder --https voor alleen de voorbeeldweergave.",
  );
  process.exit(2);
}

const webpackCli = join(root, "node_modules", "webpack-cli", "bin", "cli.js");
if (!existsSync(webpackCli)) {
  console.error("webpack is niet geïnstalleerd. Voer eerst uit: npm ci");
  process.exit(2);
}

/** Resolves to true when `candidate` can be listened on at localhost (where webpack will listen). */
function isFree(candidate) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port: candidate, host: "localhost", exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** The one line said when the port is taken, naming a port that is free right now. */
async function portBusyMessage() {
  let suggestion = port + 1;
  while (suggestion < Math.min(port + 50, 65536) && !(await isFree(suggestion))) suggestion++;
  return `Poort ${port} is al in gebruik (draait npm start al in een ander venster?). Start op een andere poort: npm start -- --port ${suggestion}`;
}

// Checked before building, so a busy port is said at once and in one line, not after a
// half-minute build and amid webpack's stack trace.
if (!(await isFree(port))) {
  console.error(await portBusyMessage());
  process.exit(1);
}

const serveArgs = [webpackCli, "serve", "--env", "preview", "--mode", "development", "--port", String(port), "--no-open"];
if (wantsHttps) serveArgs.push("--server-type", "https", "--server-options-cert", cert, "--server-options-key", key);

const scheme = wantsHttps ? "https" : "http";
const base = `${scheme}://localhost:${port}`;
console.log("Sociaal Domein Rekenhulp wordt gebouwd… (de eerste keer duurt dit ongeveer een halve minuut)");

const child = spawn(process.execPath, serveArgs, { cwd: root, stdio: ["inherit", "pipe", "pipe"] });
let announced = false;

function announce() {
  if (announced) return;
  announced = true;
  const lines = [
    "",
    "  Sociaal Domein Rekenhulp draait.",
    "",
    `  Voorbeeldweergave (demowerkmap, zonder Excel):  ${base}/preview.html`,
    `  Taakvenster voor sideloaden in Excel:           ${base}/taskpane.html`,
    `  Manifest:                                       ${base}/manifest.xml`,
    "",
    wantsHttps
      ? "  Sideloaden: Excel › Invoegtoepassingen › Mijn invoegtoepassing uploaden › manifest.xml (zie README)."
      : "  Sideloaden in Excel vraagt https: voer op Windows/macOS eenmalig `npx office-addin-dev-certs install` uit\n  en start dan met `npm start -- --https`.",
    "  Er worden geen gegevens verstuurd: alles draait op deze computer.",
    "  Stoppen: Ctrl+C",
    "",
  ];
  console.log(lines.join("\n"));
}

// webpack's own output is long; pass errors and warnings through, announce once compiled.
// Should the port be taken after all (between our check and webpack's listen), say that in one
// line and drop webpack's stack trace for it.
let portTaken = false;
function relay(stream, target) {
  let buffer = "";
  stream.on("data", (chunk) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (portTaken) continue;
      if (/EADDRINUSE/.test(line)) {
        portTaken = true;
        portBusyMessage().then((message) => process.stderr.write(`${message}\n`));
      } else if (/compiled successfully/i.test(line)) announce();
      else if (/compiled with .*error|ERROR|Error:/.test(line)) target.write(`${line}\n`);
    }
  });
}
relay(child.stdout, process.stdout);
relay(child.stderr, process.stderr);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    child.kill(signal);
  });
}
child.on("exit", (code) => {
  if (stopping) {
    console.log("Gestopt.");
    process.exit(0);
  }
  if (portTaken) setTimeout(() => process.exit(1), 200); // let the port message finish
  else process.exit(code ?? 1);
});
