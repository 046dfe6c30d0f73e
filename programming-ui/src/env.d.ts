/// <reference types="astro/client" />
/// <reference types="svelte" />
import type { Api } from './lib/api.ts';

declare global {
  namespace App {
    interface Locals {
      /** The request's API client, created by the middleware. */
      api: Api;
    }
  }
}
