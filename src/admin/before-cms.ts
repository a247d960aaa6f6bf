/**
 * Runs before Sveltia CMS is loaded (main.ts imports it first; ES modules run in import order).
 *
 * 1. Vietnamese interface: Sveltia picks its language from the browser, or from the choice saved in
 *    its settings under this key, read as soon as the CMS module loads. Until someone picks a
 *    language there, editors here get Vietnamese whatever their browser's language is.
 * 2. Nothing from other hosts: the CMS polls the public status pages of GitHub and GitLab
 *    (www.githubstatus.com, status-api.hostedstatus.com) and, outside its npm build, unpkg.com and
 *    cdn.jsdelivr.net. Those requests are refused here before they leave the browser (the CMS
 *    treats the status as unknown and hides the indicator), so /admin/ talks only to this site and
 *    to the Git host's API (api.github.com or gitlab.com) once an editor signs in.
 */
export const PREFS_KEY = 'sveltia-cms.prefs';

export const BLOCKED_HOSTS = ['www.githubstatus.com', 'status-api.hostedstatus.com', 'unpkg.com', 'cdn.jsdelivr.net'];

try {
  const prefs = JSON.parse(localStorage.getItem(PREFS_KEY) || '{}') as Record<string, unknown>;
  if (!prefs.locale || prefs.locale === 'auto') localStorage.setItem(PREFS_KEY, JSON.stringify({ ...prefs, locale: 'vi' }));
} catch {
  // Storage blocked: the CMS follows the browser's language.
}

const nativeFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (BLOCKED_HOSTS.includes(url.hostname)) return Promise.reject(new TypeError(`/admin/ không gọi tới ${url.hostname}`));
  return nativeFetch(input, init);
};
