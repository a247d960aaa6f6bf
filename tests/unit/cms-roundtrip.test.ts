// Round trip through the CMS's file formats (src/admin/formats.ts), at the level the CMS works:
// Sveltia reads a file with the collection's format (text trimmed, CRLF → LF), fills in every
// configured field the file leaves out (its defaults: "", null, [], false), reorders keys to the
// field order, and writes `toFile(…).trim() + "\n"`. Every shipped content file must come back
// byte for byte; edits must touch only their own lines; entries made from the generated field
// list must pass the checker.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCmsConfig } from '../../src/admin/cms-config.ts';
import { cmsRead, cmsWrite, FORMATS, patchYaml, SOURCE_KEY, type FileFormat } from '../../src/admin/formats.ts';
import { checkSite } from '../../src/model/site-model.ts';

type Data = Record<string, unknown>;
type Field = Data & { name: string; widget?: string; fields?: Field[]; field?: Field; required?: boolean; multiple?: boolean };
interface Collection { name: string; folder?: string; format?: string; extension?: string; fields?: Field[]; files?: { file: string; format: string; fields: Field[] }[] }

const config = buildCmsConfig('content') as { collections: Collection[] };
const formatByName = new Map<string, FileFormat>(Object.values(FORMATS).map((f) => [f.name, f]));
const collection = (name: string) => config.collections.find((c) => c.name === name)!;

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every shipped content file with the collection (fields, format) the CMS edits it with. */
function shippedFiles(): { file: string; format: FileFormat; fields: Field[] }[] {
  const out: { file: string; format: FileFormat; fields: Field[] }[] = [];
  for (const c of config.collections) {
    if (c.files) {
      for (const f of c.files) out.push({ file: f.file, format: formatByName.get(f.format)!, fields: f.fields });
      continue;
    }
    const format = formatByName.get(c.format!)!;
    for (const rel of readdirSync(c.folder!, { recursive: true }).map(String)) {
      if (rel.endsWith(`.${format.extension}`)) out.push({ file: join(c.folder!, rel), format, fields: c.fields! });
    }
  }
  return out;
}

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What Sveltia puts in a field the file leaves out (src/lib/services/contents/draft/defaults.js). */
function emptyValue(f: Field): unknown {
  switch (f.widget) {
    case 'boolean':
      return false;
    case 'number':
      return null;
    case 'list':
      return [];
    case 'object':
      return f.required === false ? null : fill(f.fields ?? [], {});
    case 'select':
    case 'relation':
      return f.multiple ? [] : '';
    default:
      return '';
  }
}

/** Sveltia's normalizeContent + finalizeContent for an existing entry opened and saved unchanged. */
function fill(fields: Field[], data: Data): Data {
  const out: Data = {};
  for (const f of fields) {
    const value = data[f.name];
    if (!(f.name in data)) out[f.name] = emptyValue(f);
    else if (f.widget === 'object' && isObject(value)) out[f.name] = fill(f.fields ?? [], value);
    else if (f.widget === 'list' && f.fields && Array.isArray(value)) out[f.name] = value.map((item) => (isObject(item) ? fill(f.fields!, item) : item));
    else if (['string', 'text', 'markdown', 'datetime'].includes(f.widget ?? 'string') && value !== null && typeof value !== 'string' && typeof value !== 'object') out[f.name] = String(value);
    else out[f.name] = value;
  }
  // Keys the configuration does not know (the format's source) come last, sorted.
  for (const key of Object.keys(data).sort()) if (!(key in out)) out[key] = data[key];
  return out;
}

const openAndSave = (format: FileFormat, fields: Field[], text: string) => cmsWrite(format, fill(fields, cmsRead(format, text)));

function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const removed = a.filter((l) => !b.includes(l));
  const added = b.filter((l) => !a.includes(l));
  return { removed, added };
}

describe('shipped content through the CMS formats', () => {
  const files = shippedFiles();

  it('covers every content file (44 or more, every collection)', () => {
    const all = readdirSync('content', { recursive: true }).map(String).filter((f) => /\.(md|mdx|ya?ml)$/.test(f));
    expect(files.map((f) => f.file).sort()).toEqual(all.map((f) => join('content', f)).sort());
    expect(files.length).toBeGreaterThanOrEqual(44);
  });

  it('files are in the shape the CMS keeps: LF, one final newline, no leading blank', () => {
    for (const { file } of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).toBe(`${text.trim()}\n`);
      expect(text.includes('\r'), file).toBe(false);
    }
  });

  it.each(shippedFiles().map((f) => [f.file, f] as const))('%s: read and written back byte for byte', (_, { file, format }) => {
    const text = readFileSync(file, 'utf8');
    expect(cmsWrite(format, cmsRead(format, text))).toBe(text);
  });

  it.each(shippedFiles().map((f) => [f.file, f] as const))('%s: opened in the editor (defaults filled in, keys reordered) and saved: no diff', (_, { file, format, fields }) => {
    const text = readFileSync(file, 'utf8');
    expect(openAndSave(format, fields, text)).toBe(text);
  });

  it('the original text travels with the entry and is never written', () => {
    const { file, format, fields } = files.find((f) => f.file.startsWith('content/honors/'))!;
    const entry = fill(fields, cmsRead(format, readFileSync(file, 'utf8')));
    expect(typeof entry[SOURCE_KEY]).toBe('string');
    entry.body = 'Ủy ban nhân dân xã khác';
    expect(cmsWrite(format, entry)).not.toContain(SOURCE_KEY);
  });
});

describe('edits change only their own lines', () => {
  const story = 'content/stories/2025/nguoi-dan-xa-my-long-tra-lai-day-chuyen-vang-nhat-duoc/index.md';
  const honor = 'content/honors/2025/giay-khen-ct-ubnd-xa-my-long-2025-07-25.yaml';
  const edit = (file: string, format: FileFormat, fields: Field[], change: (d: Data) => void) => {
    const text = readFileSync(file, 'utf8');
    const data = fill(fields, cmsRead(format, text));
    change(data);
    return { text, saved: cmsWrite(format, data) };
  };
  const stories = collection('stories');
  const honors = collection('honors');

  it('a new title: one line', () => {
    const { text, saved } = edit(story, FORMATS.markdown, stories.fields!, (d) => (d.title = 'Người dân xã Mỹ Long trả lại sợi dây chuyền vàng'));
    expect(changedLines(text, saved)).toEqual({
      removed: ['title: Người dân xã Mỹ Long trả lại dây chuyền vàng nhặt được'],
      added: ['title: Người dân xã Mỹ Long trả lại sợi dây chuyền vàng'],
    });
  });

  it('a quoted date keeps its quotes; a folded summary left alone keeps its folding', () => {
    const { text, saved } = edit(story, FORMATS.markdown, stories.fields!, (d) => (d.deedDate = '2025-07-09'));
    expect(changedLines(text, saved)).toEqual({ removed: ['deedDate: "2025-07-08"'], added: ['deedDate: "2025-07-09"'] });
    expect(saved).toContain('summary: >-\n  Nhặt được sợi dây chuyền vàng 8,5 chỉ bên đường');
  });

  it('a new tag: one added line, in place', () => {
    const { text, saved } = edit(story, FORMATS.markdown, stories.fields!, (d) => (d.tags = [...(d.tags as string[]), 'Vĩnh Long']));
    expect(changedLines(text, saved)).toEqual({ removed: [], added: ['  - Vĩnh Long'] });
    expect(saved).toContain('  - người tốt, việc tốt\n  - Vĩnh Long\n---');
  });

  it('a cleared optional field disappears; the CMS\'s empty defaults for absent fields are not written', () => {
    const { text, saved } = edit(story, FORMATS.markdown, stories.fields!, (d) => {
      (d.source as Data).author = '';
      d.draft = false;
      d.mentions = [];
    });
    expect(saved).toBe(text);
    const removed = edit(story, FORMATS.markdown, stories.fields!, (d) => (d.recognition = []));
    expect(changedLines(removed.text, removed.saved).added).toEqual(['recognition: []']);
  });

  it('a body edit keeps the front matter and the blank line after it', () => {
    const { text, saved } = edit(story, FORMATS.markdown, stories.fields!, (d) => (d.body = `${String(d.body)}\n\nĐoạn mới.`));
    expect(saved.startsWith(text.slice(0, text.indexOf('\n---\n') + 5))).toBe(true);
    expect(saved).toBe(`${text.trimEnd()}\n\nĐoạn mới.\n`);
  });

  it('a YAML decision keeps its comment and its `{ status: unknown }` when another field changes', () => {
    const { text, saved } = edit(honor, FORMATS.yaml, honors.fields!, (d) => (d.body = 'Ủy ban nhân dân xã Mỹ Long, tỉnh Vĩnh Long'));
    expect(changedLines(text, saved)).toEqual({ removed: ['body: Ủy ban nhân dân xã Mỹ Long'], added: ['body: Ủy ban nhân dân xã Mỹ Long, tỉnh Vĩnh Long'] });
    expect(saved.split('\n')[0]).toMatch(/^# Trường hợp 8/);
    expect(saved).toContain('number: { status: unknown }');
  });

  it('a number that becomes known replaces the object; a revoked status is added', () => {
    const { saved } = edit(honor, FORMATS.yaml, honors.fields!, (d) => {
      d.number = '15/QĐ-UBND';
      d.status = { revoked: '2025-08-01', reason: 'Thu hồi để khen thưởng lại' };
    });
    expect(saved).toContain('number: 15/QĐ-UBND\n');
    expect(parse(saved).status).toEqual({ revoked: '2025-08-01', reason: 'Thu hồi để khen thưởng lại' });
    expect(saved).toContain('revoked: "2025-08-01"');
  });

  it('one locality added to localities.yaml: the rest of the file, comments included, is untouched', () => {
    const file = 'content/localities.yaml';
    const localities = collection('localities').files![0];
    const { text, saved } = edit(file, FORMATS.yamlList, localities.fields, (d) => {
      (d.items as Data[]).push({ id: 'xa-moi', name: 'Xã Mới', kind: 'xa', parent: 'an-giang', validFrom: '2025-07-01', change: '' });
    });
    expect(saved.startsWith(text)).toBe(true);
    expect(saved.slice(text.length)).toBe('- id: xa-moi\n  name: Xã Mới\n  kind: xa\n  parent: an-giang\n  validFrom: "2025-07-01"\n');
  });

  it('a removed list item takes only its own lines', () => {
    const { text, saved } = edit(story, FORMATS.markdown, stories.fields!, (d) => (d.tags = (d.tags as string[]).slice(1)));
    expect(changedLines(text, saved)).toEqual({ removed: ['  - trả lại của rơi'], added: [] });
  });

  it('falls back to a plain serialisation, never to wrong data, when a patch cannot express the change', () => {
    expect(patchYaml('a: 1\n', { a: 1 }, { a: 1 })).toBe('a: 1\n');
    const out = patchYaml('# note\na: [1, 2]\nb: x\n', { a: [1, 2], b: 'x' }, { a: [2, 3, 4], b: 'x' });
    expect(out === undefined || deepParse(out)).toBeTruthy();
    if (out) expect(parse(out)).toEqual({ a: [2, 3, 4], b: 'x' });
  });
});

function deepParse(text: string) {
  return parse(text) as unknown;
}

describe('entries created from the generated field list pass the checker', () => {
  const project = mkdtempSync(join(tmpdir(), 'bang-vang-cms-'));
  temps.push(project);
  cpSync('content', join(project, 'content'), { recursive: true });

  /** A new entry as the CMS builds it: every configured field at its empty default, then the editor's input. */
  function created(fields: Field[], input: Data): Data {
    const fieldNames = new Set(fields.map((f) => f.name));
    for (const key of Object.keys(input)) expect(fieldNames, `field "${key}" is in the CMS configuration`).toContain(key);
    const data = fill(fields, {});
    for (const [k, v] of Object.entries(input)) data[k] = v;
    return data;
  }
  const listItem = (list: Field, item: Data) => fill(list.fields!, item);
  const field = (fields: Field[], name: string) => fields.find((f) => f.name === name)!;

  it('a story, a decision, a model and a locality: written by the formats, then zero errors', () => {
    const stories = collection('stories').fields!;
    const story = created(stories, {
      title: 'Người dân xã Mỹ Long giúp cụ bà qua đường',
      summary: 'Một người dân xã Mỹ Long dìu cụ bà qua đường đông xe và được Công an xã biểu dương.',
      deedDate: '2025-08',
      published: '2025-09-01',
      subjects: [listItem(field(stories, 'subjects'), { kind: 'individual', initials: 'N.V.A.', role: 'Người dân' })],
      locality: 'my-long-vinh-long',
      tags: ['giúp người già'],
      body: 'Chiều 12/8/2025, anh N.V.A. dìu một cụ bà qua đường.\n\nCông an xã đã biểu dương anh.',
    });
    const storyText = cmsWrite(FORMATS.markdown, story);
    expect(storyText).toMatch(/^---\ntitle: Người dân xã Mỹ Long giúp cụ bà qua đường\n/);
    expect(storyText).toContain('deedDate: "2025-08"\npublished: "2025-09-01"\n');
    expect(storyText).not.toMatch(/: ""|: null|: false|: \[\]/);

    const honors = collection('honors').fields!;
    const honor = created(honors, {
      number: { status: 'unknown' },
      date: '2025-08-20',
      authority: 'chu-tich-ubnd-xa',
      locality: 'my-long-vinh-long',
      body: 'Ủy ban nhân dân xã Mỹ Long',
      form: 'giay-khen-chu-tich-ubnd-xa',
      recipients: [listItem(field(honors, 'recipients'), { kind: 'individual', name: 'Nguyễn Văn An', stories: ['nguoi-dan-xa-my-long-giup-cu-ba-qua-duong'] })],
      source: { outlet: 'Báo Vĩnh Long', url: 'https://baovinhlong.example/bai-viet', published: '' },
    });
    const honorText = cmsWrite(FORMATS.yaml, honor);

    const models = collection('models').fields!;
    const model = created(models, { name: 'Cổng an ninh', unit: 'Xã Mỹ Long', locality: 'my-long-vinh-long', results: ['Giảm trộm cắp'], body: 'Mô hình cổng an ninh ở các ấp.' });
    const modelText = cmsWrite(FORMATS.markdown, model);

    const localities = collection('localities').files![0];
    const current = cmsRead(FORMATS.yamlList, readFileSync('content/localities.yaml', 'utf8'));
    (current.items as Data[]).push(fill(field(localities.fields, 'items').fields!, { id: 'ap-moi-my-long', name: 'Mới', kind: 'xa', parent: 'vinh-long' }));
    const localitiesText = cmsWrite(FORMATS.yamlList, current);

    const write = (rel: string, text: string) => {
      const path = join(project, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    };
    write('content/stories/2025/nguoi-dan-xa-my-long-giup-cu-ba-qua-duong/index.md', storyText);
    write('content/honors/2025/giay-khen-chu-tich-ubnd-xa-2025-08-20.yaml', honorText);
    write('content/models/cong-an-ninh-xa-my-long.md', modelText);
    write('content/localities.yaml', localitiesText);

    const result = checkSite('content', project, new Date('2026-11-22T00:00:00+07:00'));
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors, errors.map((e) => `${e.file}:${e.line ?? ''} ${e.field ?? ''} ${e.message}`).join('\n')).toEqual([]);
    expect(result.model?.storyById.has('nguoi-dan-xa-my-long-giup-cu-ba-qua-duong')).toBe(true);
    expect(result.model?.honorById.has('giay-khen-chu-tich-ubnd-xa-2025-08-20')).toBe(true);
  });
});
