/** Every relation between actors, with its evidence sentence (see src/lib/relation-export.ts). */
import type { APIContext } from 'astro';
import { relationExport } from '../lib/relation-export.ts';
import { relationLedger } from '../lib/relations.ts';
import { sitePath } from '../lib/urls.ts';

export async function GET({ site }: APIContext) {
  const origin = new URL(sitePath(), site);
  return Response.json({ relations: (await relationLedger()).map((row) => relationExport(row, origin)) });
}
