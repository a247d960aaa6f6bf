/**
 * The share card (og:image), 1200×630: what kind of page, the title, the campaign, the site.
 * Pure: returns the element tree satori lays out (plain objects, no JSX). Colours follow the
 * site's palette (src/styles/global.css); white on the dark red is 10.4:1.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the layout changes: cached images of the old layout are then redrawn. */
export const LAYOUT_VERSION = 'the-chia-se-1';

export interface ShareCard {
  /** "Người tốt, việc tốt", "Phong trào thi đua", "Vinh danh". */
  kind: string;
  title: string;
  /** The campaign (or, for a decision, the deciding body). */
  subtitle?: string;
  siteName: string;
  /** "bang-vang.example". */
  host: string;
}

export const FONT_FAMILY = 'BVP latin, BVP vietnamese, BVP latin-ext';

const COLORS = { background: '#7d0f12', band: '#a3161a', gold: '#ffcf5c', ink: '#ffffff', soft: '#f6e7c8' } as const;

/** Cuts text at a word boundary to at most `max` characters, with "…". */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** Title size by length, so a long headline still fits in four lines. */
export function titleSize(title: string): number {
  const n = title.length;
  if (n <= 50) return 68;
  if (n <= 90) return 58;
  if (n <= 140) return 48;
  return 42;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const box = (style: Record<string, unknown>, children?: unknown): Node => ({ type: 'div', props: { style, children } });

export function cardTree(card: ShareCard): Node {
  const title = clip(card.title, 200);
  const subtitle = card.subtitle && clip(card.subtitle, 150);
  return box(
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'row', backgroundColor: COLORS.background, fontFamily: FONT_FAMILY, color: COLORS.ink },
    [
      box({ width: 24, height: CARD_HEIGHT, backgroundColor: COLORS.gold }),
      box({ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '56px 64px 44px 56px' }, [
        box({ display: 'flex', flexDirection: 'column' }, [
          box({ display: 'flex', fontSize: 28, fontWeight: 700, color: COLORS.gold, letterSpacing: 1, textTransform: 'uppercase', marginBottom: 22 }, card.kind),
          box({ display: 'block', width: CARD_WIDTH - 24 - 120, fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.18, lineClamp: 4 }, title),
          subtitle ? box({ display: 'block', width: CARD_WIDTH - 24 - 120, fontSize: 30, fontWeight: 400, lineHeight: 1.3, color: COLORS.soft, marginTop: 24, lineClamp: 2 }, subtitle) : null,
        ].filter(Boolean)),
        box({ display: 'flex', flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end', borderTop: `2px solid ${COLORS.band}`, paddingTop: 20 }, [
          box({ display: 'flex', fontSize: 34, fontWeight: 700 }, card.siteName),
          box({ display: 'flex', fontSize: 24, fontWeight: 400, color: COLORS.soft }, card.host),
        ]),
      ]),
    ],
  );
}
