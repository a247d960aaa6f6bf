/**
 * Wraps a content loader so the Astro collection holds entries with a page only (published or
 * withdrawn, src/lib/publication.ts): drafts, scheduled and removed (gone, expired) entries are
 * dropped. The site model already filters pages, but Astro emits every image a collection
 * entry references, so a draft's photo would otherwise be copied to dist/ as is (GPS
 * included): measured, see tests. A removed entry's body is never rendered either.
 */
import type { Loader } from 'astro/loaders';
import { isPublic, type Publishable } from '../lib/publication.ts';

export function publicOnly(inner: Loader, clock: Date): Loader {
  return {
    name: `${inner.name}-public-only`,
    load: async (context) => {
      await inner.load(context);
      for (const [id, entry] of context.store.entries()) {
        if (!isPublic(entry.data as Publishable, clock)) context.store.delete(id);
      }
    },
  };
}
