// `npm run bench:dev -- --content DIR [--edits 3]`: the editor's preview at scale. Starts the real
// `astro dev` on a content folder (e.g. 20,000 synthetic stories from `npm run fixtures`), then prints
//   1. the time until the server answers, and the first story page (the site model loads then),
//   2. for a few stories spread over the folder: the time from saving an edit (title + a sentence)
//      to the page showing it, and the same after the file is put back.
// The alternative to a fast one-story rebuild: any story visible within 2 s of saving.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startDevServer, waitForPage } from '../tests/helpers/dev-server.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const content = arg('content');
if (!content) {
  console.error('Cần --content <thư mục nội dung>, ví dụ: npm run fixtures -- --stories 20000 --out .cache/f20k && npm run bench:dev -- --content .cache/f20k');
  process.exit(2);
}
const edits = Number(arg('edits') ?? 3);
const root = resolve(content);

// Story files, in a stable order; the edited ones are spread over it. Drafts have no page: skipped.
const stories = readdirSync(join(root, 'stories'), { recursive: true })
  .map(String)
  .filter((f) => /(^|\/)index\.mdx?$/.test(f))
  .sort()
  .map((f) => join(root, 'stories', f))
  .filter((f) => !/^draft:\s*true/m.test(readFileSync(f, 'utf8')));
const picks = Array.from({ length: edits }, (_, i) => stories[Math.floor(((i + 0.5) * stories.length) / edits)]);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(`Nội dung: ${root} (${stories.length} bài có trang)`);
const server = await startDevServer(root, { BUILD_CLOCK: process.env.BUILD_CLOCK ?? '2026-11-22' }, 900_000);
try {
  console.log(`astro dev trả lời sau ${s(server.startMs)}`);
  const pathOf = (file: string) => `/nguoi-tot-viec-tot/${file.split('/').at(-2)}/`;
  const titleOf = (text: string) => /^title:\s*(.+)$/m.exec(text)?.[1].replace(/^["']|["']$/g, '') ?? '';
  const first = await waitForPage(server, pathOf(picks[0]), (html, status) => status === 200 && html.includes('<h1'), 900_000);
  console.log(`Trang bài đầu tiên (nạp mô hình nội dung): ${s(first)}`);
  const rows: string[] = [];
  for (const [i, file] of picks.entries()) {
    const original = readFileSync(file, 'utf8');
    const path = pathOf(file);
    await waitForPage(server, path, (html, status) => status === 200 && html.includes('<h1'));
    const mark = `Câu sửa thử số ${i + 1} để đo bản xem trước`;
    const edited = original.replace(/^title:.*$/m, `title: ${titleOf(original)} (sửa ${i + 1})`).trimEnd() + `\n\n${mark}.\n`;
    writeFileSync(file, edited);
    const seen = await waitForPage(server, path, (html) => html.includes(mark) && html.includes(`(sửa ${i + 1})`), 300_000);
    writeFileSync(file, original);
    const back = await waitForPage(server, path, (html, status) => status === 200 && !html.includes(mark), 300_000);
    rows.push(`| ${path} | ${s(seen)} | ${s(back)} |`);
  }
  console.log(`\n| Bài | Lưu → trang hiện bản sửa | Đặt lại → trang như cũ |\n| --- | ---: | ---: |\n${rows.join('\n')}`);
} finally {
  await server.stop();
  // The server's own log (request times, content reloads), for a closer look.
  mkdirSync(join(process.cwd(), '.cache'), { recursive: true });
  writeFileSync(join(process.cwd(), '.cache', 'bench-dev.log'), server.log());
}
