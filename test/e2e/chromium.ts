/**
 * Which Chromium the end-to-end tests drive, so that `npm ci && npm test` works on a machine
 * with only Node 20. In this order:
 *
 *   1. SD_CHROMIUM, when set: a path to a Chromium/Chrome/Edge binary, or `bundled`.
 *   2. A Chromium, Chrome or Edge already on the machine (the usual install locations, then PATH).
 *   3. The Chromium inside the npm package @sparticuz/chromium (a devDependency; Linux x64 only):
 *      its brotli-packed binary is unpacked once into the temp folder (about 2 s, 200 MB, no
 *      download) and reused by every later run.
 *
 * The unpacked copy goes to `<tmp>/sd-rekenhulp-chromium-<version>/`; it is unpacked into a
 * folder of its own and renamed into place when complete, so a run that was interrupted, or two
 * test workers unpacking at once, never leave a half-written binary that a later run would use.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pipeline } from "node:stream/promises";
import * as zlib from "node:zlib";

export type ChromiumSource = "SD_CHROMIUM" | "system" | "bundled";

export interface ResolvedChromium {
  executablePath: string;
  source: ChromiumSource;
  /** extra environment for the browser process (the bundled build's libraries and fonts) */
  env?: Record<string, string>;
}

/** Where a Chromium, Chrome or Edge is usually installed, per platform, before PATH is searched. */
export function knownLocations(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === "darwin") {
    return [
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ];
  }
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return roots.flatMap((root) => [
      path.win32.join(root, "Google", "Chrome", "Application", "chrome.exe"),
      path.win32.join(root, "Microsoft", "Edge", "Application", "msedge.exe"),
      path.win32.join(root, "Chromium", "Application", "chrome.exe"),
    ]);
  }
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/usr/bin/microsoft-edge"];
}

const PATH_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge", "msedge", "chrome"];

/** The first installed browser: known locations first, then the names above on PATH. */
export function findSystemChromium(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  isFile: (file: string) => boolean = isExecutableFile,
): string | undefined {
  const known = knownLocations(platform, env).find(isFile);
  if (known) return known;
  const dirs = (env.PATH ?? env.Path ?? "").split(platform === "win32" ? ";" : ":").filter(Boolean);
  const suffixes = platform === "win32" ? [".exe"] : [""];
  for (const dir of dirs) {
    for (const name of PATH_NAMES) {
      for (const suffix of suffixes) {
        const file = (platform === "win32" ? path.win32 : path.posix).join(dir, name + suffix);
        if (isFile(file)) return file;
      }
    }
  }
  return undefined;
}

function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform !== "win32") fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const BUNDLED_PACKAGE = "@sparticuz/chromium";

/** The folder the bundled Chromium is unpacked to (per package version, in the temp folder). */
export function bundledChromiumDir(): string {
  const { version } = JSON.parse(fs.readFileSync(path.join(bundledPackageRoot(), "package.json"), "utf8")) as { version: string };
  return path.join(os.tmpdir(), `sd-rekenhulp-chromium-${version}`);
}

const COMPLETE_MARKER = ".compleet";

/** Unpacks (once) and returns the Chromium shipped inside @sparticuz/chromium. */
export async function bundledChromium(): Promise<ResolvedChromium> {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(
      `De meegeleverde Chromium (${BUNDLED_PACKAGE}) is er alleen voor Linux x64, niet voor ${process.platform} ${process.arch}. ` +
        "Installeer Chrome, Edge of Chromium, of wijs er een aan met SD_CHROMIUM=/pad/naar/chrome.",
    );
  }
  const dir = bundledChromiumDir();
  if (!fs.existsSync(path.join(dir, COMPLETE_MARKER))) await unpackBundled(dir);
  const executablePath = path.join(dir, "chromium");
  return { executablePath, source: "bundled", env: bundledEnvironment(dir, executablePath) };
}

async function unpackBundled(dir: string): Promise<void> {
  const staging = `${dir}.uitpakken-${process.pid}-${Date.now()}`;
  fs.mkdirSync(staging, { recursive: true });
  try {
    // The package's bin/ holds brotli files: the binary itself, and tar archives with its
    // fonts (Open Sans), SwiftShader (software GL) and the NSS libraries built for Amazon Linux
    // (used only when the machine lacks its own, see bundledEnvironment). They are unpacked
    // here rather than by the package's own code, which always writes into the temp folder's root.
    const bin = path.join(bundledPackageRoot(), "bin");
    await pipeline(fs.createReadStream(path.join(bin, "chromium.br")), zlib.createBrotliDecompress(), fs.createWriteStream(path.join(staging, "chromium"), { mode: 0o755 }));
    extractTar(zlib.brotliDecompressSync(fs.readFileSync(path.join(bin, "swiftshader.tar.br"))), staging);
    extractTar(zlib.brotliDecompressSync(fs.readFileSync(path.join(bin, "fonts.tar.br"))), path.join(staging, "fonts"));
    extractTar(zlib.brotliDecompressSync(fs.readFileSync(path.join(bin, "al2023.tar.br"))), staging);
    fs.writeFileSync(path.join(staging, COMPLETE_MARKER), new Date().toISOString());
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  try {
    fs.rmSync(dir, { recursive: true, force: true }); // an earlier, incomplete copy
    fs.renameSync(staging, dir);
  } catch (error) {
    // Another process finished first: use its copy.
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(path.join(dir, COMPLETE_MARKER))) throw error;
  }
}

/** The package's folder (its package.json is not exported, so found from its entry file). */
function bundledPackageRoot(): string {
  let entry: string;
  try {
    entry = require.resolve(BUNDLED_PACKAGE);
  } catch {
    throw new Error(`${BUNDLED_PACKAGE} ontbreekt in node_modules: voer npm ci uit, of wijs een Chromium aan met SD_CHROMIUM.`);
  }
  let dir = path.dirname(entry);
  while (!fs.existsSync(path.join(dir, "package.json")) || !fs.readFileSync(path.join(dir, "package.json"), "utf8").includes(`"name": "${BUNDLED_PACKAGE}"`)) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`${BUNDLED_PACKAGE} niet gevonden: voer npm ci uit`);
    dir = parent;
  }
  return dir;
}

/** Extracts the regular files of an uncompressed (ustar) tar archive into `target`. */
function extractTar(archive: Buffer, target: string): void {
  for (let offset = 0; offset + 512 <= archive.length; ) {
    const header = archive.subarray(offset, offset + 512);
    const name = header.toString("latin1", 0, 100).replace(/\0.*$/s, "");
    if (!name) break;
    const prefix = header.toString("latin1", 345, 500).replace(/\0.*$/s, "");
    const size = parseInt(header.toString("latin1", 124, 136).replace(/\0.*$/s, "").trim() || "0", 8);
    const type = header.toString("latin1", 156, 157);
    const file = path.resolve(target, prefix ? `${prefix}/${name}` : name);
    if (!file.startsWith(path.resolve(target) + path.sep)) throw new Error(`onveilig pad in archief: ${name}`);
    if (type === "0" || type === "\0") {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, archive.subarray(offset + 512, offset + 512 + size), { mode: 0o755 });
    } else if (type === "5") {
      fs.mkdirSync(file, { recursive: true });
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

/**
 * Fonts and libraries for the bundled build. Fonts: the machine's own plus the Open Sans the
 * package ships, so text has the same metrics on a machine without any font installed.
 * Libraries: the bundled NSS only when the binary cannot start with the machine's own.
 */
function bundledEnvironment(dir: string, executablePath: string): Record<string, string> {
  const config = path.join(dir, "fonts.conf");
  if (!fs.existsSync(config)) {
    const dirs = [path.join(dir, "fonts"), "/usr/share/fonts", "/usr/local/share/fonts", path.join(os.homedir(), ".fonts")];
    fs.writeFileSync(
      config,
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${dirs.map((d) => `  <dir>${d}</dir>`).join("\n")}\n` +
        `  <cachedir>${path.join(dir, "fonts-cache")}</cachedir>\n</fontconfig>\n`,
    );
  }
  const env: Record<string, string> = { FONTCONFIG_FILE: config };
  const ownLibraries = spawnSync(executablePath, ["--version"], { encoding: "utf8", timeout: 20_000 });
  if (ownLibraries.status !== 0) {
    env.LD_LIBRARY_PATH = [path.join(dir, "lib"), process.env.LD_LIBRARY_PATH].filter(Boolean).join(":");
  }
  return env;
}

/** Resolves the browser for the e2e tests (see the top of this file for the order). */
export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedChromium> {
  const chosen = env.SD_CHROMIUM?.trim();
  if (chosen === "bundled") return bundledChromium();
  if (chosen) {
    if (!isExecutableFile(chosen)) {
      throw new Error(`SD_CHROMIUM wijst naar ${chosen}, maar daar staat geen uitvoerbaar bestand. Geef het pad naar chromium/chrome/msedge, of SD_CHROMIUM=bundled.`);
    }
    return { executablePath: chosen, source: "SD_CHROMIUM" };
  }
  const system = findSystemChromium(process.platform, env);
  if (system) return { executablePath: system, source: "system" };
  return bundledChromium();
}
