import { describe, expect, it } from 'vitest';
import { authorYearLabel, distinctLabels, formatEntryText, pageCitation, sameWork, uniqueWorks, type CslEntry } from '~/lib/citations';

const paper = (over: Partial<CslEntry>): CslEntry => ({
  id: 'x', type: 'article-journal', author: [{ family: 'Martínez-Juárez', given: 'A.' }, { family: 'Pecharromán', given: 'C.' }, { family: 'Iglesias', given: 'J. E.' }],
  'container-title': 'J. Phys. Chem. B', volume: '102', page: '372–375', issued: { 'date-parts': [[1998]] }, ...over,
});

describe('citations', () => {
  it('labels by first author and year', () => {
    expect(authorYearLabel(paper({}))).toBe('Martínez-Juárez et al., 1998');
    expect(authorYearLabel(paper({ author: [{ family: 'Monroe' }, { family: 'Newman' }] }))).toBe('Monroe & Newman, 1998');
    expect(authorYearLabel(paper({ author: [] }))).toBe('Anon., 1998');
    expect(authorYearLabel(paper({ author: [], editor: [{ family: 'Barsoukov' }, { family: 'Macdonald' }] }))).toBe('Barsoukov & Macdonald, 1998');
  });
  it('treats the same paper listed by two reviews as one work', () => {
    const a = paper({ id: '001-56' });
    const b = paper({ id: '004-31', author: [{ family: 'Martinez-Juarez', given: 'A.' }], page: '372' });
    expect(sameWork(a, b)).toBe(true);
    expect(uniqueWorks([a, b]).map((e) => e.id)).toEqual(['001-56']);
  });
  it('keeps different papers by the same author and year apart', () => {
    expect(sameWork(paper({ id: 'a' }), paper({ id: 'b', volume: '103' }))).toBe(false);
    expect(sameWork(paper({ id: 'a', DOI: '10.1/a' }), paper({ id: 'b', DOI: '10.1/b' }))).toBe(false);
  });
  it('formats a full reference with citation-js', () => {
    const text = formatEntryText(paper({ DOI: '10.1021/jp972843z' }));
    expect(text).toContain('Martínez-Juárez, A.');
    expect(text).toContain('(1998)');
    expect(text).toContain('https://doi.org/10.1021/jp972843z');
  });
});

describe('distinct labels', () => {
  it('adds letters for different works with the same label and keeps one label for the same work', () => {
    const a = paper({ id: '001-1', volume: '1' });
    const b = paper({ id: '001-2', volume: '2' });
    const aAgain = paper({ id: '004-9', volume: '1' });
    const other = paper({ id: '003-5', author: [{ family: 'Kamaya' }] });
    const labels = distinctLabels([a, b, aAgain, other]);
    expect(labels.get('001-1')).toBe('Martínez-Juárez et al., 1998a');
    expect(labels.get('001-2')).toBe('Martínez-Juárez et al., 1998b');
    expect(labels.get('004-9')).toBe('Martínez-Juárez et al., 1998a');
    expect(labels.get('003-5')).toBe('Kamaya, 1998');
  });
  it('cites a handbook page by its address when the build knows it, else by its path', () => {
    const date = new Date(Date.UTC(2026, 11, 2));
    const withUrl = pageCitation({ title: 'Ion transport', url: 'https://handbook.example.org/fundamentals/ion-transport/', pathSlug: '/fundamentals/ion-transport/', date });
    expect(withUrl.text).toContain('https://handbook.example.org/fundamentals/ion-transport/');
    expect(withUrl.bibtex).toContain('url = {https://handbook.example.org/fundamentals/ion-transport/}');
    const bare = pageCitation({ title: 'Ion transport', pathSlug: '/fundamentals/ion-transport/', date });
    expect(bare.text).toMatch(/Ion transport\. Solid Electrolyte Handbook\. Page \/fundamentals\/ion-transport\/$/);
    expect(bare.bibtex).toContain('note = {Page /fundamentals/ion-transport/}');
    expect(bare.text + bare.bibtex).not.toMatch(/https?:/);
  });
});
