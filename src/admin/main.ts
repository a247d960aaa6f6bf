/**
 * The /admin/ application: Sveltia CMS from its npm package (bundled at build time by
 * src/integrations/cms.ts, served from /admin/, nothing from other hosts), in Vietnamese,
 * with this site's file formats, field types and MDX editor components, then started.
 */
// First: the language preference and the request guard must be in place before the CMS loads.
import './before-cms.ts';
import CMS from '@sveltia/cms';
import { EDITOR_COMPONENTS } from './editor-components.ts';
import { FORMATS } from './formats.ts';
import { registerWidgets } from './widgets.ts';

for (const format of Object.values(FORMATS)) {
  CMS.registerCustomFormat(format.name, format.extension, { fromFile: format.fromFile, toFile: format.toFile });
}
registerWidgets(CMS as never);
for (const component of EDITOR_COMPONENTS) CMS.registerEditorComponent(component as never);
void CMS.init();
