// Photos beside a story are checked on disk: present, an allowed format, not oversized;
// a photo that still carries GPS is refused (git keeps the original) unless declared taken at a
// public place (gps: public-place); the site strips it from every derivative either way.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkAll } from '../../src/model/site-model.ts';
import { original, validMinimal } from '../helpers/temp-content.ts';

const gpsPhoto = 'tests/fixtures/stories-leak/stories/2025/tra-lai-vi-tien/anh-1.jpg';
const clock = new Date('2025-10-01T00:00:00+07:00');

function story(src: string, extra: string[] = []): string {
  return [
    '---',
    'title: Trả lại ví tiền',
    'summary: Tổ bảo vệ an ninh, trật tự trả lại ví tiền cho người đánh rơi.',
    'deedDate: "2025-08-10"',
    'published: "2025-08-28"',
    'subjects:',
    '  - kind: collective',
    '    name: Tổ bảo vệ an ninh, trật tự ấp A',
    'locality: an-giang',
    'photos:',
    `  - src: ${src}`,
    '    alt: Tổ trao lại chiếc ví',
    '    credit: "Ảnh: Công an xã"',
    '    use: site-only',
    ...extra,
    '---',
    '',
    'Tổ đã trả lại chiếc ví.',
    '',
  ].join('\n');
}

/** valid-minimal plus one story whose photo is prepared by `put(folder)`. */
async function checkPhoto(src: string, put: (folder: string) => void | Promise<void>, extra: string[] = []) {
  const project = mkdtempSync(join(tmpdir(), 'bang-vang-photo-'));
  cpSync(validMinimal, join(project, 'content'), { recursive: true });
  const folder = join(project, 'content/stories/2025/tra-lai-vi');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.md'), story(src, extra));
  await put(folder);
  return checkAll('content', project, clock);
}

describe('story photos on disk', () => {
  it('accepts a clean JPEG beside the story', async () => {
    expect(original('settings.yaml')).toContain('siteName');
    const result = await checkPhoto('./anh.jpg', async (f) => { await sharp({ create: { width: 40, height: 30, channels: 3, background: '#888' } }).jpeg().toFile(join(f, 'anh.jpg')); });
    expect(result.problems).toEqual([]);
  });

  it('reports a missing photo at its src line', async () => {
    const result = await checkPhoto('./khong-co.jpg', () => {});
    expect(result.problems).toMatchObject([{ field: 'photos[0].src', line: 11, severity: 'error' }]);
    expect(result.problems[0].message).toContain('Không tìm thấy ảnh "./khong-co.jpg"');
  });

  it('refuses a format the pipeline does not take', async () => {
    const result = await checkPhoto('./anh.gif', (f) => writeFileSync(join(f, 'anh.gif'), 'GIF89a'));
    const error = result.problems.find((p) => p.severity === 'error');
    expect(error).toMatchObject({ field: 'photos[0].src' });
    expect(error!.message).toContain('định dạng ".gif"');
  });

  it('refuses a file over 15 MB and an image over 8000 px', async () => {
    const big = await checkPhoto('./lon.jpg', (f) => writeFileSync(join(f, 'lon.jpg'), Buffer.alloc(16 * 1024 * 1024)));
    expect(big.problems[0].message).toContain('quá giới hạn 15 MB');
    const wide = await checkPhoto('./rong.png', async (f) => { await sharp({ create: { width: 8001, height: 4, channels: 3, background: '#fff' } }).png().toFile(join(f, 'rong.png')); });
    expect(wide.problems[0].message).toContain('8001 px, quá giới hạn 8000 px');
  });

  it('refuses a photo that still carries GPS', async () => {
    const result = await checkPhoto('./gps.jpg', (f) => copyFileSync(gpsPhoto, join(f, 'gps.jpg')));
    expect(result.problems).toMatchObject([{ severity: 'error', field: 'photos[0].src' }]);
    expect(result.problems[0].message).toContain('tọa độ GPS');
    expect(result.problems[0].message).toContain('gps: public-place');
    expect(result.model).toBeUndefined();
  });

  it('accepts it when declared taken at a public place (gps: public-place)', async () => {
    const result = await checkPhoto('./gps.jpg', (f) => copyFileSync(gpsPhoto, join(f, 'gps.jpg')), ['    gps: public-place']);
    expect(result.problems).toEqual([]);
    expect(result.model).toBeDefined();
  });

  it('refuses a photo under public/', async () => {
    const result = await checkPhoto('/uploads/anh.jpg', () => {});
    expect(result.problems[0].message).toContain('Không dùng ảnh trong thư mục public/');
  });
});
