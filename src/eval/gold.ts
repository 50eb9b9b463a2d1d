/**
 * The gold corpus format of ../shared/corpus/ANNOTATION.md, read with validation so a
 * malformed line names its file and line.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CATEGORIES, QUALIFIERS, SCOPES } from '../domain.js';

export const GoldClaimSchema = z.object({
  category: z.enum(CATEGORIES),
  low: z.number().nullable(),
  high: z.number().nullable(),
  estimate: z.number(),
  qualifier: z.enum(QUALIFIERS),
  hedged: z.boolean(),
  who: z.string(),
  source: z.string(),
  place: z.string(),
  as_of: z.string().nullable(),
  /** Absent in the recall sets, which annotate killed and injured figures only. */
  scope: z.enum(SCOPES).optional(),
  span: z.string(),
});
export type GoldClaim = z.infer<typeof GoldClaimSchema>;

export const GoldItemSchema = z.object({
  id: z.string(),
  url: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  text: z.string(),
  html: z.string().optional(),
  claims: z.array(GoldClaimSchema),
});
export type GoldItem = z.infer<typeof GoldItemSchema>;

export function readGold(path: string): GoldItem[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const items: GoldItem[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${i + 1}: not valid JSON`);
    }
    const parsed = GoldItemSchema.safeParse(json);
    if (!parsed.success)
      throw new Error(`${path}:${i + 1}: not a gold item (${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')})`);
    items.push(parsed.data);
  });
  return items;
}
