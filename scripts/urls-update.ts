// `npm run urls:update [-- --dist DIR] [--check] [--forget /path/ …]`, after `npm run build`:
// records every HTML page of the build in urls.json (URLs are only ever added: a page that goes
// away must be redirected or declared gone, which the next build checks), and writes the nginx
// maps deploy/nginx/redirects.map (301s) and deploy/nginx/gone.map (410s) from the redirect and
// removal pages of the same build. `--check` writes nothing and exits 1 when the committed maps
// differ from the build (with `--strict`, also when the manifest lacks some of its pages: not
// the default, since a scheduled entry going live adds pages without any commit). `--forget` drops URLs from the
// manifest on purpose (e.g. an address that itself carried personal data). See docs/trust.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { builtPages, MANIFEST_ABOUT, MANIFEST_FILE, nginxMaps, type UrlManifest } from '../src/integrations/url-manifest.ts';
import { contentDirFromEnv } from '../src/model/site-model.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = process.cwd();
const dist = resolve(root, option('--dist') ?? 'dist');
const manifestPath = resolve(root, option('--manifest') ?? MANIFEST_FILE);
const mapsDir = resolve(root, option('--maps') ?? 'deploy/nginx');
const check = args.includes('--check');
const strict = args.includes('--strict');
const forget = args.flatMap((a, i) => (args[i - 1] === '--forget' ? [a] : []));
const rel = (p: string) => relative(root, p) || '.';

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`Không thấy bản dựng trong ${rel(dist)}. Chạy "npm run build" trước.`);
  process.exit(1);
}
const contentDir = contentDirFromEnv();
const previous: UrlManifest | undefined = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : undefined;
const built = [...builtPages(dist).keys()];
const known = new Set(previous?.urls ?? []);
const added = built.filter((u) => !known.has(u));
for (const f of forget) if (!known.has(f)) console.warn(`"${f}" không có trong ${rel(manifestPath)}.`);
const urls = [...new Set([...(previous?.urls ?? []), ...built])].filter((u) => !forget.includes(u)).sort();
const manifest: UrlManifest = { about: MANIFEST_ABOUT, contentDir: previous?.contentDir ?? contentDir, urls };
const maps = nginxMaps(dist);
const files: [string, string][] = [
  [manifestPath, `${JSON.stringify(manifest, null, 2)}\n`],
  [join(mapsDir, 'redirects.map'), maps.redirects],
  [join(mapsDir, 'gone.map'), maps.gone],
];

if (check) {
  const stale = files.slice(1).filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([path]) => rel(path));
  if (added.length) console.log(`${added.length} trang mới chưa có trong ${rel(manifestPath)}:\n${added.map((u) => `  ${u}`).join('\n')}`);
  if (stale.length) console.log(`Bảng chuyển hướng cho nginx chưa khớp bản dựng: ${stale.join(', ')}.`);
  if ((strict && added.length) || stale.length) {
    console.log('Chạy "npm run urls:update" rồi đưa các tệp này vào git.');
    process.exit(1);
  }
  console.log(`${added.length ? 'Các' : `${rel(manifestPath)} và các`} bảng nginx khớp bản dựng (${built.length} trang, ${maps.counts.redirects} chuyển hướng, ${maps.counts.gone} trang gỡ bỏ).`);
} else {
  for (const [path, text] of files) writeFileSync(path, text);
  console.log(`Đã ghi ${rel(manifestPath)}: ${urls.length} đường dẫn (${added.length} mới${forget.length ? `, bỏ ${forget.length}` : ''}); ${rel(join(mapsDir, 'redirects.map'))}: ${maps.counts.redirects} chuyển hướng; ${rel(join(mapsDir, 'gone.map'))}: ${maps.counts.gone} trang gỡ bỏ.`);
}
