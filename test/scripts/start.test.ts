/**
 * `npm start` on a port that is already taken: one Dutch line that names a free port, no
 * webpack build first and no raw EADDRINUSE stack trace.
 */
import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:net";
import { join } from "node:path";

const START = join(__dirname, "..", "..", "scripts", "start.mjs");

describe("npm start on a busy port", () => {
  let holder: Server;
  let port: number;

  beforeAll(async () => {
    holder = createServer();
    await new Promise<void>((resolve) => holder.listen({ port: 0, host: "localhost" }, resolve));
    port = (holder.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => holder.close(() => resolve()));
  });

  it("says so in one line and suggests another port", () => {
    const run = spawnSync(process.execPath, [START, "--port", String(port)], { encoding: "utf8", timeout: 20_000 });
    const lines = `${run.stdout}${run.stderr}`.split("\n").filter((line) => line.trim() !== "");
    expect(lines).toHaveLength(1);
    const match = new RegExp(`^Poort ${port} is al in gebruik .*npm start -- --port (\\d+)$`).exec(lines[0]);
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBeGreaterThan(port);
    expect(run.status).toBe(1);
  });
});
