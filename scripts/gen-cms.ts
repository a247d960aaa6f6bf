// `npm run gen:cms [--check]`: writes the CMS configuration (public/admin/config.yml, served at
// /admin/config.yml) from the Zod schemas, the Vietnamese labels (src/admin/labels.ts) and the
// award-form vocabulary in content/. With --check, writes nothing and exits 1 when the committed
// file is out of date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { CONFIG_PATH, renderCmsConfig } from '../src/admin/cms-config.ts';

const check = process.argv.includes('--check');
const text = renderCmsConfig('content');
const current = existsSync(CONFIG_PATH) ? readFileSync(CONFIG_PATH, 'utf8') : undefined;
if (check) {
  if (current !== text) {
    console.error(`${CONFIG_PATH} đã cũ so với lược đồ: chạy "npm run gen:cms" rồi commit tệp này.`);
    process.exitCode = 1;
  } else {
    console.log(`${CONFIG_PATH}: khớp với lược đồ.`);
  }
} else if (current === text) {
  console.log(`${CONFIG_PATH}: không có gì thay đổi.`);
} else {
  writeFileSync(CONFIG_PATH, text);
  console.log(`Đã ghi ${CONFIG_PATH}.`);
}
