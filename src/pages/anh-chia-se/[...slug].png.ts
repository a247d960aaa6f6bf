/**
 * Share images (og:image), 1200×630 PNG, one per story, campaign and award decision:
 * /anh-chia-se/<kind>/<id>.png. The dev server draws them here; a build copies them from the
 * cache in one go after the pages (src/integrations/share-images.ts), which costs a file copy per
 * image instead of an Astro route (measured at 5,000 stories: 17 s → under 1 s).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../model/site.ts';
import { shareTargets } from '../../lib/share-image/cards.ts';
import { shareImagePng } from '../../lib/seo/assets.ts';
import type { ShareKind } from '../../lib/seo/urls.ts';

export const getStaticPaths = (() =>
  import.meta.env.DEV ? shareTargets(getSite().model).map((t) => ({ params: { slug: `${t.kind}/${t.id}` }, props: t })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { kind, id } = props as { kind: ShareKind; id: string };
  return new Response(new Uint8Array(await shareImagePng(kind, id)), { headers: { 'Content-Type': 'image/png' } });
};
