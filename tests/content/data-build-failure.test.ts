// The build loads the data layer with loadAllTables('content/data'); a broken copy of the real data
// must make that same call fail with a message naming the file, the row and the field.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadAllTables } from '~/lib/data';

const copyOfData = () => {
  const dir = mkdtempSync(join(tmpdir(), 'seh-data-'));
  cpSync('content/data', dir, { recursive: true });
  return dir;
};

describe('a bad data file fails the build', () => {
  it('loads the real data cleanly', () => {
    expect(loadAllTables('content/data').length).toBe(11);
  });

  it('names file, row and field when a number becomes text', () => {
    const dir = copyOfData();
    const file = join(dir, '001-table-1.yaml');
    const text = readFileSync(file, 'utf8');
    const broken = text.replace('sigmaSPerCm: { value: 7.0e-4,', 'sigmaSPerCm: { value: "seven",');
    expect(broken).not.toBe(text);
    writeFileSync(file, broken);
    expect(() => loadAllTables(dir)).toThrowError(/001-table-1\.yaml: row \d+ \(id "[^"]+"\): field sigmaSPerCm\.value/);
  });

  it('names the table when a reference id does not resolve', () => {
    const dir = copyOfData();
    const refs = JSON.parse(readFileSync(join(dir, 'references.json'), 'utf8')) as { id: string }[];
    writeFileSync(join(dir, 'references.json'), JSON.stringify(refs.filter((r) => r.id !== '001-48')));
    expect(() => loadAllTables(dir)).toThrowError(/001-table-1\.yaml: row \d+ \(id "latp-al-0\.3"\).*001-48/);
  });
});
