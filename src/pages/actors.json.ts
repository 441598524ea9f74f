/** Every actor with what its page shows, as JSON (see src/lib/exports.ts). */
import type { APIContext } from 'astro';
import { actorIndex } from '../lib/actor-index.ts';
import { actorExport } from '../lib/exports.ts';
import { sitePath } from '../lib/urls.ts';

export async function GET({ site }: APIContext) {
  const origin = new URL(sitePath(), site);
  const actors = [...(await actorIndex()).values()].map((summary) => actorExport(summary, origin));
  return Response.json({ actors });
}
