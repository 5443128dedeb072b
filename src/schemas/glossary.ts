/**
 * Schema of the glossary (content/data/glossary/glossary.yaml; in a subfolder so that loadAllTables, which reads every *.yaml of content/data as a table, skips it): a YAML list of entries, one per term.
 *
 * Text fields are plain text (no Markdown, no HTML), because the definition is also shown as a
 * hover preview in a link's title attribute. Formulas use Unicode sub- and superscripts.
 */
import { z } from 'zod';

/** A root-relative link to a page of the site, optionally with a heading anchor: /part/page/ or /part/page/#heading. */
export const glossaryLink = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)+(?:#[^\s#]+)?$/, 'must be a root-relative page link with a trailing slash, e.g. /fundamentals/ion-transport/ or /fundamentals/ion-transport/#some-heading');

const plainText = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} must not be empty`)
    .refine((s) => !/[<>{}]/.test(s), `${what} must be plain text (no <, >, { or })`);

export const glossaryEntry = z
  .object({
    /** The term as it is shown and matched in text, e.g. "LATP" or "space-charge layer". */
    term: plainText('term'),
    /** What an abbreviation stands for. */
    expansion: plainText('expansion').optional(),
    /** One to three sentences in our own words. The first sentence is the short hover definition. */
    definition: plainText('definition').refine((s) => s.length <= 600, 'definition must be at most 600 characters (1–3 sentences)'),
    /** Pages (and headings) where the term is explained; at least one. */
    seeAlso: z.array(glossaryLink).min(1, 'seeAlso needs at least one page link'),
    /** Other spellings or forms that should match in text (plurals, hyphenation, older names). */
    aliases: z.array(plainText('alias')).optional(),
    /**
     * Whether matching in text is case-sensitive. Left out, it follows the term: abbreviations
     * (an upper-case letter after the first character, e.g. "LATP", "LiTFSI") are case-sensitive,
     * ordinary words are not.
     */
    caseSensitive: z.boolean().optional(),
  })
  .strict();

export const glossaryFile = z.array(glossaryEntry).min(1, 'the glossary is empty');

export type GlossaryEntry = z.infer<typeof glossaryEntry>;
