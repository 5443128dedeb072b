/** CSL-JSON subset used by content/data/references.json (zod 4). */
import { z } from 'zod';

export const cslName = z.union([
  z.object({ family: z.string().min(1), given: z.string().min(1).optional() }).strict(),
  z.object({ literal: z.string().min(1) }).strict(),
]);

export const cslEntry = z
  .object({
    // review-00N: a source review; <review>-<number>: an entry of that review's reference list;
    // author + year (e.g. maier2004): a textbook or paper the handbook cites directly.
    id: z.string().regex(/^(review-00[1-4]|00[1-4]-\d+[a-z]?|[a-z]+\d{4}[a-z]?)$/, 'id must be review-00N, <review>-<number> or author+year'),
    type: z.enum(['article-journal', 'book', 'chapter', 'thesis', 'report', 'document']),
    author: z.array(cslName).optional(),
    editor: z.array(cslName).optional(),
    title: z.string().min(1).optional(),
    'container-title': z.string().min(1).optional(),
    publisher: z.string().min(1).optional(),
    volume: z.string().min(1).optional(),
    page: z.string().min(1).optional(),
    issued: z.object({ 'date-parts': z.array(z.array(z.number().int()).min(1)).min(1) }).strict().optional(),
    DOI: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'DOI must look like 10.xxxx/…').optional(),
    ISBN: z.string().regex(/^[0-9-]{10,17}X?$/).optional(),
    edition: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

export const referenceList = z.array(cslEntry);

export type CslName = z.infer<typeof cslName>;
export type CslEntry = z.infer<typeof cslEntry>;
