/**
 * Share images (og:image), 1200×630 PNG, one per story, campaign and award decision:
 * /anh-chia-se/<kind>/<id>.png. Drawn at build time (src/lib/share-image), cached by content hash.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../model/site.ts';
import { shareTargets } from '../../lib/share-image/cards.ts';
import { shareImage } from '../../lib/seo/assets.ts';
import type { ShareKind } from '../../lib/seo/urls.ts';

export const getStaticPaths = (() =>
  shareTargets(getSite().model).map((t) => ({ params: { slug: `${t.kind}/${t.id}` }, props: t }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { kind, id } = props as { kind: ShareKind; id: string };
  const { png } = await shareImage(kind, id);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
