/** Every actor with what its page shows, as JSON (see src/site/exports.ts). */
import type { APIContext } from 'astro';
import { actorIndex } from '../site/actor-index.ts';
import { actorsExport } from '../site/exports.ts';
import { sitePath } from '../site/urls.ts';

export async function GET({ site }: APIContext) {
  return Response.json(actorsExport((await actorIndex()).values(), new URL(sitePath(), site)));
}
