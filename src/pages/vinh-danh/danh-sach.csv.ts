// /vinh-danh/danh-sach.csv: every decision, newest first, each in its own order (as the decision pages).
import type { APIRoute } from 'astro';
import { getSite } from '../../model/site.ts';
import { CONTENT_TYPES, exportFile } from '../../lib/honor-export.ts';

export const GET: APIRoute = async () => {
  const { model, today } = getSite();
  return new Response(await exportFile(model, 'csv', undefined, today), { headers: { 'Content-Type': CONTENT_TYPES.csv } });
};
