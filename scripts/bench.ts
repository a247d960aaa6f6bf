// `npm run bench -- [--sizes 1000,5000,20000] [--skip-compare] [--seed 1] [--honors-per-story 0.05] [--photos 0.05] [--only astro,bare,eleventy,hugo] [--keep]`
// Measures the site at scale and prints ONE table. For each size N it
//   1. generates N synthetic stories (npm run fixtures; cached under .cache/bench/),
//   2. times `npm run check` on them,
//   3. builds the real site cold (`astro build` with CONTENT_DIR, its own ASTRO_CACHE_DIR,
//      SHARE_IMAGE_CACHE_DIR and outDir all removed first; Pagefind runs inside the build), then
//      again with no change, then again after one story was edited,
//   4. unless --skip-compare, builds the same story files with a bare Astro project, Eleventy
//      and Hugo (minimal equivalent templates: one layout, one page per story, a list paginated
//      by 20), each followed by the Pagefind CLI, the same three ways.
// Wall time is measured around each child process; peak memory is the larger of GNU time's
// maximum RSS (`/usr/bin/time -v`, apt package "time") and the summed RSS of the whole process
// tree polled from /proc every 100 ms. Sizes are bytes on disk. The first-query figure is the
// bytes Pagefind fetches to answer one query and load ten results (pagefind.js included,
// worker excluded), counted by running the bundle in Node.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateFixtures, MARKER } from '../src/lib/fixtures/generate.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const benchDir = join(root, '.cache/bench');
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].split('=').slice(1).join('=') : args[i + 1];
};
const sizes = (arg('sizes') ?? '1000').split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error('--sizes phải là danh sách số nguyên dương, ví dụ --sizes 1000,5000');
  process.exit(2);
}
const skipCompare = args.includes('--skip-compare');
const seed = arg('seed') ?? '1';
const honorsPerStory = Number(arg('honors-per-story') ?? 0.05);
const photoShare = Number(arg('photos') ?? 0.05);
const only = arg('only')?.split(',');
const BUILD_CLOCK = '2026-11-22';
const QUERY = 'chua chay';
const node = process.execPath;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const hugoBin = spawnSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).stdout.trim() || undefined;
const hugoVersion = hugoBin ? /v(\d+\.\d+\.\d+)/.exec(spawnSync(hugoBin, ['version'], { encoding: 'utf8' }).stdout)?.[1] : undefined;
const eleventyVersion = JSON.parse(readFileSync(join(root, 'node_modules/@11ty/eleventy/package.json'), 'utf8')).version as string;
const log = (s: string) => process.stderr.write(`${s}\n`);

// -------------------------------------------------------------------------------------------
// Measuring a child process

interface Run {
  ms: number;
  peakKb: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Sum of RSS (kB) of `pid` and all its descendants, from /proc. */
function treeRssKb(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const p = Number(name);
      rss.set(p, Number(fields[21]) * 4);
      const list = children.get(ppid) ?? [];
      list.push(p);
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

// The child being measured runs in its own process group, so that an interrupted bench can stop
// it with everything it started (and nothing else).
let activeGroup: number | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (activeGroup) {
      try {
        process.kill(-activeGroup, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    process.exit(130);
  });
}

function measure(cmd: string, cmdArgs: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const timeFile = join(tmpdir(), `bang-vang-bench-time-${process.pid}-${Date.now()}`);
  const [file, argv] = TIME ? [TIME, ['-v', '-o', timeFile, cmd, ...cmdArgs]] : [cmd, cmdArgs];
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd ?? root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env }, detached: true });
    activeGroup = child.pid;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    const poll = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
    }, 100);
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      activeGroup = undefined;
      clearInterval(poll);
      if (TIME && existsSync(timeFile)) {
        const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
        if (maxRss) peak = Math.max(peak, Number(maxRss[1]));
        rmSync(timeFile, { force: true });
      }
      done({ ms, peakKb: peak, code, stdout, stderr });
    });
  });
}

class BuildFailed extends Error {}

/** A failed build is reported (last lines of its output) and shown as "lỗi" in the table. */
function mustSucceed(what: string, run: Run): Run {
  if (run.code !== 0) {
    const tail = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => !/^\s*\S*\s*[├└]─/.test(l)).slice(-25).join('\n');
    log(`\n${what} thất bại (mã ${run.code}):\n${tail}\n`);
    throw new BuildFailed(what);
  }
  return run;
}

// -------------------------------------------------------------------------------------------
// Output on disk

function walkFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}
const bytesOf = (dir: string) => walkFiles(dir).reduce((s, f) => s + statSync(f).size, 0);
const htmlPages = (dir: string) => walkFiles(dir).filter((f) => f.endsWith('.html')).length;

/** Bytes Pagefind fetches for one query plus ten results, pagefind.js included. */
async function firstQueryBytes(site: string): Promise<number | undefined> {
  const bundle = join(site, 'pagefind', 'pagefind.js');
  if (!existsSync(bundle)) return undefined;
  let bytes = statSync(bundle).size;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const u = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!u.startsWith('file:')) return realFetch(input, init);
    const body = await readFile(fileURLToPath(u.split('?')[0]));
    bytes += body.length;
    return new Response(body);
  }) as typeof fetch;
  try {
    const pf = await import(`${pathToFileURL(bundle).href}?bench=${Date.now()}`);
    await pf.options({ noWorker: true, baseUrl: '/' });
    await pf.init();
    const result = await pf.search(QUERY);
    await Promise.all(result.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
    await pf.destroy?.();
    return bytes;
  } catch (error) {
    log(`  (không đo được truy vấn đầu tiên: ${(error as Error).message})`);
    return undefined;
  } finally {
    globalThis.fetch = realFetch;
  }
}

// -------------------------------------------------------------------------------------------
// Fixtures, cached by generator source + arguments

function generatorStamp(n: number, honors: number): string {
  const hash = createHash('sha256');
  const files = [...walkFiles(join(root, 'src/lib/fixtures')), join(root, 'content/award-forms.yaml'), ...walkFiles(join(root, 'content/campaigns')), ...walkFiles(join(root, 'content/plans'))].sort();
  for (const f of files) hash.update(f).update(readFileSync(f));
  hash.update(JSON.stringify({ n, honors, seed, photoShare }));
  return hash.digest('hex');
}

async function fixtures(n: number): Promise<string> {
  const honors = Math.round(n * honorsPerStory);
  const name = `fixtures-${n}-seed-${seed}${photoShare === 0.05 ? '' : `-photos-${photoShare}`}`;
  const dir = join(benchDir, name);
  const stampFile = join(benchDir, `${name}.stamp`);
  const stamp = generatorStamp(n, honors);
  if (existsSync(join(dir, MARKER)) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    log(`Dữ liệu ${n} bài: dùng lại ${relative(root, dir)}`);
    return dir;
  }
  const started = performance.now();
  await generateFixtures({ stories: n, honors, seed, out: dir, projectRoot: root, photoShare });
  writeFileSync(stampFile, stamp);
  log(`Dữ liệu ${n} bài, ${honors} quyết định: tạo trong ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

/** The story file the "one edit" rebuild touches, and a way to put it back. */
function editOneStory(content: string): () => void {
  const file = walkFiles(join(content, 'stories')).filter((f) => f.endsWith('index.md')).sort()[0];
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original}\nĐính chính nhỏ khi đo hiệu năng: thêm một câu vào cuối bài.\n`);
  return () => writeFileSync(file, original);
}

// -------------------------------------------------------------------------------------------
// The sites

interface Site {
  key: string;
  label: string;
  /** Removes caches and output: the next build is cold. */
  clean(): void;
  /** Removes the output and every cache but the image caches (share images, photo derivatives): the issue's "full build, warm image cache". */
  cleanKeepImages?(): void;
  /** One build; returns the runs that make it up (build, then the search index). */
  build(): Promise<Run[]>;
  out: string;
}

const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const pagefindBin = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
const pagefindCli = (site: string) => measure(node, [pagefindBin, '--site', site, '--force-language', 'vi']);

function projectSite(n: number, content: string): Site {
  const out = join(benchDir, `out-${n}`, 'bang-vang');
  const cache = join(benchDir, `cache-${n}`, 'bang-vang');
  return {
    key: 'bang-vang',
    label: 'Bảng vàng (Astro 7 + Pagefind)',
    out,
    clean: () => [out, cache].forEach((d) => rmSync(d, { recursive: true, force: true })),
    cleanKeepImages: () => {
      rmSync(out, { recursive: true, force: true });
      if (!existsSync(cache)) return;
      for (const name of readdirSync(cache)) if (name !== 'share-images' && name !== 'assets') rmSync(join(cache, name), { recursive: true, force: true });
    },
    build: async () => [mustSucceed('astro build', await measure(node, [astroBin, 'build', '--outDir', out], { env: { CONTENT_DIR: content, ASTRO_CACHE_DIR: cache, SHARE_IMAGE_CACHE_DIR: join(cache, 'share-images'), BUILD_CLOCK } }))],
  };
}

function bareAstroSite(n: number, content: string): Site {
  const project = join(benchDir, 'bare-astro');
  const out = join(benchDir, `out-${n}`, 'bare-astro');
  const cache = join(benchDir, `cache-${n}`, 'bare-astro');
  const files: Record<string, string> = {
    'package.json': '{ "name": "bare-astro-bench", "private": true, "type": "module" }\n',
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: process.env.ASTRO_CACHE_DIR || undefined,
  compressHTML: true,
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const day = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)), z.string());
export const collections = {
  stories: defineCollection({
    loader: glob({ base: process.env.BENCH_STORIES, pattern: '**/index.md', generateId: ({ entry }) => entry.split('/').at(-2) }),
    schema: z.object({ title: z.string(), summary: z.string(), published: day, deedDate: day, locality: z.string(), tags: z.array(z.string()).default([]), draft: z.boolean().default(false) }),
  }),
};
`,
    'src/layouts/Base.astro': `---
const { title } = Astro.props;
---
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{title}</title></head>
<body><header><a href="/nguoi-tot-viec-tot/">Người tốt, việc tốt</a></header><main><slot /></main></body></html>
`,
    'src/pages/nguoi-tot-viec-tot/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Base from '../../layouts/Base.astro';
export async function getStaticPaths() {
  return (await getCollection('stories', (e) => !e.data.draft)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Base title={entry.data.title}>
  <article data-pagefind-body>
    <h1>{entry.data.title}</h1>
    <p><time datetime={entry.data.published} data-pagefind-sort="date[datetime]">{entry.data.published}</time> · <span data-pagefind-filter="locality">{entry.data.locality}</span></p>
    <p>{entry.data.summary}</p>
    <Content />
    <ul>{entry.data.tags.map((t) => <li data-pagefind-filter="tag">{t}</li>)}</ul>
  </article>
</Base>
`,
    'src/pages/nguoi-tot-viec-tot/[...page].astro': `---
import { getCollection } from 'astro:content';
import Base from '../../layouts/Base.astro';
export async function getStaticPaths({ paginate }) {
  const stories = (await getCollection('stories', (e) => !e.data.draft)).sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
  return paginate(stories, { pageSize: 20 });
}
const { page } = Astro.props;
---
<Base title="Người tốt, việc tốt">
  <h1>Người tốt, việc tốt</h1>
  <ul>{page.data.map((s) => <li><a href={\`/nguoi-tot-viec-tot/\${s.id}/\`}>{s.data.title}</a> <time>{s.data.published}</time><p>{s.data.summary}</p></li>)}</ul>
  <nav>{page.url.prev && <a href={page.url.prev}>Trang trước</a>} {page.url.next && <a href={page.url.next}>Trang sau</a>}</nav>
</Base>
`,
  };
  return {
    key: 'bare-astro',
    label: 'Astro 7 trần (.md, glob + Pagefind)',
    out,
    clean: () => {
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(dirname(join(project, file)), { recursive: true });
        writeFileSync(join(project, file), text);
      }
      if (!existsSync(join(project, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
      [out, cache, join(project, '.astro')].forEach((d) => rmSync(d, { recursive: true, force: true }));
    },
    build: async () => [
      mustSucceed('bare astro build', await measure(node, [astroBin, 'build', '--outDir', out], { cwd: project, env: { BENCH_STORIES: join(content, 'stories'), ASTRO_CACHE_DIR: cache } })),
      mustSucceed('pagefind (bare astro)', await pagefindCli(out)),
    ],
  };
}

function eleventySite(n: number, content: string): Site {
  const project = join(benchDir, 'eleventy');
  const out = join(benchDir, `out-${n}`, 'eleventy');
  const input = join(content, 'stories');
  const includes = relative(input, join(project, '_includes'));
  const config = `// Bench: the same story files, one layout, a list paginated by 20.
import yaml from 'js-yaml';
export default function (eleventyConfig) {
  eleventyConfig.setQuietMode(true);
  // Stories carry a "content" field (the campaign competition content), a name Eleventy
  // reserves for the rendered page: read it as "competitionContent" (js-yaml, as by default).
  eleventyConfig.setFrontMatterParsingOptions({
    engines: { yaml: (text) => { const d = yaml.load(text) ?? {}; if ('content' in d) { d.competitionContent = d.content; delete d.content; } return d; } },
  });
  eleventyConfig.addGlobalData('layout', 'story.njk');
  eleventyConfig.addGlobalData('eleventyComputed', {
    permalink: (data) => (data.pagination ? (data.pagination.pageNumber ? \`/nguoi-tot-viec-tot/\${data.pagination.pageNumber + 1}/\` : '/nguoi-tot-viec-tot/') : data.draft ? false : \`/nguoi-tot-viec-tot/\${data.page.fileSlug}/\`),
    eleventyExcludeFromCollections: (data) => Boolean(data.draft),
  });
  eleventyConfig.addCollection('stories', (api) =>
    api.getAll().filter((p) => p.inputPath.endsWith('/index.md') && !p.data.draft)
      .sort((a, b) => String(b.data.published).localeCompare(String(a.data.published)) || a.fileSlug.localeCompare(b.fileSlug)));
  eleventyConfig.addTemplate('danh-sach.njk', \`<h1>Người tốt, việc tốt</h1>
<ul>{% for s in pagination.items %}<li><a href="{{ s.url }}">{{ s.data.title }}</a> <time>{{ s.data.published }}</time><p>{{ s.data.summary }}</p></li>{% endfor %}</ul>
<nav>{% if pagination.href.previous %}<a href="{{ pagination.href.previous }}">Trang trước</a>{% endif %} {% if pagination.href.next %}<a href="{{ pagination.href.next }}">Trang sau</a>{% endif %}</nav>\`,
    { layout: 'base.njk', title: 'Người tốt, việc tốt', pagination: { data: 'collections.stories', size: 20 } });
  return {
    dir: { input: process.env.BENCH_INPUT, includes: ${JSON.stringify(includes)}, output: process.env.BENCH_OUTPUT },
    templateFormats: ['md', 'njk'],
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
  };
}
`;
  const layouts: Record<string, string> = {
    '_includes/base.njk': `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{{ title }}</title></head>
<body><header><a href="/nguoi-tot-viec-tot/">Người tốt, việc tốt</a></header><main>{{ content | safe }}</main></body></html>
`,
    '_includes/story.njk': `---
layout: base.njk
---
<article data-pagefind-body>
  <h1>{{ title }}</h1>
  <p><time datetime="{{ published }}" data-pagefind-sort="date[datetime]">{{ published }}</time> · <span data-pagefind-filter="locality">{{ locality }}</span></p>
  <p>{{ summary }}</p>
  {{ content | safe }}
  <ul>{% for t in tags %}<li data-pagefind-filter="tag">{{ t }}</li>{% endfor %}</ul>
</article>
`,
  };
  return {
    key: 'eleventy',
    label: `Eleventy ${eleventyVersion} (+ Pagefind)`,
    out,
    clean: () => {
      for (const [file, text] of Object.entries({ 'eleventy.config.mjs': config, ...layouts })) {
        mkdirSync(dirname(join(project, file)), { recursive: true });
        writeFileSync(join(project, file), text);
      }
      [out, join(project, '.cache')].forEach((d) => rmSync(d, { recursive: true, force: true }));
    },
    build: async () => [
      mustSucceed('eleventy', await measure(node, [join(root, 'node_modules/@11ty/eleventy/cmd.cjs'), '--config=eleventy.config.mjs', '--quiet'], { cwd: project, env: { BENCH_INPUT: input, BENCH_OUTPUT: out } })),
      mustSucceed('pagefind (eleventy)', await pagefindCli(out)),
    ],
  };
}

function hugoSite(n: number, content: string): Site | undefined {
  if (!hugoBin) return undefined;
  const project = join(benchDir, 'hugo');
  const out = join(benchDir, `out-${n}`, 'hugo');
  const files: Record<string, string> = {
    'hugo.toml': `baseURL = "https://bang-vang.example/"
languageCode = "vi"
title = "Bảng vàng"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
paginate = 20
[permalinks]
  nguoi-tot-viec-tot = "/nguoi-tot-viec-tot/:filename/"
[markup.goldmark.renderer]
  unsafe = false
[[module.mounts]]
  source = "${join(content, 'stories')}"
  target = "content/nguoi-tot-viec-tot"
[[module.mounts]]
  source = "layouts"
  target = "layouts"
`,
    'layouts/_default/baseof.html': `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{{ .Title }}</title></head>
<body><header><a href="/nguoi-tot-viec-tot/">Người tốt, việc tốt</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
`,
    'layouts/_default/single.html': `{{ define "main" }}<article data-pagefind-body>
  <h1>{{ .Title }}</h1>
  <p><time datetime="{{ .Params.published }}" data-pagefind-sort="date[datetime]">{{ .Params.published }}</time> · <span data-pagefind-filter="locality">{{ .Params.locality }}</span></p>
  <p>{{ .Params.summary }}</p>
  {{ .Content }}
  <ul>{{ range .Params.tags }}<li data-pagefind-filter="tag">{{ . }}</li>{{ end }}</ul>
</article>{{ end }}
`,
    'layouts/_default/list.html': `{{ define "main" }}<h1>Người tốt, việc tốt</h1>
{{ $pages := sort (where .Site.RegularPages "Section" "nguoi-tot-viec-tot") "Params.published" "desc" }}
<ul>{{ range (.Paginate $pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Params.published }}</time><p>{{ .Params.summary }}</p></li>{{ end }}</ul>
<nav>{{ with .Paginator.Prev }}<a href="{{ .URL }}">Trang trước</a>{{ end }} {{ with .Paginator.Next }}<a href="{{ .URL }}">Trang sau</a>{{ end }}</nav>{{ end }}
`,
    'layouts/index.html': '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><a href="/nguoi-tot-viec-tot/">Người tốt, việc tốt</a></body></html>\n',
  };
  return {
    key: 'hugo',
    label: `Hugo ${hugoVersion} (+ Pagefind)`,
    out,
    clean: () => {
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(dirname(join(project, file)), { recursive: true });
        writeFileSync(join(project, file), text);
      }
      [out, join(project, 'resources'), join(project, 'public')].forEach((d) => rmSync(d, { recursive: true, force: true }));
    },
    build: async () => [
      mustSucceed('hugo', await measure(hugoBin, ['--quiet', '--source', project, '--destination', out, '--cacheDir', join(project, '.hugo-cache')])),
      mustSucceed('pagefind (hugo)', await pagefindCli(out)),
    ],
  };
}

// -------------------------------------------------------------------------------------------
// Running

interface Row {
  n: number;
  label: string;
  buildMs: number;
  /** Of which the search index, when it is a separate step. */
  indexMs?: number;
  pages: number;
  peakKb: number;
  distBytes: number;
  indexBytes: number;
  firstQuery?: number;
  checkMs?: number;
  /** Full build with the image caches warm (this site only): what the 1.5 × target is about. */
  warmMs?: number;
  noChangeMs: number;
  oneEditMs: number;
}

const total = (runs: Run[]) => runs.reduce((s, r) => s + r.ms, 0);

/** Runs a build; NaN (shown as "lỗi") when it fails. */
async function timed(site: Site, n: number, phase: string): Promise<Run[] | undefined> {
  try {
    const runs = await site.build();
    // Kept for the breakdown in docs/performance.md: .cache/bench/logs/<size>-<site>-<phase>.log
    mkdirSync(join(benchDir, 'logs'), { recursive: true });
    writeFileSync(join(benchDir, 'logs', `${n}-${site.key}-${phase}.log`), runs.map((r) => `${r.stdout}\n${r.stderr}`).join('\n'));
    return runs;
  } catch (error) {
    if (error instanceof BuildFailed) return undefined;
    throw error;
  }
}

async function measureSite(n: number, site: Site, content: string, checkMs?: number): Promise<Row> {
  log(`  ${site.label}: dựng lần đầu (cold)…`);
  site.clean();
  const cold = await timed(site, n, 'cold');
  const pages = htmlPages(site.out);
  const distBytes = bytesOf(site.out);
  const indexBytes = bytesOf(join(site.out, 'pagefind'));
  const firstQuery = cold ? await firstQueryBytes(site.out) : undefined;
  const pagefindLog = cold && /Chỉ mục tìm kiếm: \d+ trang nội dung \((\d+) ms\)/.exec(cold[0].stdout);
  let warm: Run[] | undefined;
  if (cold && site.cleanKeepImages) {
    log(`  ${site.label}: dựng đầy đủ lại, chỉ giữ bộ nhớ đệm ảnh…`);
    site.cleanKeepImages();
    warm = await timed(site, n, 'warm-images');
  }
  log(`  ${site.label}: dựng lại, không đổi gì…`);
  const noChange = cold && (await timed(site, n, 'no-change'));
  log(`  ${site.label}: dựng lại sau khi sửa một bài…`);
  const restore = editOneStory(content);
  let oneEdit: Run[] | undefined;
  try {
    // After a failed rebuild the next one starts from whatever the failure left: still measured.
    oneEdit = cold && (await timed(site, n, 'one-edit'));
  } finally {
    restore();
  }
  return {
    n, label: site.label, buildMs: cold ? total(cold) : NaN, indexMs: cold?.[1]?.ms ?? (pagefindLog ? Number(pagefindLog[1]) : undefined),
    pages, peakKb: cold ? Math.max(...[...cold, ...(warm ?? [])].map((r) => r.peakKb)) : 0, distBytes, indexBytes, firstQuery, checkMs,
    warmMs: site.cleanKeepImages ? (warm ? total(warm) : NaN) : undefined,
    noChangeMs: noChange ? total(noChange) : NaN, oneEditMs: oneEdit ? total(oneEdit) : NaN,
  };
}

const s = (ms: number) => (Number.isNaN(ms) ? 'lỗi' : `${(ms / 1000).toFixed(1)} s`);
const share = (part: number, whole: number) => (Number.isNaN(part) || Number.isNaN(whole) ? '' : ` (${Math.round((100 * part) / whole)} %)`);
const mb = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(1)} MB`);
const kb = (bytes?: number) => (bytes === undefined ? '—' : `${Math.round(bytes / 1000)} kB`);

function table(rows: Row[]): string {
  const head = ['Bài', 'Trang web', 'Dựng đầy đủ (cold)', 'Dựng đầy đủ, ảnh có sẵn', 'trong đó chỉ mục', 'Trang', 'Trang/s', 'RSS đỉnh', 'dist/', 'Chỉ mục tìm kiếm', 'Truy vấn đầu', 'npm run check', 'Dựng lại, không đổi', 'Dựng lại, sửa 1 bài'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < 2 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const r of rows) {
    lines.push(`| ${[
      r.n.toLocaleString('en-US'), r.label, s(r.buildMs), r.warmMs === undefined ? '—' : s(r.warmMs), r.indexMs === undefined ? '—' : s(r.indexMs), String(r.pages), Number.isNaN(r.buildMs) ? '—' : String(Math.round(r.pages / (r.buildMs / 1000))),
      mb(r.peakKb * 1024), mb(r.distBytes), mb(r.indexBytes), kb(r.firstQuery), r.checkMs === undefined ? '—' : s(r.checkMs),
      `${s(r.noChangeMs)}${share(r.noChangeMs, r.buildMs)}`, `${s(r.oneEditMs)}${share(r.oneEditMs, r.buildMs)}`,
    ].join(' | ')} |`);
  }
  return lines.join('\n');
}

const rows: Row[] = [];
log(`Đo với BUILD_CLOCK=${BUILD_CLOCK}, seed ${seed}, ${honorsPerStory * 100} quyết định khen thưởng và ${photoShare * 100} bài có ảnh trên 100 bài. Máy: ${spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()} nhân.`);
for (const n of sizes) {
  const content = await fixtures(n);
  log(`  npm run check…`);
  const check = await measure(node, [join(root, 'scripts/check.ts'), content]);
  if (check.code !== 0) {
    log(`npm run check báo lỗi trên dữ liệu tổng hợp:\n${check.stdout.slice(-3000)}`);
    process.exit(1);
  }
  const sites: [string, Site | undefined][] = [
    ['astro', projectSite(n, content)],
    ...(skipCompare ? [] : ([['bare', bareAstroSite(n, content)], ['eleventy', eleventySite(n, content)], ['hugo', hugoSite(n, content)]] as [string, Site | undefined][])),
  ];
  for (const [key, site] of sites) {
    if (only && !only.includes(key)) continue;
    if (!site) {
      rows.push({ n, label: 'Hugo (chưa cài: apt-get install hugo)', buildMs: NaN, pages: 0, peakKb: 0, distBytes: 0, indexBytes: 0, noChangeMs: NaN, oneEditMs: NaN });
      continue;
    }
    rows.push(await measureSite(n, site, content, key === 'astro' ? check.ms : undefined));
  }
  // Free the disk: outputs of this size are not needed any more (--keep keeps them to inspect).
  if (!args.includes('--keep')) rmSync(join(benchDir, `out-${n}`), { recursive: true, force: true });
}

const text = table(rows);
console.log(text);
for (const n of sizes) {
  const mine = rows.find((r) => r.n === n && r.label.startsWith('Bảng vàng'));
  const bare = rows.find((r) => r.n === n && r.label.startsWith('Astro 7 trần'));
  if (!mine) continue;
  const notes = [`${n} bài: sửa 1 bài rồi dựng lại = ${Math.round((100 * mine.oneEditMs) / mine.buildMs)} % bản dựng đầy đủ`];
  if (bare) notes.push(`Bảng vàng / Astro trần + Pagefind = ${(mine.buildMs / bare.buildMs).toFixed(2)}× (cold), ${((mine.warmMs ?? NaN) / bare.buildMs).toFixed(2)}× (ảnh có sẵn; mục tiêu ≤ 1.5×)`);
  console.log(`\n${notes.join('; ')}.`);
}
// Where the real site's cold build spends its page-rendering time, by first path segment
// (Astro logs "+N ms" after each page), from the kept logs.
const breakdown: string[] = [];
for (const n of sizes) {
  const file = join(benchDir, 'logs', `${n}-bang-vang-cold.log`);
  if (!existsSync(file)) continue;
  const byRoute = new Map<string, { ms: number; pages: number }>();
  for (const m of readFileSync(file, 'utf8').matchAll(/[├└]─ (\/[^/\s]*\/?)\S* \(\+(\d+(?:\.\d+)?)(m?s)\)/g)) {
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const r = byRoute.get(m[1]) ?? { ms: 0, pages: 0 };
    byRoute.set(m[1], { ms: r.ms + ms, pages: r.pages + 1 });
  }
  const top = [...byRoute].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8);
  breakdown.push(`${n} bài, thời gian dựng từng nhóm trang (Bảng vàng, cold): ${top.map(([route, r]) => `${route} ${s(r.ms)} / ${r.pages} tệp`).join('; ')}.`);
}
if (breakdown.length) console.log(`\n${breakdown.join('\n')}`);
mkdirSync(benchDir, { recursive: true });
writeFileSync(join(benchDir, 'last-results.md'), `${text}\n\n${breakdown.join('\n')}\n`);
writeFileSync(join(benchDir, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(rows, null, 2));
