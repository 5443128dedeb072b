import { z } from 'astro/zod';

/** Extra frontmatter for handbook chapters, on top of Starlight's docs schema. */
export const chapterFrontmatter = z.object({
  /** Learning aims, 3–5 for a chapter: "after this page you can …". */
  aims: z.array(z.string().min(10)).max(6).optional(),
  /** Pages to read first. */
  prerequisites: z.array(z.object({ label: z.string(), link: z.string().startsWith('/') })).optional(),
  /** Bibliography ids (content/data/references.json) this page draws on. */
  sources: z.array(z.string()).optional(),
});
