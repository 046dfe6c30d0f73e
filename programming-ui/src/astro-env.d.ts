// Mirrors the `env.schema` in astro.config.mjs. Astro generates the same declaration into
// .astro/ on `astro sync`/`build`; declaring it here lets `tsc` pass on a fresh checkout,
// which is why tsconfig.json includes only src/.
declare module 'astro:env/server' {
  export const API_INTERNAL_URL: string;
  export const BATTLE_API_INTERNAL_URL: string;
}
