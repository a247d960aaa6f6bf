// Share cards: 1200×630 PNG drawn with the self-hosted Be Vietnam Pro, every Vietnamese letter
// and tone mark covered by a font (satori reports any text no font can draw), cached by hash.
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, clip, titleSize, type ShareCard } from '../../src/lib/share-image/layout.ts';
import satori from 'satori';
import { FONT_FAMILY } from '../../src/lib/share-image/layout.ts';
import { cardHash, drawCard, fillShareCache, fontFiles, fonts, renderShareCard } from '../../src/lib/share-image/render.ts';

/** Every Vietnamese letter with every tone mark, both cases, and đ/Đ. */
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const LETTERS = VOWELS.flatMap((v) => [v, ...TONES.map((t) => `${v}${t}`.normalize('NFC'))]);
const ALL = [...LETTERS, 'đ'].join('') + [...LETTERS, 'đ'].join('').toLocaleUpperCase('vi');

const card = (title: string, subtitle?: string): ShareCard => ({ kind: 'Người tốt, việc tốt', title, subtitle, siteName: 'Bảng vàng', host: 'bang-vang.example' });

describe('share cards', () => {
  it('uses woff files of Be Vietnam Pro (latin, vietnamese, latin-ext; regular and bold)', () => {
    const files = fontFiles();
    expect(files).toHaveLength(6);
    for (const f of files) expect(f.path).toMatch(/@fontsource\/be-vietnam-pro\/files\/be-vietnam-pro-(latin|vietnamese|latin-ext)-(400|700)-normal\.woff$/);
  });

  it('draws every Vietnamese letter: each vowel with each tone mark, and đ, in both cases', async () => {
    expect(LETTERS).toHaveLength(72);
    // Letter by letter, regular and bold: a glyph is drawn as a path; a missing one draws nothing.
    const empty = await satori({ type: 'div', props: { style: { display: 'flex', fontFamily: FONT_FAMILY }, children: ' ' } }, { width: 60, height: 60, fonts: fonts().fonts });
    const blank: string[] = [];
    for (const ch of ALL) {
      for (const fontWeight of [400, 700]) {
        const svg = await satori({ type: 'div', props: { style: { display: 'flex', fontFamily: FONT_FAMILY, fontSize: 40, fontWeight }, children: ch } }, { width: 60, height: 60, fonts: fonts().fonts });
        if (!/<path[^>]*\sd="M/.test(svg) || svg === empty) blank.push(`${ch}/${fontWeight}`);
      }
    }
    expect(blank).toEqual([]);
    const { png, missing } = await drawCard(card(`Chữ: ${ALL.slice(0, 80)}`, ALL.slice(80) + ' “Quốc khánh” – 2/9 … ₫'));
    expect(missing).toEqual([]);
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('reports text no font can draw instead of silently dropping it', async () => {
    expect((await drawCard(card('Chữ Hán 漢字'))).missing).toEqual(['漢字']);
  });

  it('draws a 1200×630 PNG', async () => {
    const { png } = await drawCard(card('Tổ bảo vệ an ninh, trật tự ấp Bình Tịnh B trả lại ví tiền', 'Phong trào toàn dân bảo vệ an ninh Tổ quốc'));
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT]);
    expect(meta.exif).toBeUndefined();
  });

  it('caches by content: the same card is read back, a changed title is drawn anew', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bang-vang-share-'));
    const a = await renderShareCard(card('Bộ nhớ đệm một'), dir);
    expect(a.cached).toBe(false);
    const files = readdirSync(dir);
    expect(files).toEqual([`${cardHash(card('Bộ nhớ đệm một'))}.png`]);
    const mtime = statSync(join(dir, files[0])).mtimeMs;
    // A fresh module (no in-memory copy): the card must come from the folder.
    const fresh: typeof import('../../src/lib/share-image/render.ts') = await import(/* @vite-ignore */ `../../src/lib/share-image/render.ts?again=${Date.now()}`);
    const b = await fresh.renderShareCard(card('Bộ nhớ đệm một'), dir);
    expect(b.cached).toBe(true);
    expect(b.png.equals(a.png)).toBe(true);
    expect(statSync(join(dir, files[0])).mtimeMs).toBe(mtime);
    expect(cardHash(card('Bộ nhớ đệm hai'))).not.toBe(cardHash(card('Bộ nhớ đệm một')));
  });

  it('fills the cache with the cards it lacks, several at a time, and draws nothing twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bang-vang-share-'));
    await renderShareCard(card('Đã có sẵn'), dir);
    const cards = [card('Đã có sẵn'), card('Mới một'), card('Mới hai'), card('Mới ba'), card('Chữ Hán 漢字')];
    const first = await fillShareCache(cards, 3, dir);
    expect(first.drawn).toBe(4);
    expect(first.missing.map((m) => m.segments)).toEqual([['漢字']]);
    // The card with missing glyphs is not kept, so it is reported again; the others are all there.
    expect(readdirSync(dir).sort()).toEqual(cards.slice(0, 4).map((c) => `${cardHash(c)}.png`).sort());
    const again = await fillShareCache(cards, 3, dir);
    expect(again.drawn).toBe(1);
  });

  it('clips long text at a word and sizes long titles smaller', () => {
    expect(clip('một hai ba bốn năm sáu', 12)).toBe('một hai ba…');
    expect(clip('ngắn', 12)).toBe('ngắn');
    expect(titleSize('x'.repeat(40))).toBeGreaterThan(titleSize('x'.repeat(160)));
  });
});
