import { describe, expect, it } from 'vitest';
import {
  GlossaryValidationError,
  findFirstUses,
  glossarySlug,
  hoverText,
  indexLetter,
  isAbbreviation,
  isCaseSensitive,
  parseGlossary,
  shortDefinition,
  sortGlossary,
  validateGlossary,
  type GlossaryEntry,
} from '~/lib/glossary';

const entry = (term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  term,
  definition: `Definition of ${term}.`,
  seeAlso: ['/fundamentals/ion-transport/'],
  ...extra,
});

const terms: GlossaryEntry[] = [
  entry('LATP'),
  entry('LISICON'),
  entry('thio-LISICON', { aliases: ['thio-LiSICON'] }),
  entry('NCM', { aliases: ['NMC', 'NCM811'] }),
  entry('Haven ratio'),
  entry('grain boundary', { aliases: ['grain boundaries'] }),
  entry('Li–In alloy', { aliases: ['Li–In'] }),
  entry('space-charge layer', { aliases: ['space charge layer'] }),
  entry('SEI'),
];

const uses = (text: string) => findFirstUses(text, terms).map((m) => [m.entry.term, m.text, m.index]);

describe('glossarySlug', () => {
  it('lower-cases and joins words with single hyphens', () => {
    expect(glossarySlug('Monroe–Newman criterion')).toBe('monroe-newman-criterion');
    expect(glossarySlug('N/P ratio')).toBe('n-p-ratio');
    expect(glossarySlug('sol–gel')).toBe('sol-gel');
    expect(glossarySlug('Li–In alloy')).toBe('li-in-alloy');
    expect(glossarySlug('Débye')).toBe('debye');
  });
});

describe('case rules', () => {
  it('treats strings with an inner capital as abbreviations', () => {
    expect(isAbbreviation('LATP')).toBe(true);
    expect(isAbbreviation('LiTFSI')).toBe(true);
    expect(isAbbreviation('thio-LISICON')).toBe(true);
    expect(isAbbreviation('Haven ratio')).toBe(false);
    expect(isAbbreviation('percolation')).toBe(false);
  });
  it('decides spelling by spelling', () => {
    const mci = entry('MCI', { aliases: ['mixed conducting interphase'] });
    expect(isCaseSensitive(mci)).toBe(true);
    expect(isCaseSensitive(mci, 'mixed conducting interphase')).toBe(false);
    expect(findFirstUses('Mixed conducting interphase, or mci, or MCI', [mci]).map((m) => m.text)).toEqual(['Mixed conducting interphase']);
    expect(findFirstUses('the mci and the MCI', [mci]).map((m) => [m.text, m.index])).toEqual([['MCI', 16]]);
  });
  it('lets an entry override the rule', () => {
    expect(isCaseSensitive(entry('Haven ratio', { caseSensitive: true }))).toBe(true);
    expect(isCaseSensitive(entry('LATP', { caseSensitive: false }))).toBe(false);
  });
});

describe('findFirstUses', () => {
  it('finds the first use of each term, in order of position', () => {
    expect(uses('The SEI grows. LATP is reduced; the SEI thickens and LATP cracks.')).toEqual([
      ['SEI', 'SEI', 4],
      ['LATP', 'LATP', 15],
    ]);
  });
  it('matches abbreviations case-sensitively and words case-insensitively', () => {
    expect(uses('latp and sei are not abbreviations here')).toEqual([]);
    expect(uses('The HAVEN RATIO, or haven ratio.')).toEqual([['Haven ratio', 'HAVEN RATIO', 4]]);
  });
  it('respects word boundaries but treats hyphens and brackets as boundaries', () => {
    expect(uses('LATPX and XLATP are not it')).toEqual([]);
    expect(uses('an LATP-based cell')).toEqual([['LATP', 'LATP', 3]]);
    expect(uses('(LATP)')).toEqual([['LATP', 'LATP', 1]]);
    expect(uses('NCM622 is a different grade')).toEqual([]);
    expect(uses('NCM811 cathodes')).toEqual([['NCM', 'NCM811', 0]]);
  });
  it('prefers the longest spelling where spellings overlap', () => {
    expect(uses('thio-LISICON differs from LISICON')).toEqual([
      ['thio-LISICON', 'thio-LISICON', 0],
      ['LISICON', 'LISICON', 26],
    ]);
    expect(uses('the thio-LiSICON family')).toEqual([['thio-LISICON', 'thio-LiSICON', 4]]);
  });
  it('matches aliases, plurals, any dash and any whitespace', () => {
    expect(uses('two grain boundaries')).toEqual([['grain boundary', 'grain boundaries', 4]]);
    expect(uses('SEIs form')).toEqual([['SEI', 'SEIs', 0]]);
    expect(uses('a Li-In anode')).toEqual([['Li–In alloy', 'Li-In', 2]]);
    expect(uses('the space\ncharge layer')).toEqual([['space-charge layer', 'space\ncharge layer', 4]]);
    expect(uses('a Li–In alloy foil')).toEqual([['Li–In alloy', 'Li–In alloy', 2]]);
  });
  it('reports offsets that slice back to the matched text, also after astral characters', () => {
    const text = '𝜎 of LATP₃ vs LATP';
    const [m] = findFirstUses(text, terms);
    expect(text.slice(m.index, m.index + m.text.length)).toBe('LATP');
    expect(m.index).toBe(text.lastIndexOf('LATP'));
  });
  it('returns nothing for no terms or no text', () => {
    expect(findFirstUses('LATP', [])).toEqual([]);
    expect(findFirstUses('', terms)).toEqual([]);
  });
  it('treats regex metacharacters in terms literally', () => {
    const special = [entry('N/P ratio'), entry('Li₆PS₅X (X = Cl)')];
    expect(findFirstUses('an N/P ratio of 2; Li₆PS₅X (X = Cl)', special).map((m) => m.entry.term)).toEqual(['N/P ratio', 'Li₆PS₅X (X = Cl)']);
    expect(findFirstUses('N.P ratio', special)).toEqual([]);
  });
});

describe('shortDefinition and hoverText', () => {
  it('takes the first sentence, not stopping at abbreviations or decimal formulas', () => {
    const e = entry('x', { definition: 'A thing, e.g. Li₁.₃Al₀.₃Ti₁.₇(PO₄)₃ at 10⁻³ S cm⁻¹. More text follows. And more.' });
    expect(shortDefinition(e)).toBe('A thing, e.g. Li₁.₃Al₀.₃Ti₁.₇(PO₄)₃ at 10⁻³ S cm⁻¹.');
    expect(hoverText({ ...e, expansion: 'the x' })).toBe('the x: A thing, e.g. Li₁.₃Al₀.₃Ti₁.₇(PO₄)₃ at 10⁻³ S cm⁻¹.');
  });
  it('returns a one-sentence definition whole', () => {
    expect(shortDefinition(entry('y', { definition: 'Only one sentence' }))).toBe('Only one sentence');
  });
});

describe('parseGlossary / validateGlossary', () => {
  const yaml = `
- term: LATP
  expansion: lithium aluminium titanium phosphate
  definition: A NASICON-type oxide. It conducts lithium.
  seeAlso: [/nasicon/structure/, /nasicon/structure/#latp-against-lagp]
  aliases: [Li-Al-Ti-P-O]
- term: Haven ratio
  definition: Tracer over charge diffusion coefficient.
  seeAlso: [/fundamentals/ion-transport/]
`;
  it('parses a valid file', () => {
    const entries = parseGlossary(yaml);
    expect(entries.map((e) => e.term)).toEqual(['LATP', 'Haven ratio']);
    expect(entries[0].seeAlso).toHaveLength(2);
  });
  it('names the term in every problem and collects all problems', () => {
    const bad = [
      { term: 'LATP', definition: '', seeAlso: ['/nasicon/structure/'] },
      { term: 'SEI', definition: 'ok', seeAlso: ['nasicon/structure'] },
      { term: 'CPE', definition: 'ok', seeAlso: ['/x/'], colour: 'red' },
      { definition: 'no term', seeAlso: ['/x/'] },
    ];
    try {
      validateGlossary(bad, 'g.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GlossaryValidationError);
      const issues = (e as GlossaryValidationError).issues;
      expect(issues.some((i) => i.includes('term "LATP"') && i.includes('definition'))).toBe(true);
      expect(issues.some((i) => i.includes('term "SEI"') && i.includes('seeAlso'))).toBe(true);
      expect(issues.some((i) => i.includes('term "CPE"'))).toBe(true);
      expect(issues.some((i) => i.includes('entry 4'))).toBe(true);
      expect(issues.every((i) => i.startsWith('g.yaml: '))).toBe(true);
    }
  });
  it('rejects markup in text fields, duplicate anchors and spellings claimed twice', () => {
    expect(() => validateGlossary([entry('A', { definition: 'has <b>html</b>' })])).toThrow(/term "A".*plain text/);
    expect(() => validateGlossary([entry('sol–gel'), entry('sol-gel')])).toThrow(/anchor #sol-gel is already used by term "sol–gel"/);
    expect(() => validateGlossary([entry('LGPS'), entry('LiGePS', { aliases: ['LGPS'] })])).toThrow(/"LGPS" is already claimed/);
  });
  it('rejects a file that is not a list, or not YAML', () => {
    expect(() => parseGlossary('term: LATP')).toThrow(GlossaryValidationError);
    expect(() => parseGlossary('- [unclosed')).toThrow(/not valid YAML/);
  });
});

describe('sortGlossary and indexLetter', () => {
  it('sorts alphabetically ignoring case', () => {
    expect(sortGlossary([entry('percolation'), entry('ASR'), entry('activation energy'), entry('Arrhenius equation')]).map((e) => e.term)).toEqual([
      'activation energy',
      'Arrhenius equation',
      'ASR',
      'percolation',
    ]);
  });
  it('gives the index letter', () => {
    expect(indexLetter('thio-LISICON')).toBe('T');
    expect(indexLetter('ε_r')).toBe('#');
    expect(indexLetter('Ångström')).toBe('A');
  });
});

// The site's glossary file (in a subfolder, so that loadAllTables does not read it as a data table): validates, is large enough, and every "Explained in" link points to an
// existing page and, where it names one, an existing heading anchor (slugged as Starlight does).
describe('content/data/glossary/glossary.yaml', async () => {
  const { existsSync, readFileSync } = await import('node:fs');
  const { default: GithubSlugger } = await import('github-slugger');
  const { loadGlossary } = await import('~/lib/glossary');
  const file = process.env.GLOSSARY_FILE ?? 'content/data/glossary/glossary.yaml';
  const pageFile = (page: string) => ['mdx', 'md'].map((ext) => `content/docs/${page.replace(/^\/|\/$/g, '') || 'index'}.${ext}`).find((f) => existsSync(f)) ?? `content/docs/${page.replace(/^\/|\/$/g, '')}/index.mdx`;
  const anchors = (path: string): Set<string> => {
    const slugger = new GithubSlugger();
    const ids = new Set<string>();
    let fenced = false;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (/^\s*```/.test(line)) fenced = !fenced;
      const heading = !fenced && line.match(/^#{2,6}\s+(.*?)\s*$/);
      if (heading) ids.add(slugger.slug(heading[1].replace(/\$[^$]*\$/g, '').replace(/[*_`]/g, '')));
    }
    return ids;
  };

  it.skipIf(!existsSync(file))('validates and has at least 60 entries', () => {
    expect(loadGlossary(file).length).toBeGreaterThanOrEqual(60);
  });

  it.skipIf(!existsSync(file))('links only to existing pages and headings', () => {
    const problems: string[] = [];
    for (const e of loadGlossary(file)) {
      for (const link of e.seeAlso) {
        const [page, anchor] = link.split('#');
        const path = pageFile(page);
        if (!existsSync(path)) problems.push(`${e.term}: no page for ${link}`);
        else if (anchor && !anchors(path).has(decodeURIComponent(anchor))) problems.push(`${e.term}: no heading #${anchor} on ${page}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
