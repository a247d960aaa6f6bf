// Reproducible builds: two clean builds of the same commit with the same BUILD_CLOCK, in
// different folders with different caches, give byte-identical output: every page, asset,
// search index file, feed and export (XLSX included, whose zip entries carry a content date
// instead of the time of the build). The second build runs in an empty environment (PATH and a
// throwaway HOME only): the build needs no secret.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { atomicBuild, type AtomicBuild } from '../helpers/atomic-build.ts';
import { distFiles } from '../helpers/dist-scan.ts';
import { stampZipEntries, toXlsx } from '../../src/lib/honor-export.ts';

const CLOCK = '2026-11-22';
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('two clean builds of the shipped content', () => {
  let a: AtomicBuild;
  let b: AtomicBuild;
  beforeAll(() => {
    a = atomicBuild('content', { BUILD_CLOCK: CLOCK });
    b = atomicBuild('content', { BUILD_CLOCK: CLOCK }, undefined, true);
  });

  it('both succeed, the second with no environment but PATH', () => {
    expect(a.status, a.output).toBe(0);
    expect(b.status, b.output).toBe(0);
  });

  it('have the same files', () => {
    expect(distFiles(b.dist)).toEqual(distFiles(a.dist));
  });

  it('byte for byte', () => {
    const differ = distFiles(a.dist).filter((f) => sha(join(a.dist, f)) !== sha(join(b.dist, f)));
    expect(differ).toEqual([]);
  });

  it('including the XLSX exports, whose zip entries are dated by the newest decision', () => {
    const xlsx = distFiles(a.dist).filter((f) => f.endsWith('.xlsx'));
    expect(xlsx.length).toBeGreaterThan(0);
    for (const f of xlsx) expect(zipDates(readFileSync(join(a.dist, f))).size, f).toBe(1);
  });
});

/** The distinct DOS date/time pairs of a zip's local headers. */
function zipDates(zip: Buffer): Set<string> {
  const dates = new Set<string>();
  for (let i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04])); i >= 0; i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), i + 4)) {
    dates.add(`${zip.readUInt16LE(i + 12)}:${zip.readUInt16LE(i + 10)}`);
  }
  return dates;
}

describe('XLSX bytes', () => {
  it('are the same whenever they are written, and Excel still reads them with their date', async () => {
    const created = new Date('2025-03-10T00:00:00Z');
    const first = await toXlsx([], { created, title: 'Danh sách' });
    await new Promise((r) => setTimeout(r, 2100)); // zip times have a 2-second step
    const second = await toXlsx([], { created, title: 'Danh sách' });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(first.buffer);
    expect(book.created.toISOString()).toBe('2025-03-10T00:00:00.000Z');
    // 2025-03-10 00:00 as a DOS date: ((2025-1980) << 9) | (3 << 5) | 10, time 0.
    expect([...zipDates(Buffer.from(first))]).toEqual([`${(45 << 9) | (3 << 5) | 10}:0`]);
  });

  it('stampZipEntries leaves an archive without entries alone', () => {
    const empty = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    expect([...stampZipEntries(empty, new Date())]).toEqual([...empty]);
  });
});
