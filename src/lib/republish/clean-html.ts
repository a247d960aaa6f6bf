/**
 * Clean HTML for other newsrooms: an allow-list sanitiser (sanitize-html) over the story's
 * rendered HTML. Only p, h2/h3, ul/ol/li, blockquote, a, strong/em and (when asked)
 * figure/img/figcaption survive; every other tag is dropped with its text kept (a quotation's
 * caption becomes a paragraph), except scripts, media and form controls, dropped whole. No class, style, id or event
 * attribute survives; links and image sources become absolute http(s) URLs. Used by the
 * republish kit, the feeds' full content and the JSON twin.
 */
import sanitizeHtml from 'sanitize-html';

export const BLOCK_TAGS = ['p', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote'] as const;
export const INLINE_TAGS = ['a', 'strong', 'em'] as const;
export const IMAGE_TAGS = ['figure', 'img', 'figcaption'] as const;
/** Every tag the clean HTML may hold. */
export const ALLOWED_TAGS: readonly string[] = [...BLOCK_TAGS, ...INLINE_TAGS, ...IMAGE_TAGS];
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = { a: ['href'], img: ['src', 'alt', 'width', 'height'] };

/** Tags dropped with everything inside them. */
const DROP_WITH_CONTENT = ['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'button', 'iframe', 'object', 'embed', 'svg', 'math', 'video', 'audio', 'canvas', 'picture', 'source', 'head', 'title'];

export interface CleanOptions {
  /** Address of the page the HTML comes from: relative links are resolved against it. */
  pageUrl: string;
  /** Keep figure/img/figcaption (only for photos the press may reuse). Default false. */
  images?: boolean;
}

/** An absolute http(s) or mailto URL, or undefined for anything else (javascript:, data: …). */
export function absoluteUrl(href: string | undefined, base: string, schemes: readonly string[] = ['https:', 'http:', 'mailto:']): string | undefined {
  if (!href || !href.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return schemes.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const heading = (to: 'h2' | 'h3') => () => ({ tagName: to, attribs: {} });

export function cleanHtml(html: string, options: CleanOptions): string {
  const images = options.images ?? false;
  const allowedTags = images ? [...ALLOWED_TAGS] : [...BLOCK_TAGS, ...INLINE_TAGS];
  const out = sanitizeHtml(html, {
    allowedTags,
    allowedAttributes: images ? { a: ['href'], img: ['src', 'alt', 'width', 'height'] } : { a: ['href'] },
    allowedSchemes: ['https', 'http', 'mailto'],
    allowedSchemesByTag: { img: ['https', 'http'] },
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: DROP_WITH_CONTENT,
    transformTags: {
      h1: heading('h2'),
      h4: heading('h3'),
      h5: heading('h3'),
      h6: heading('h3'),
      b: 'strong',
      i: 'em',
      // (The tag name never changes here: sanitize-html would then close the wrong tag.)
      a: (_tag, attribs) => {
        const href = absoluteUrl(attribs.href, options.pageUrl);
        // A link that cannot be made safe keeps its words; the bare <a> is unwrapped below.
        const kept: Record<string, string> = href ? { href } : {};
        return { tagName: 'a', attribs: kept };
      },
      img: (_tag, attribs) => {
        const src = absoluteUrl(attribs.src, options.pageUrl, ['https:', 'http:']);
        if (!src) return { tagName: 'img', attribs: {} };
        const kept: Record<string, string> = { src, alt: attribs.alt ?? '' };
        if (/^\d+$/.test(attribs.width ?? '')) kept.width = attribs.width;
        if (/^\d+$/.test(attribs.height ?? '')) kept.height = attribs.height;
        return { tagName: 'img', attribs: kept };
      },
    },
    // Empty paragraphs, headings and list items left behind by dropped content.
    exclusiveFilter: (frame) =>
      (frame.tag === 'img' && !frame.attribs.src) ||
      (['p', 'h2', 'h3', 'li', 'blockquote', 'figcaption'].includes(frame.tag) && !frame.text.trim() && !frame.mediaChildren?.length),
  });
  // Bare <a> (its address was unsafe) unwrapped; <img … /> written as HTML, not XHTML.
  return tidy(wrapLooseText(out.replace(/<a>([\s\S]*?)<\/a>/g, '$1').replace(/<img([^>]*?)\s*\/>/g, '<img$1>')));
}

const TOKEN = /<(\/?)([a-z0-9]+)(?:\s[^>]*)?\/?>|[^<]+/g;
const TOP_BLOCKS = new Set(['p', 'h2', 'h3', 'ul', 'ol', 'blockquote', 'figure']);
const VOID = new Set(['img']);

/**
 * Wraps text and inline tags that stand outside any block (left behind by a dropped <div>,
 * <aside> or table) in <p>, so the clean HTML is all blocks. Works on sanitize-html's output,
 * where only allow-listed tags remain and text is escaped.
 */
export function wrapLooseText(html: string): string {
  let depth = 0;
  let open = false;
  let out = '';
  for (const m of html.matchAll(TOKEN)) {
    const [token, closing, tag] = m;
    const isTag = tag !== undefined;
    if (depth === 0 && !closing && (!isTag || !TOP_BLOCKS.has(tag))) {
      if (!isTag && !token.trim()) {
        out += token;
        continue;
      }
      if (!open) {
        out += '<p>';
        open = true;
        if (!isTag) {
          out += token.trimStart();
          continue;
        }
      }
    }
    if (depth === 0 && isTag && !closing && TOP_BLOCKS.has(tag) && open) {
      out = out.replace(/\s*$/, '') + '</p>';
      open = false;
    }
    out += token;
    if (isTag && !VOID.has(tag)) depth += closing ? -1 : token.endsWith('/>') ? 0 : 1;
    if (depth < 0) depth = 0;
  }
  if (open) out = out.replace(/\s*$/, '') + '</p>';
  return out;
}

/** One block per line (easier to read in the kit's text box), no blank runs. */
export function tidy(html: string): string {
  return html
    .replace(/>\s+</g, (m) => (m.includes('\n') ? '>\n<' : m))
    .replace(/(<\/(?:p|h2|h3|ul|ol|li|blockquote|figure|figcaption)>)(?!\n)/g, '$1\n')
    .replace(/(<(?:ul|ol|blockquote|figure)>)(?!\n)/g, '$1\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
