// Starts a Saman demo server on a free port with its own data directory.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const PASSWORD = "saman-demo-2026";

export function binary() {
  if (process.env.SAMAN_BIN) return process.env.SAMAN_BIN;
  const target = process.env.CARGO_TARGET_DIR || path.join(os.homedir(), ".cache", "saman-target");
  return path.join(target, "debug", "saman");
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

let databases = 0;

/**
 * With SAMAN_E2E_DATABASE_URL (an admin connection to PostgreSQL, e.g.
 * postgres://postgres@127.0.0.1:5432/postgres) each server gets a new database there;
 * otherwise an SQLite file in its own data directory.
 */
function database() {
  const admin = process.env.SAMAN_E2E_DATABASE_URL;
  if (!admin) return null;
  const name = `saman_e2e_${process.pid}_${databases++}_${Date.now()}`;
  execFileSync("psql", [admin, "-q", "-c", `CREATE DATABASE ${name}`], { stdio: "pipe" });
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => execFileSync("psql", [admin, "-q", "-c", `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`], { stdio: "pipe" }) };
}

/**
 * `saman serve` on an empty database, as a new installation starts: resolves when it
 * answers, with the one-time set-up link it printed.
 */
export async function startEmpty() {
  return start(["serve"], (env, dir, port) => {
    if (!env.SAMAN_DATABASE_URL) env.SAMAN_DATABASE_URL = `sqlite://${dir}/saman.db`;
    env.SAMAN_BIND = `127.0.0.1:${port}`;
  }, (output) => output.match(/\/setup\?token=[A-Za-z0-9_-]+/)?.[0]);
}

export async function startServer({ employees = 300 } = {}) {
  return start(["demo", "--employees", String(employees)], (env, dir, port, args) => {
    args.push("--port", String(port), "--data-dir", dir);
  });
}

async function start(baseArgs, configure, extract = () => null) {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), "saman-e2e-"));
  const env = { ...process.env, SAMAN_LOG: "warn" };
  delete env.SAMAN_DATABASE_URL;
  const db = database();
  if (db) env.SAMAN_DATABASE_URL = db.url;
  const args = [...baseArgs];
  configure(env, dir, port, args);
  const child = spawn(binary(), args, {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`saman exited early:\n${output}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`saman did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  // What the server printed before it answered (the set-up link comes before it serves).
  for (let i = 0; i < 50 && extract(output) === undefined; i++) await new Promise((r) => setTimeout(r, 100));
  return {
    url,
    setupPath: extract(output),
    output: () => output,
    backend: db ? "postgres" : "sqlite",
    async stop() {
      const exited = new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r)));
      child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
      if (db) {
        try {
          db.drop();
        } catch (e) {
          console.error(`could not drop the test database: ${e.message}`);
        }
      }
    },
  };
}
