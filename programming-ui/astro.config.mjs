// @ts-check
import node from '@astrojs/node';
import svelte from '@astrojs/svelte';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, envField } from 'astro/config';

// `astro dev` has no NGINX in front, so the browser's same-origin /api calls are proxied here.
const devApiTarget = process.env.API_INTERNAL_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  integrations: [svelte()],
  env: {
    schema: {
      // Where the UI's server reaches programming-api directly (not through NGINX).
      // `secret` is what makes Astro read it at runtime; `public` would bake it in at build.
      API_INTERNAL_URL: envField.string({
        context: 'server',
        access: 'secret',
        default: 'http://127.0.0.1:4000',
        url: true,
      }),
      // Where it reaches a battle-api process (the rating boards), likewise directly.
      BATTLE_API_INTERNAL_URL: envField.string({
        context: 'server',
        access: 'secret',
        default: 'http://127.0.0.1:4200',
        url: true,
      }),
    },
  },
  vite: {
    plugins: [tailwindcss()],
    server: { proxy: { '/api': { target: devApiTarget, changeOrigin: false } } },
  },
});
