// /vinh-danh/phong-trao/<id>/danh-sach.json: one campaign, in the order of its page (legal rank, then decision order).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../../model/site.ts';
import { campaignsWithDecisions } from '../../../../lib/honor-roll.ts';
import { CONTENT_TYPES, exportFile } from '../../../../lib/honor-export.ts';

export const getStaticPaths = (() => campaignsWithDecisions(getSite().model).map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { model, today } = getSite();
  return new Response(await exportFile(model, 'json', params.id, today), { headers: { 'Content-Type': CONTENT_TYPES.json } });
};
