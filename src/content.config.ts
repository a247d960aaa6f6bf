/**
 * Astro content collections, wired to the same Zod schemas and the same entry ids as the
 * site model (src/model). Pages read validated, cross-checked data from the site model and
 * use these collections to render Markdown bodies.
 */
import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { z } from 'zod';
import { awardFormSchema } from './schemas/award-forms.ts';
import { campaignSchema } from './schemas/campaigns.ts';
import { localitySchema } from './schemas/localities.ts';
import { planSchema } from './schemas/plans.ts';
import { settingsSchema } from './schemas/settings.ts';
import { storySchema } from './schemas/stories.ts';
import { entryId } from './model/entry-id.ts';
import { contentDirFromEnv } from './model/site-model.ts';
import { buildInstant } from './lib/clock.ts';
import { publicOnly } from './integrations/public-only-loader.ts';

const contentDir = contentDirFromEnv();
const markdown = (folder: string) =>
  glob({ base: `${contentDir}/${folder}`, pattern: '**/*.{md,mdx}', generateId: ({ entry }) => entryId(entry) });

export const collections = {
  settings: defineCollection({
    loader: () => [{ id: 'site', ...parse(readFileSync(`${contentDir}/settings.yaml`, 'utf8')) }],
    schema: settingsSchema.extend({ id: z.literal('site') }),
  }),
  localities: defineCollection({ loader: file(`${contentDir}/localities.yaml`), schema: localitySchema }),
  awardForms: defineCollection({ loader: file(`${contentDir}/award-forms.yaml`), schema: awardFormSchema }),
  // Only entries with a page (published, withdrawn) enter a collection: src/lib/publication.ts.
  plans: defineCollection({ loader: publicOnly(markdown('plans'), buildInstant()), schema: planSchema }),
  campaigns: defineCollection({ loader: publicOnly(markdown('campaigns'), buildInstant()), schema: campaignSchema }),
  // Photos go through image() so Astro's sharp pipeline re-encodes them (no EXIF, no GPS).
  stories: defineCollection({
    // Drafts, embargoed and removed stories never enter the collection, so none of their files is emitted.
    loader: publicOnly(glob({ base: `${contentDir}/stories`, pattern: '**/index.{md,mdx}', generateId: ({ entry }) => entryId(entry) }), buildInstant()),
    schema: ({ image }) => storySchema(image()),
  }),
};
