/** Small content folders for checker tests: a fixture copied to a temp project, with edits. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';
import { checkSite } from '../../src/model/site-model.ts';

export const validMinimal = fileURLToPath(new URL('../fixtures/valid-minimal', import.meta.url));
export const original = (file: string) => readFileSync(join(validMinimal, file), 'utf8');

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** valid-minimal copied to <tmp>/content with some files replaced or added; checked from <tmp>. */
export function checkWith(files: Record<string, string>, prepare?: (content: string) => void) {
  const project = mkdtempSync(join(tmpdir(), 'bang-vang-check-'));
  temps.push(project);
  const content = join(project, 'content');
  cpSync(validMinimal, content, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(content, file)), { recursive: true });
    writeFileSync(join(content, file), text);
  }
  prepare?.(content);
  return checkSite('content', project);
}

/** Replaces one exact piece of text, failing loudly if it is not there. */
export function edit(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

/** 1-based line and column where `needle` starts in `text`. */
export function position(text: string, needle: string) {
  expect(text).toContain(needle);
  const before = text.slice(0, text.indexOf(needle));
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}
