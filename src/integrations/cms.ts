/**
 * Astro integration: the editing interface at /admin/. After the build, bundles
 * src/admin/main.ts (Sveltia CMS from its npm package, with its fonts, Vietnamese strings and
 * workers) with Astro's own Vite into <outDir>/admin/cms.js and <outDir>/admin/{chunks,assets}/,
 * so nothing is loaded from a CDN and nothing vendored is committed. The bundle depends only on
 * the package versions and src/admin/, so it is built once and copied from
 * node_modules/.cache/bang-vang-admin/ on later builds (and by the tests' many builds).
 * In `astro dev`, /admin/cms.js redirects to src/admin/main.ts, which the dev server compiles.
 * Both the build and `astro dev` serve /admin/config.yml with the backend taken from the CMS_*
 * variables (src/admin/backend.ts); without CMS_REPO it is the committed file as it is.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backendFromEnv, isConfigured, withBackend, type CmsBackend } from '../admin/backend.ts';

/** Files of the admin bundle, under <outDir>/admin/. */
export const ADMIN_ENTRY = 'cms.js';

/**
 * Sveltia's npm build registers its self-hosted fonts (bundled under assets/) with the FontFace
 * API, but its stylesheet still carries @font-face rules that point at cdn.jsdelivr.net, which
 * the browser fetches too. Those sources become `local()` names that match nothing, so the
 * bundled fonts are the only ones loaded and /admin/ never contacts the CDN.
 */
export const CDN_FONT_SOURCE = /src:\s*url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^)]*\)\s*format\([^)]*\)/g;

export function withoutCdnFonts(code: string): string {
  return code.replace(CDN_FONT_SOURCE, 'src:local("bang-vang-self-hosted-only")');
}

function version(root: string, pkg: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Identifies a bundle: the packages it is made from and every source file of src/admin/. */
export function bundleKey(root: string): string {
  const hash = createHash('sha256');
  for (const pkg of ['@sveltia/cms', 'yaml', 'vite']) hash.update(`${pkg}@${version(root, pkg)}\n`);
  const dir = join(root, 'src/admin');
  for (const name of readdirSync(dir).sort()) hash.update(`${name}\n`).update(readFileSync(join(dir, name)));
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

/** Builds the admin bundle into the cache (once per key); returns its folder. */
export async function adminBundle(root: string, logger?: AstroIntegrationLogger): Promise<string> {
  const cache = join(root, 'node_modules/.cache/bang-vang-admin');
  const key = bundleKey(root);
  const target = join(cache, key);
  if (existsSync(join(target, ADMIN_ENTRY))) return target;

  const started = performance.now();
  const temp = `${target}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    // A production bundle even when the build runs under vitest (NODE_ENV=test): React and the
    // CMS pick their production code by this flag.
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins: [
      {
        name: 'bang-vang:no-cdn-fonts',
        transform: (code: string, id: string) => (id.includes('@sveltia/cms') && code.includes('cdn.jsdelivr.net') ? { code: withoutCdnFonts(code), map: null } : undefined),
      },
    ],
    build: {
      outDir: temp,
      emptyOutDir: true,
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      modulePreload: false,
      rolldownOptions: {
        input: { cms: join(root, 'src/admin/main.ts') },
        checks: { bundlerTimings: false },
        output: { entryFileNames: ADMIN_ENTRY, chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
      },
    },
  });
  rmSync(target, { recursive: true, force: true });
  renameSync(temp, target);
  // Bundles of earlier sources are never used again: keep only this one (17 MB each).
  for (const old of readdirSync(cache)) if (old !== key && !old.includes('.tmp-')) rmSync(join(cache, old), { recursive: true, force: true });
  logger?.info(`Đã đóng gói trang biên tập /admin/ (${Math.round(performance.now() - started)} ms)`);
  return target;
}

/** The served config.yml: the committed one, with the backend from CMS_* when CMS_REPO is set. */
export function servedConfig(committed: string, backend: CmsBackend): string {
  return isConfigured(backend) ? withBackend(committed, backend) : committed;
}

export function cmsAdmin(): AstroIntegration {
  let root = process.cwd();
  let backend: CmsBackend;
  const committedConfig = () => readFileSync(join(root, 'public/admin/config.yml'), 'utf8');
  return {
    name: 'bang-vang:cms',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        // A wrong CMS_* value stops the build here, before any page is built.
        backend = backendFromEnv(process.env);
        // In `astro dev`, pre-bundle the CMS up front rather than on the first visit to /admin/.
        if (command === 'dev') updateConfig({ vite: { optimizeDeps: { include: ['@sveltia/cms', 'yaml'] } } });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = req.url?.split('?')[0];
          if (path === '/admin/config.yml' && isConfigured(backend)) {
            res.setHeader('content-type', 'text/yaml; charset=utf-8');
            res.end(servedConfig(committedConfig(), backend));
            return;
          }
          if (path !== `/admin/${ADMIN_ENTRY}`) return next();
          res.statusCode = 302;
          res.setHeader('location', '/src/admin/main.ts');
          res.end();
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const bundle = await adminBundle(root, logger);
        const admin = join(fileURLToPath(dir), 'admin');
        cpSync(bundle, admin, { recursive: true });
        if (isConfigured(backend)) {
          writeFileSync(join(admin, 'config.yml'), servedConfig(committedConfig(), backend));
          logger.info(`Trang biên tập lưu vào ${backend.name === 'github' ? 'GitHub' : 'GitLab'}: ${backend.repo}, nhánh ${backend.branch}`);
        }
      },
    },
  };
}
