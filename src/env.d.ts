/// <reference types="astro/client" />

// For plain `tsc`: .astro files imported from .ts modules (astro check resolves them itself).
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
