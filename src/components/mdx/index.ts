/**
 * The only components an editor's MDX may use (the content guard refuses any other). Pages
 * pass this map to `<Content components={mdxComponents} />`; MDX files never import anything.
 */
import Callout from './Callout.astro';
import Quote from './Quote.astro';

export const mdxComponents = { Callout, Quote };
