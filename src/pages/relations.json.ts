/** Every relation between actors, with its evidence sentence (see src/site/relation-export.ts). */
import type { APIContext } from 'astro';
import { relationExport } from '../site/relation-export.ts';
import { relationLedger } from '../site/relations.ts';
import { sitePath } from '../site/urls.ts';

export async function GET({ site }: APIContext) {
  const origin = new URL(sitePath(), site);
  return Response.json({ relations: (await relationLedger()).map((row) => relationExport(row, origin)) });
}
