/**
 * Starts the real `astro dev` on a content folder and a free port, for the editor-preview test and
 * `npm run bench:dev`. The server runs in the foreground (ASTRO_DEV_BACKGROUND=0: Astro 7 otherwise
 * backgrounds itself when it thinks an agent started it) in its own process group, so stop() ends it
 * with everything it started.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './build-site.ts';
import { freePort } from './free-port.ts';

export interface DevServer {
  url: string;
  /** Milliseconds from spawn to the first successful response. */
  startMs: number;
  log(): string;
  stop(): Promise<void>;
}

export async function startDevServer(contentDir: string, env: Record<string, string> = {}, timeoutMs = 240_000): Promise<DevServer> {
  const port = await freePort();
  const started = performance.now();
  // Run from a test, the server would inherit vitest's variables (VITEST, NODE_ENV=test…), with which
  // Vite's dev server never answers a request: a plain environment, as an editor's terminal has.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$|MODE$|DEV$|PROD$|SSR$|BASE_URL$)/.test(k)));
  const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectRoot,
    detached: true,
    env: {
      ...inherited,
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'bang-vang-dev-cache-')),
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_DEV_BACKGROUND: '0',
      BUILD_CLOCK: '2026-11-22',
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  };
  const url = `http://127.0.0.1:${port}`;
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`astro dev đã dừng:\n${output}`);
    try {
      // A request made while Vite is still optimising dependencies can wait forever: give up and ask again.
      const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(15_000) });
      if (res.ok) return { url, startMs: performance.now() - started, log: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`astro dev không trả lời sau ${timeoutMs} ms:\n${output}`);
}

/** Polls `path` until its response satisfies `ok`; returns the milliseconds it took. */
export async function waitForPage(server: DevServer, path: string, ok: (html: string, status: number) => boolean, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  let last = '';
  while (performance.now() - started < timeoutMs) {
    try {
      const res = await fetch(`${server.url}${path}`, { signal: AbortSignal.timeout(15_000) });
      last = await res.text();
      if (ok(last, res.status)) return performance.now() - started;
    } catch {
      // timed out: ask again
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${path} không đổi như chờ đợi sau ${timeoutMs} ms. Trang cuối:\n${last.slice(0, 2000)}`);
}
