/**
 * How the CMS reads and writes content files: four custom file formats registered with
 * `CMS.registerCustomFormat()` (the Decap/Sveltia API), built on the same `yaml` package that
 * Sveltia and Decap use for their own YAML output.
 *
 * Sveltia's built-in writer parses a file into an object and re-stringifies the whole object on
 * save, so every save would drop the comments our YAML files carry (editorial notes, sources) and
 * re-style every value (quotes, `[a, b]` lists, folded `>-` paragraphs). Here the file's own text
 * travels with the entry (under SOURCE_KEY, never written) and saving edits that text in place:
 *
 * - nothing changed: the original bytes, unchanged;
 * - values changed: only those nodes are rewritten (yaml's Document API keeps comments, quoting and
 *   flow/block style of every other node; untouched folded paragraphs and flow collections are
 *   copied from the source byte for byte);
 * - a key added or removed, a list item added or removed: the same, around that node;
 * - a key the file did not have stays absent when the CMS only filled in an empty or default
 *   value for it (`false`, `[]`, `{}`); empty texts and cleared optional fields are dropped.
 *
 * Every patched result is parsed again and compared with the data the CMS meant to write; if they
 * differed, the plain `yaml` serialisation is written instead, so the data is always right.
 * Entries created in the CMS have no source and are written with `yaml.stringify` in the repo's
 * style (dates quoted, no line folding). Pure: runs in the browser (admin bundle) and in the tests.
 */
import { Document, isMap, isScalar, isSeq, Pair, parse, parseDocument, Scalar, visit, type Node, type ToStringOptions } from 'yaml';

/** Where the original text of an entry travels inside the CMS; stripped before writing. */
export const SOURCE_KEY = '__bangVangSource';

type Data = Record<string, unknown>;

export interface FileFormat {
  /** The `format` name the collection uses in config.yml. */
  name: string;
  /** The file extension it reads and writes. */
  extension: string;
  fromFile(text: string): Data;
  toFile(content: Data): string;
}

const TO_STRING: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };
const DATE_LIKE = /^\d{4}(?:-\d{2}){0,2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/;

const isPlainObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/** Drops what the CMS writes for an empty optional field: empty texts, null, undefined (recursively). */
export function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune).filter((v) => v !== undefined);
  if (isPlainObject(value)) {
    const out: Data = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === SOURCE_KEY) continue;
      const p = prune(v);
      if (p !== undefined) out[k] = p;
    }
    return out;
  }
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

/** A value the CMS fills in for a field the file left out, meaning the same as leaving it out. */
const isEmptyDefault = (v: unknown) => v === false || (Array.isArray(v) && v.length === 0) || (isPlainObject(v) && Object.keys(v).length === 0);

/**
 * `neu` without the empty defaults (`false`, `[]`, `{}`) the CMS filled in for keys that `old`
 * (what the file holds) does not have: absent stays absent. Keys the file has are kept as they are.
 */
export function withoutFilledDefaults(old: unknown, neu: unknown): unknown {
  if (Array.isArray(neu)) return neu.map((v, i) => withoutFilledDefaults(Array.isArray(old) ? old[i] : undefined, v));
  if (!isPlainObject(neu)) return neu;
  const before = isPlainObject(old) ? old : {};
  const out: Data = {};
  for (const [k, v] of Object.entries(neu)) {
    if (Object.hasOwn(before, k)) out[k] = withoutFilledDefaults(before[k], v);
    else if (!isEmptyDefault(v)) out[k] = withoutFilledDefaults(undefined, v);
  }
  return out;
}

/** Repo style for new values: date-like texts in double quotes (as every shipped file writes them). */
function styled(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  visit(node, {
    Scalar(_, n) {
      if (typeof n.value === 'string' && DATE_LIKE.test(n.value)) n.type = 'QUOTE_DOUBLE';
    },
  });
  return node;
}

/**
 * Applies the change from `old` to `neu` to `node` (parsed from the source), keeping every node
 * that did not change. Returns the node to put in place of `node`; records what it touched.
 */
function apply(doc: Document, node: unknown, old: unknown, neu: unknown, dirty: Set<unknown>): unknown {
  if (deepEqual(old, neu)) return node;
  dirty.add(node);
  if (isMap(node) && isPlainObject(old) && isPlainObject(neu)) {
    node.items = node.items.filter((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      return Object.hasOwn(neu, key) || !Object.hasOwn(old, key);
    });
    let at = -1;
    for (const [key, value] of Object.entries(neu)) {
      const index = node.items.findIndex((pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key)) === key);
      if (index >= 0) {
        const pair = node.items[index];
        pair.value = apply(doc, pair.value, old[key], value, dirty) as Node;
        at = index;
      } else {
        const pair = new Pair(doc.createNode(key), styled(doc, value));
        dirty.add(pair.value);
        node.items.splice(at + 1, 0, pair);
        at += 1;
      }
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(old) && Array.isArray(neu)) {
    // One item removed: remove just that one, so the others keep their comments and style.
    const removed = neu.length === old.length - 1 ? old.findIndex((_, k) => deepEqual([...old.slice(0, k), ...old.slice(k + 1)], neu)) : -1;
    if (removed >= 0) {
      node.items.splice(removed, 1);
      return node;
    }
    const common = Math.min(old.length, neu.length);
    for (let i = 0; i < common; i++) node.items[i] = apply(doc, node.items[i], old[i], neu[i], dirty);
    node.items.splice(neu.length);
    for (let i = common; i < neu.length; i++) {
      const item = styled(doc, neu[i]);
      dirty.add(item);
      node.items.push(item);
    }
    return node;
  }
  if (isScalar(node) && !isPlainObject(neu) && !Array.isArray(neu)) {
    // Keep the node (its comments and quoting); yaml quotes it anyway if the style cannot hold the value.
    node.value = neu;
    if (node.type === 'PLAIN' && typeof neu === 'string' && DATE_LIKE.test(neu)) node.type = 'QUOTE_DOUBLE';
    return node;
  }
  const fresh = styled(doc, neu);
  dirty.add(fresh);
  return fresh;
}

/**
 * Rewrites YAML `source` (which parses to `old`) so that it parses to `neu`, changing as little
 * text as possible. Returns undefined when the result would not parse back to `neu`.
 */
export function patchYaml(source: string, old: unknown, neu: unknown): string | undefined {
  if (deepEqual(old, neu)) return source;
  const doc = parseDocument(source);
  if (doc.errors.length) return undefined;
  const dirty = new Set<unknown>();
  doc.contents = apply(doc, doc.contents, old, neu, dirty) as typeof doc.contents;

  // Nodes yaml would print differently from the source (folded paragraphs, `[a, b]`, `{ a: b }`)
  // are kept byte for byte when nothing in them changed.
  const kept: string[] = [];
  const nonce = Math.random().toString(36).slice(2, 10);
  const keep = (n: Node): Scalar | undefined => {
    if (dirty.has(n) || !n.range) return undefined;
    const flow = (isMap(n) || isSeq(n)) && n.flow;
    const block = isScalar(n) && (n.type === 'BLOCK_FOLDED' || n.type === 'BLOCK_LITERAL');
    if (!flow && !block) return undefined;
    if (flow && [...walk(n)].some((c) => dirty.has(c))) return undefined;
    kept.push(source.slice(n.range[0], n.range[1]));
    return new Scalar(`bvkeep${nonce}x${kept.length - 1}`);
  };
  visit(doc, {
    Map: (_, n) => keep(n),
    Seq: (_, n) => keep(n),
    Scalar: (_, n) => keep(n),
  });
  let out = doc.toString(TO_STRING);
  kept.forEach((text, i) => {
    const token = `bvkeep${nonce}x${i}`;
    out = out.replace(text.endsWith('\n') ? `${token}\n` : token, () => text);
  });
  try {
    return deepEqual(parse(out), neu) ? out : undefined;
  } catch {
    return undefined;
  }
}

function* walk(n: unknown): Generator<unknown> {
  yield n;
  if (isMap(n)) for (const p of n.items) yield* walk(p.value);
  if (isSeq(n)) for (const i of n.items) yield* walk(i);
}

/** New files: plain yaml.stringify in the repo's style. */
export function freshYaml(data: unknown): string {
  const doc = new Document();
  doc.contents = styled(doc, data) as typeof doc.contents;
  return doc.toString(TO_STRING);
}

/** Writes `neu` over `source` (parsed as `old`), or fresh when there is no source or the patch fails. */
function writeYaml(source: string | undefined, data: unknown): string {
  let old: unknown;
  if (source !== undefined) {
    try {
      old = parse(source);
    } catch {
      old = undefined;
    }
  }
  const neu = withoutFilledDefaults(old, data);
  if (source !== undefined && old !== undefined) {
    const patched = patchYaml(source, old, neu);
    if (patched !== undefined) return patched;
  }
  return freshYaml(neu);
}

interface FrontMatter {
  head: string;
  /** Blank lines between the closing `---` and the body. */
  gap: string;
  body: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n([\s\S]*))?$/;

function splitFrontMatter(text: string): FrontMatter | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) return undefined;
  const rest = m[2] ?? '';
  const gap = /^(?:\r?\n)*/.exec(rest)?.[0] ?? '';
  return { head: m[1] ?? '', gap, body: rest.slice(gap.length) };
}

function markdownFormat(name: string, extension: string): FileFormat {
  return {
    name,
    extension,
    fromFile(text) {
      const fm = splitFrontMatter(text);
      if (!fm) return { body: text, [SOURCE_KEY]: text };
      const data = (parse(fm.head) ?? {}) as Data;
      return { ...data, body: fm.body, [SOURCE_KEY]: text };
    },
    toFile(content) {
      const source = typeof content[SOURCE_KEY] === 'string' ? (content[SOURCE_KEY] as string) : undefined;
      const { body: rawBody, ...data } = prune(content) as Data;
      const body = typeof rawBody === 'string' ? rawBody.replace(/\s+$/, '') : '';
      const fm = source === undefined ? undefined : splitFrontMatter(source);
      if (fm) {
        const head = writeYaml(fm.head, data);
        const sameBody = body === fm.body.replace(/\s+$/, '');
        return `---\n${head}---${sameBody ? (fm.body ? `\n${fm.gap}${fm.body}` : '') : body ? `\n${fm.gap || '\n'}${body}\n` : '\n'}`;
      }
      return `---\n${writeYaml(undefined, data)}---\n${body ? `\n${body}\n` : ''}`;
    },
  };
}

function yamlFormat(name: string): FileFormat {
  return {
    name,
    extension: 'yaml',
    fromFile: (text) => ({ ...((parse(text) ?? {}) as Data), [SOURCE_KEY]: text }),
    toFile(content) {
      const source = typeof content[SOURCE_KEY] === 'string' ? (content[SOURCE_KEY] as string) : undefined;
      return writeYaml(source, prune(content));
    },
  };
}

/** A file whose top level is a list (localities, award forms): edited as one list field `items`. */
function yamlListFormat(name: string): FileFormat {
  return {
    name,
    extension: 'yaml',
    fromFile: (text) => ({ items: (parse(text) ?? []) as unknown[], [SOURCE_KEY]: text }),
    toFile(content) {
      const source = typeof content[SOURCE_KEY] === 'string' ? (content[SOURCE_KEY] as string) : undefined;
      const { items = [] } = prune(content) as { items?: unknown[] };
      return writeYaml(source, items);
    },
  };
}

export const FORMATS = {
  markdown: markdownFormat('bang-vang-md', 'md'),
  mdx: markdownFormat('bang-vang-mdx', 'mdx'),
  yaml: yamlFormat('bang-vang-yaml'),
  yamlList: yamlListFormat('bang-vang-yaml-list'),
} as const;

/**
 * What the CMS does around a format: Sveltia trims the file text (and turns CRLF into LF) before
 * `fromFile`, and writes `toFile(…).trim() + "\n"`. Used by the tests to model a real save.
 */
export const cmsRead = (format: FileFormat, text: string) => format.fromFile(text.trim().replace(/\r\n?/g, '\n'));
export const cmsWrite = (format: FileFormat, content: Data) => `${format.toFile(content).trim()}\n`;
