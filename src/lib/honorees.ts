/**
 * Honoree identity: a stable id per person or collective so a profile gathers every honor and
 * story across decisions and years. Explicit `id` wins (that is how editors merge two spellings
 * or split two namesakes); otherwise the id is derived from name plus unit (or place).
 */
import type { Honor, Recipient } from '../schemas/honors.ts';
import { slugify } from './text.ts';

export function honoreeId(r: Recipient): string {
  return r.id ?? slugify([r.name, r.unit ?? r.locality].filter(Boolean).join(' '));
}

export interface HonoreeAward<H> {
  honor: H;
  /** Position in the decision's list (0-based). */
  index: number;
  recipient: Recipient;
}

export interface Honoree<H> {
  id: string;
  name: string;
  kind: Recipient['kind'];
  awards: HonoreeAward<H>[];
  /** Story ids linked from any of the awards, without repeats. */
  stories: string[];
}

/** Every honoree across decisions, in first-seen order of the given decisions. */
export function collectHonorees<H extends { data: Honor }>(honors: readonly H[]): Map<string, Honoree<H>> {
  const out = new Map<string, Honoree<H>>();
  for (const honor of honors) {
    honor.data.recipients.forEach((recipient, index) => {
      const id = honoreeId(recipient);
      const record = out.get(id) ?? { id, name: recipient.name, kind: recipient.kind, awards: [], stories: [] };
      record.awards.push({ honor, index, recipient });
      for (const s of recipient.stories) if (!record.stories.includes(s)) record.stories.push(s);
      out.set(id, record);
    });
  }
  return out;
}

export function isRevoked(h: Honor): boolean {
  return h.status !== 'in-force';
}
