/** Every actor with what its page shows, as JSON (see src/lib/exports.ts). */
import type { APIContext } from 'astro';
import { actorIndex } from '../lib/actor-index.ts';
import { actorsExport } from '../lib/exports.ts';
import { sitePath } from '../lib/urls.ts';

export async function GET({ site }: APIContext) {
  return Response.json(actorsExport((await actorIndex()).values(), new URL(sitePath(), site)));
}
