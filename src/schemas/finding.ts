/**
 * Schemas for the source audit (src/lib/audit): a finding, the hand-curated list of numbers stated in
 * the reviews' texts (content/data/audit/text-claims.yaml) and the optional notes on findings
 * (content/data/audit/audit-notes.yaml). zod 4.
 *
 * A finding is our own statement that a value in a data table looks wrong, with the evidence:
 * what the source prints, why that looks wrong, and (where a chapter, a flag or the original work
 * already settled it) what the original reference reports.
 */
import { z } from 'zod';
import { severity, tableId } from './table';

/** The five checks of the audit. */
export const auditCheck = z.enum([
  'arrhenius', // σ and Eₐ of one row imply an implausible Arrhenius prefactor
  'units', // a value sits in a column with another unit, or is printed in another unit
  'range', // a value lies outside the range of its class of material
  'duplicate', // the same material from the same work disagrees between two rows
  'text-claim', // the review's text states another number than its table
]);

/** A row elsewhere in the data layer that a finding compares against. */
export const relatedRow = z
  .object({
    tableId,
    rowId: z.string().min(1),
    field: z.string().min(1).optional(),
  })
  .strict();

export const finding = z
  .object({
    /** Stable id: `<check>:<table>:<row>:<field>` (plus a suffix where one row has several of a check). */
    id: z.string().regex(/^[a-z-]+:[0-9a-z-]+:[a-z0-9][a-z0-9.+-]*:[A-Za-z0-9.[\]-]+(?::[a-z0-9.-]+)?$/, 'malformed finding id'),
    severity,
    check: auditCheck,
    tableId,
    rowId: z.string().min(1),
    /** Column key, or a dotted path into a composite cell (e.g. `cycling.lifetimeH`), or `row`. */
    field: z.string().min(1),
    /** One line in our own words: what is wrong. */
    message: z.string().min(10),
    /** What the source prints (values as printed, never quoted sentences). */
    sourceSays: z.string().min(1),
    /** Why it looks wrong: the arithmetic or the comparison, in our words. */
    whyWrong: z.string().min(10),
    /** What the original reference reports, where a chapter or a flag has established it. */
    originalReports: z.string().min(1).optional(),
    /** Page of the handbook that discusses the problem, where one does (site path). */
    discussedAt: z.string().regex(/^\/[a-z0-9/#-]*$/).optional(),
    /** Numbers behind the finding (e.g. the implied prefactor), for tests and tooltips. */
    metric: z.record(z.string(), z.number()).optional(),
    related: z.array(relatedRow).optional(),
  })
  .strict();

export const findingList = z.array(finding);

// ------------------------------------------------------------- text claims

/**
 * A number (or a name) that a review's text states, with where it is stated (in our words) and the
 * table cell it should agree with. `field` is a column key, or a dotted path into a composite or a
 * list cell: `cycling.lifetimeH`, `performance[0].capacityMahPerG`, `ref` (compares the printed
 * reference number), a text column (compares the text).
 */
export const textClaim = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'claim id must be a lower-case slug'),
    review: z.enum(['review-001', 'review-002', 'review-003', 'review-004']),
    /** Section and paragraph in our own words; never a quoted sentence. */
    location: z.string().min(10),
    tableId,
    rowId: z.string().min(1),
    field: z.string().min(1),
    /** Numeric claim: value in the canonical unit of the field; `upper` closes a stated range. */
    value: z.number().finite().optional(),
    upper: z.number().finite().optional(),
    unit: z.string().min(1).optional(),
    /** How the text qualifies the number (about, more than, less than). */
    qualifier: z.enum(['approx', 'gt', 'lt']).optional(),
    /** Text claim (a name or a reference number) instead of a number. */
    text: z.string().min(1).optional(),
    /** Relative tolerance for agreement (default 0.01, i.e. rounding). */
    tolerance: z.number().positive().max(1).optional(),
    /** Severity when the claim disagrees; computed from the size of the gap when left out. */
    severity: severity.optional(),
    /** Our remark on the comparison (e.g. that the text value belongs to a different work). */
    note: z.string().min(10).optional(),
    /** Page of the handbook that discusses the disagreement. */
    discussedAt: z.string().regex(/^\/[a-z0-9/#-]*$/).optional(),
  })
  .strict()
  .refine((c) => (c.value === undefined) !== (c.text === undefined), {
    message: 'a claim needs exactly one of value or text',
    path: ['value'],
  })
  .refine((c) => c.upper === undefined || (c.value !== undefined && c.upper >= c.value), {
    message: 'upper needs a value not above it',
    path: ['upper'],
  });

export const textClaimFile = z.object({ claims: z.array(textClaim) }).strict();

// ------------------------------------------------------------- notes on findings

/** Hand-written addition to one finding, keyed by finding id. */
export const auditNote = z
  .object({
    /** What the original reference reports (with the bibliography id it comes from). */
    originalReports: z.string().min(5).optional(),
    /** Handbook page that discusses the finding. */
    discussedAt: z.string().regex(/^\/[a-z0-9/#-]*$/).optional(),
  })
  .strict();

export const auditNoteFile = z.object({ notes: z.record(z.string(), auditNote) }).strict();

export type AuditCheck = z.infer<typeof auditCheck>;
export type Finding = z.infer<typeof finding>;
export type RelatedRow = z.infer<typeof relatedRow>;
export type TextClaim = z.infer<typeof textClaim>;
export type AuditNote = z.infer<typeof auditNote>;
