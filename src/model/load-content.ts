/**
 * Loads every collection from a content folder, validating each file with its schema.
 * Pure Node (no Astro), so the build, `npm run check` and the tests share it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, extname } from 'node:path';
import type { z } from 'zod';
import { awardFormsFileSchema, type AwardForm } from '../schemas/award-forms.ts';
import { campaignSchema, type Campaign } from '../schemas/campaigns.ts';
import { localitiesFileSchema, type Locality } from '../schemas/localities.ts';
import { planSchema, type Plan } from '../schemas/plans.ts';
import { settingsSchema, type Settings } from '../schemas/settings.ts';
import { storyFileSchema, type Story } from '../schemas/stories.ts';
import { honorSchema, modelSchema, type Honor, type SecurityModel } from '../schemas/honors.ts';
import { findPersonalData, PERSONAL_DATA_MESSAGES } from '../lib/personal-data.ts';
import { findMojibake, mojibakeMessage } from '../lib/mojibake.ts';
import { guardMarkdown } from '../lib/content-guard.ts';
import { isNfc } from '../lib/text.ts';
import { entryId, isKebabCase, MARKDOWN_EXTENSIONS } from './entry-id.ts';
import type { Problem } from './problems.ts';
import { parseSourceFile, validate, type ParsedFile } from './source-file.ts';

/** A validated Markdown entry. */
export interface Entry<T> {
  id: string;
  /** Path relative to the project root. */
  file: string;
  /** Absolute path, to find files beside the entry (photos). */
  absPath: string;
  data: T;
  body: string;
  /** 1-based line where the body starts (for messages about links in the body). */
  bodyLine?: number;
  /** Where fields are in the file, for cross-check messages. */
  locate: ParsedFile['locate'];
}

/** A validated item of a YAML list file (localities, award forms). */
export interface Item<T> {
  data: T;
  file: string;
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
}

export interface LoadedContent {
  root: string;
  settings?: Item<Settings>;
  localities: Item<Locality>[];
  awardForms: Item<AwardForm>[];
  campaigns: Entry<Campaign>[];
  plans: Entry<Plan>[];
  /** Every valid story, public or not: the checker checks drafts too. */
  stories: Entry<Story>[];
  /** Award decisions, one YAML file each. */
  honors: Entry<Honor>[];
  /** Recognised security models. */
  models: Entry<SecurityModel>[];
  problems: Problem[];
  /** How many files were read. */
  fileCount: number;
}

/** Markdown collections: folder, schema, and whether year sub-folders are expected. */

const YAML_FILES = ['settings.yaml', 'localities.yaml', 'award-forms.yaml'] as const;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // a dangling link, e.g. an editor's lock file
  }
}

const KNOWN_FOLDERS = new Set(['plans', 'campaigns', 'stories', 'honors', 'models']);
const PHOTO = /\.(jpe?g|png|webp|avif)$/i;

/**
 * Files nothing will publish (a stray "ghi-chu.txt", an unknown folder) and photo names that
 * would make bad URLs: reported so nothing is silently left out.
 */
function strayFiles(root: string, rel: (p: string) => string): Problem[] {
  const out: Problem[] = [];
  if (!existsSync(root)) return [{ file: rel(root), severity: 'error', message: 'Không có thư mục nội dung này. Kiểm tra đường dẫn (biến CONTENT_DIR hoặc tham số của lệnh)' }];
  for (const d of readdirSync(root, { withFileTypes: true })) {
    if (d.isDirectory() && !KNOWN_FOLDERS.has(d.name)) {
      out.push({ file: rel(join(root, d.name)), severity: 'warning', message: `Thư mục lạ "${d.name}": nội dung trong đó sẽ không được đăng. Các thư mục được dùng: ${[...KNOWN_FOLDERS].join(', ')}` });
    } else if (!d.isDirectory() && !(YAML_FILES as readonly string[]).includes(d.name) && !d.name.startsWith('.')) {
      out.push({ file: rel(join(root, d.name)), severity: 'warning', message: 'Tệp lạ trong thư mục nội dung: không thuộc mục nào nên sẽ không được đăng. Xóa tệp hoặc chuyển nó ra ngoài thư mục content/' });
    }
  }
  for (const abs of walk(join(root, 'stories'))) {
    const name = abs.split(/[\\/]/).pop() ?? '';
    if (PHOTO.test(name) && !/^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+$/.test(name)) {
      out.push({ file: rel(abs), severity: 'error', message: `Tên ảnh "${name}" phải viết thường, không dấu, không dấu cách, các từ nối bằng "-" (ví dụ "anh-trao-thuong.jpg"). Đổi tên tệp rồi sửa "src" trong bài cho khớp` });
    }
  }
  return out;
}

/** What one entry file gave: its problems and, when valid, its entry. */
interface FileResult {
  /** Size and time of change of the file when it was read. */
  stamp: string;
  problems: Problem[];
  entry?: Entry<unknown>;
}

// Per-file results kept between loads by a long-lived process (the dev server reloads the whole
// content after each save: at 20,000 stories parsing every file again takes about 10 s). Held on
// globalThis: the dev server re-evaluates this module after a content change, which would empty a
// module-level map exactly when it is needed.
const MEMOS = Symbol.for('bang-vang.load-content-memos');
const memos: Map<string, Map<string, FileResult>> = ((globalThis as { [MEMOS]?: Map<string, Map<string, FileResult>> })[MEMOS] ??= new Map());

function stampOf(abs: string): string | undefined {
  try {
    const s = statSync(abs);
    return s.isFile() ? `${s.size}:${s.mtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

export interface LoadOptions {
  /**
   * Reuse what earlier loads in this process read from files whose size and time of change are
   * the same (the dev server). A build and `npm run check` read everything once and leave it off.
   */
  reuse?: boolean;
}

export function loadContent(contentDir: string, projectRoot = process.cwd(), options: LoadOptions = {}): LoadedContent {
  const root = resolve(projectRoot, contentDir);
  const rel = (p: string) => relative(projectRoot, p).replaceAll('\\', '/');
  const problems: Problem[] = [];
  let fileCount = 0;
  let memo: Map<string, FileResult> | undefined;
  if (options.reuse) {
    const key = `${root}|${resolve(projectRoot)}`; // messages name files relative to the project
    memo = memos.get(key) ?? new Map();
    memos.set(key, memo);
  }
  /** An entry file's earlier result when it has not changed since (counted as read). */
  const reused = (abs: string): { stamp?: string; kept?: FileResult } => {
    if (!memo) return {};
    const stamp = stampOf(abs);
    const kept = stamp ? memo.get(abs) : undefined;
    if (!kept || kept.stamp !== stamp) return { stamp };
    fileCount++;
    problems.push(...kept.problems);
    return { stamp, kept };
  };

  const readText = (abs: string): string | undefined => {
    fileCount++;
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch {
      problems.push({ file: rel(abs), severity: 'error', message: 'Không đọc được tệp này (có thể là lối tắt hỏng hoặc tệp tạm của trình soạn thảo). Xóa tệp hoặc lưu lại cho đúng' });
      return undefined;
    }
    if (!isNfc(text)) {
      // Vietnamese in NFC has no combining marks, so the first one shows where NFD text starts.
      const before = text.slice(0, Math.max(0, text.search(/\p{M}/u)));
      const line = before.split('\n').length;
      problems.push({
        file: rel(abs), line, column: before.length - before.lastIndexOf('\n'), severity: 'error',
        message: 'Tệp có chữ ở dạng Unicode tổ hợp (NFD), thường do dán từ PDF hoặc gõ bằng bảng mã tổ hợp. Chuyển toàn bộ tệp sang Unicode dựng sẵn (NFC): trong UniKey chọn bảng mã "Unicode dựng sẵn" rồi gõ lại, hoặc chạy "npm run check -- --fix-nfc" khi công cụ này có',
      });
    }
    for (const hit of findMojibake(text)) {
      problems.push({ file: rel(abs), line: hit.line, column: 1, severity: 'error', message: mojibakeMessage(hit.sample) });
    }
    return text;
  };

  const yaml = (name: (typeof YAML_FILES)[number]) => {
    const abs = join(root, name);
    if (!existsSync(abs)) {
      problems.push({ file: rel(abs), severity: 'error', message: `Thiếu tệp ${name}. Tạo tệp này trong thư mục nội dung (xem README)` });
      return undefined;
    }
    const parsed = parseSourceFile(rel(abs), readText(abs) ?? '', 'yaml');
    return parsed;
  };

  const settingsFile = yaml('settings.yaml');
  const settingsData = settingsFile && validate(settingsFile, settingsSchema);
  const settings = settingsFile && settingsData ? { data: settingsData, file: settingsFile.file, locate: settingsFile.locate } : undefined;

  const listFile = <S extends z.ZodType>(parsed: ParsedFile | undefined, itemSchema: S, listSchema: z.ZodType): Item<z.output<S>>[] => {
    if (!parsed || parsed.data === undefined) return [];
    if (!Array.isArray(parsed.data)) {
      validate(parsed, listSchema);
      return [];
    }
    return parsed.data.flatMap((_, i) => {
      const data = validate(parsed, itemSchema, [i]);
      return data === undefined ? [] : [{ data, file: parsed.file, locate: (p: readonly PropertyKey[]) => parsed.locate([i, ...p]) }];
    });
  };
  const localitiesFile = yaml('localities.yaml');
  const localities = listFile(localitiesFile, localitiesFileSchema.element, localitiesFileSchema);
  const awardFormsFile = yaml('award-forms.yaml');
  const awardForms = listFile(awardFormsFile, awardFormsFileSchema.element, awardFormsFileSchema);
  for (const f of [settingsFile, localitiesFile, awardFormsFile]) if (f) problems.push(...f.problems);

  const markdown = <S extends z.ZodType>(folder: string, schema: S, options: { folderPerEntry?: boolean; personalData?: boolean } = {}): Entry<z.output<S>>[] => {
    const entries: Entry<z.output<S>>[] = [];
    for (const abs of walk(join(root, folder))) {
      const file = rel(abs);
      const ext = extname(abs);
      if (!(MARKDOWN_EXTENSIONS as readonly string[]).includes(ext)) {
        if (/\.(md|mdx|markdown|mkd)$/i.test(abs)) {
          problems.push({ file, severity: 'error', message: `Đuôi tệp "${ext}" không được nhận, nên mục này sẽ bị bỏ qua khi dựng trang. Đổi tên tệp sang đuôi ".md" (hoặc ".mdx" nếu cần thành phần đặc biệt), viết thường` });
        } else if (!/\.(jpe?g|png|webp|avif)$/i.test(abs)) {
          problems.push({ file, severity: 'warning', message: 'Tệp lạ trong thư mục nội dung: không thuộc mục nào nên sẽ không được đăng. Xóa tệp hoặc chuyển nó ra ngoài thư mục content/' });
        }
        continue;
      }
      const id = entryId(relative(join(root, folder), abs));
      if (options.folderPerEntry && !/^index\.mdx?$/.test(abs.split(/[\\/]/).pop() ?? '')) {
        problems.push({ file, severity: 'error', message: `Mỗi bài phải nằm trong thư mục riêng, tên tệp là "index.md": chuyển tệp này thành ${folder}/<năm>/${id}/index${ext}, ảnh đặt cạnh nó` });
        continue;
      }
      if (!isKebabCase(id)) {
        problems.push({ file, severity: 'error', message: `Tên tệp "${id}" phải viết thường, không dấu, các từ nối bằng "-" (ví dụ "350-kh-bcd-kien-giang"). Đổi tên tệp cho đúng` });
      }
      const { stamp, kept } = reused(abs);
      if (kept) {
        if (kept.entry) entries.push(kept.entry as Entry<z.output<S>>);
        continue;
      }
      const firstProblem = problems.length;
      const source = isFile(abs) ? readText(abs) : undefined;
      if (source === undefined) {
        if (!isFile(abs)) problems.push({ file, severity: 'error', message: 'Không đọc được tệp này (có thể là lối tắt hỏng hoặc tệp tạm của trình soạn thảo). Xóa tệp hoặc lưu lại cho đúng' });
        continue;
      }
      const parsed = parseSourceFile(file, source, 'markdown');
      for (const hit of guardMarkdown(parsed.body, ext === '.mdx' ? 'mdx' : 'md')) {
        parsed.problems.push({ file, line: parsed.bodyLine + hit.line - 1, column: hit.column, severity: 'error', message: hit.message });
      }
      if (options.personalData) {
        for (const hit of findPersonalData(source)) {
          const before = source.slice(0, hit.index);
          parsed.problems.push({ file, line: before.split('\n').length, column: hit.index - before.lastIndexOf('\n'), severity: 'error', message: PERSONAL_DATA_MESSAGES[hit.kind](hit.match) });
        }
      }
      const data = validate(parsed, schema);
      problems.push(...parsed.problems);
      const entry = data === undefined ? undefined : { id, file, absPath: abs, data, body: parsed.body, bodyLine: parsed.bodyLine, locate: parsed.locate };
      if (entry) entries.push(entry);
      if (memo && stamp) memo.set(abs, { stamp, problems: problems.slice(firstProblem), entry });
    }
    return entries.sort((a, b) => a.file.localeCompare(b.file));
  };

  const plans = markdown('plans', planSchema);
  const campaigns = markdown('campaigns', campaignSchema);
  const stories = markdown('stories', storyFileSchema, { folderPerEntry: true, personalData: true });
  const models = markdown('models', modelSchema);

  const honors: Entry<Honor>[] = [];
  for (const abs of walk(join(root, 'honors'))) {
    const file = rel(abs);
    const ext = extname(abs);
    if (ext !== '.yaml') {
      if (!/\.pdf$/i.test(abs)) problems.push({ file, severity: 'error', message: `Quyết định khen thưởng phải là tệp ".yaml" (tệp quyết định gốc ".pdf" đặt cạnh). Đổi đuôi tệp "${ext}" thành ".yaml"` });
      continue;
    }
    const id = entryId(relative(join(root, 'honors'), abs));
    if (!isKebabCase(id)) problems.push({ file, severity: 'error', message: `Tên tệp "${id}" phải viết thường, không dấu, các từ nối bằng "-". Đổi tên tệp cho đúng` });
    const { stamp, kept } = reused(abs);
    if (kept) {
      if (kept.entry) honors.push(kept.entry as Entry<Honor>);
      continue;
    }
    const firstProblem = problems.length;
    const source = isFile(abs) ? readText(abs) : undefined;
    if (source === undefined) continue;
    const parsed = parseSourceFile(file, source, 'yaml');
    const data = validate(parsed, honorSchema);
    problems.push(...parsed.problems);
    const entry = data === undefined ? undefined : { id, file, absPath: abs, data, body: '', locate: parsed.locate };
    if (entry) honors.push(entry);
    if (memo && stamp) memo.set(abs, { stamp, problems: problems.slice(firstProblem), entry });
  }
  honors.sort((a, b) => a.file.localeCompare(b.file));
  problems.push(...strayFiles(root, rel));
  return { root, settings, localities, awardForms, campaigns, plans, stories, honors, models, problems, fileCount };
}
