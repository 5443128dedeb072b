// Bibliography lookups for citations, at build time.
import { distinctLabels, type CslEntry } from '~/lib/citations';
import { allReferences } from './data';

let byId: Map<string, CslEntry> | undefined;

/** Look up a reference by id; throws (failing the build) with the page that asked for a missing one. */
export function getReference(id: string, page: string): CslEntry {
  byId ??= new Map(allReferences().map((entry) => [entry.id, entry as CslEntry]));
  const entry = byId.get(id);
  if (!entry) throw new Error(`Unknown citation id "${id}" on ${page}: add it to content/data/references.json`);
  return entry;
}

let labels: Map<string, string> | undefined;

/** The in-text label of a reference, with a letter after the year where two works would share it. */
export function citationLabel(id: string): string {
  labels ??= distinctLabels(allReferences() as CslEntry[]);
  const label = labels.get(id);
  if (!label) throw new Error(`Unknown citation id "${id}"`);
  return label;
}
