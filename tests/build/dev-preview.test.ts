// The editor's preview: `npm run dev` shows a saved change (title, facts, body) without a restart,
// and a saved mistake as the checker's Vietnamese message. The real `astro dev`, on a copy of a fixture.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, waitForPage, type DevServer } from '../helpers/dev-server.ts';

const project = mkdtempSync(join(tmpdir(), 'bang-vang-dev-'));
const content = join(project, 'content');
const story = join(content, 'stories/2025/tin-moi-trong-48-gio/index.md');
const path = '/nguoi-tot-viec-tot/tin-moi-trong-48-gio/';
let server: DevServer;
let original: string;

beforeAll(async () => {
  cpSync('tests/fixtures/syndication', content, { recursive: true });
  original = readFileSync(story, 'utf8');
  server = await startDevServer(content);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  rmSync(project, { recursive: true, force: true });
});

describe('npm run dev as the editor’s preview', () => {
  it('shows a saved title, summary and body without a restart', async () => {
    expect(await (await fetch(`${server.url}${path}`)).text()).toContain('Tổ bảo vệ an ninh cơ sở Kiên Giang kịp thời dập đám cháy');
    writeFileSync(
      story,
      original
        .replace('title: Tổ bảo vệ an ninh cơ sở Kiên Giang kịp thời dập đám cháy', 'title: Tổ bảo vệ an ninh cơ sở Kiên Giang dập đám cháy lúc rạng sáng')
        .replace(/^summary: .*$/m, 'summary: Tóm tắt đã sửa xong trong bản xem trước.')
        .concat('\nCâu mới thêm vào cuối bài để xem trước.\n'),
    );
    await waitForPage(server, path, (html) =>
      html.includes('Tổ bảo vệ an ninh cơ sở Kiên Giang dập đám cháy lúc rạng sáng') && html.includes('Tóm tắt đã sửa xong trong bản xem trước.') && html.includes('Câu mới thêm vào cuối bài để xem trước.'));
  }, 90_000);

  it('answers a saved mistake with the checker’s message (file, line, field, fix), then the page again once it is fixed', async () => {
    writeFileSync(story, original.replace('deedDate: "2025-06-15"', 'deedDate: "2025-13-45"'));
    // The browser shows it in Astro's error overlay; the server prints the same text.
    await waitForPage(server, path, (_html, status) => status === 500);
    expect(server.log()).toMatch(/Nội dung có lỗi, sửa rồi lưu lại:\n\S*tin-moi-trong-48-gio\/index\.md:4:\d+ +deedDate — .*không phải ngày có thật/);
    writeFileSync(story, original);
    await waitForPage(server, path, (html, status) => status === 200 && html.includes('Tổ bảo vệ an ninh cơ sở Kiên Giang kịp thời dập đám cháy'));
  }, 90_000);
});
