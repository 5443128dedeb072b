// The spectra on the workbench (never in the link): read from files or pasted text in the worker, or the
// samples; each with its temperature field. Which sample is loaded is the link's "s" key.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SeriesSpectrum } from '~/lib/eis/series';
import { formatSig, withPrefix } from '~/lib/format';
import type { CalculatorState } from '../shared/useCalculatorState';
import { run } from './jobs';
import type { InputMessage } from './SpectrumInput';

export interface Loaded extends SeriesSpectrum { id: string; name: string }
export type Source = 'pellet' | 'series' | 'files' | 'none';

/** Largest file read (the parser itself stops at 10⁶ points). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Most spectra in one series (as the series fit accepts). */
const MAX_FILES = 60;
const C0 = 273.15;

/** A file name fit to show: printable characters only, at most 40. */
export const shownName = (name: string): string => {
  const clean = name.replace(/[^\p{L}\p{N} ._()+\-]/gu, '').trim();
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean || 'the file';
};

/** Temperature field text for T in K, in the unit of the menu. */
export const temperatureText = (kelvin: number, unit: string): string => String(Number((unit === 'K' ? kelvin : kelvin - C0).toFixed(2)));

/** A sample's label with a real minus sign in its temperature. */
const sampleName = (label: string): string => label.replace(/(^|\s)-(?=\d)/g, '$1−');

let files = 0;

export function useSpectra(state: CalculatorState, seed: SeriesSpectrum | null) {
  const v = state.values;
  const [data, setData] = useState<{ source: Source; spectra: Loaded[] }>(() => (seed ? { source: 'pellet', spectra: [{ ...seed, id: 'pellet', name: sampleName(seed.label ?? 'sample') }] } : { source: 'none', spectra: [] }));
  const [temps, setTemps] = useState<Record<string, string>>(() => (seed ? { pellet: temperatureText(seed.temperatureK, v.Tu!) } : {} as Record<string, string>));
  const [shown, setShown] = useState(0);
  const [messages, setMessages] = useState<InputMessage[]>([]);
  const [reading, setReading] = useState(false);
  const wanted = useRef<Source>(data.source);

  const put = (source: Source, spectra: Loaded[]) => {
    if (wanted.current !== source) return; // a later choice won
    setData({ source, spectra });
    setShown(0);
    setTemps(Object.fromEntries(spectra.filter((s) => s.temperatureK > 0).map((s) => [s.id, temperatureText(s.temperatureK, v.Tu!)])));
  };

  // The sample named by the link (or the buttons, which set it).
  useEffect(() => {
    const s = v.s as Source;
    if (s === data.source || (s === 'none' && data.source === 'files')) return;
    wanted.current = s;
    if (s === 'none') put('none', []);
    else if (s === 'pellet' && seed) put('pellet', [{ ...seed, id: 'pellet', name: sampleName(seed.label ?? 'sample') }]);
    else void run({ kind: 'sample', which: s as 'pellet' | 'series' }).then((list) => put(s, list.map((x, k) => ({ ...x, id: `${s}-${k}`, name: sampleName(x.label ?? `sample ${k + 1}`) }))));
  }, [v.s]);

  const read = async (inputs: { name: string; text: string }[], notes: InputMessage[]) => {
    const results = inputs.length ? await run({ kind: 'read', files: inputs }) : [];
    const loaded: Loaded[] = [];
    results.forEach((r, k) => {
      const name = shownName(inputs[k]!.name);
      if (!r.ok) return notes.push({ error: true, text: `${name}: ${r.message}` });
      const p = r.value;
      const f = p.frequenciesHz;
      const temperature = p.temperatureK === undefined ? '' : `, at ${formatSig(p.temperatureK - C0, 4)} °C`;
      notes.push({ error: false, text: `${name}: ${f.length} points from ${withPrefix(Math.max(...f), 'Hz')} to ${withPrefix(Math.min(...f), 'Hz')}, read as ${p.formatLabel}${temperature}.${p.warnings.slice(0, 3).map((w) => ` ${w}`).join('')}${p.warnings.length > 3 ? ` (and ${p.warnings.length - 3} more notes)` : ''}` });
      loaded.push({ frequenciesHz: p.frequenciesHz, zRealOhm: p.zRealOhm, zImagOhm: p.zImagOhm, temperatureK: p.temperatureK ?? 0, label: name, id: `f${++files}`, name });
    });
    setMessages(notes);
    setReading(false);
    if (loaded.length === 0) return;
    wanted.current = 'files';
    put('files', loaded);
    state.set('s', 'none');
  };

  const loadFiles = async (list: File[]) => {
    setReading(true);
    const notes: InputMessage[] = [];
    if (list.length > MAX_FILES) notes.push({ error: true, text: `${list.length} files were chosen; the first ${MAX_FILES} are read.` });
    const inputs: { name: string; text: string }[] = [];
    for (const file of list.slice(0, MAX_FILES)) {
      const name = shownName(file.name);
      if (file.size > MAX_FILE_BYTES) notes.push({ error: true, text: `${name} is too large (${Math.round(file.size / 1048576)} MB); at most ${MAX_FILE_BYTES / 1048576} MB are read. Export the impedance data only.` });
      else {
        try {
          inputs.push({ name: file.name, text: await file.text() });
        } catch {
          notes.push({ error: true, text: `${name} could not be read.` });
        }
      }
    }
    await read(inputs, notes);
  };

  const loadText = (text: string) => {
    setReading(true);
    void read([{ name: 'pasted table', text }], []);
  };

  /** Switch the temperature unit, converting what the fields hold. */
  const setUnit = (unit: string) => {
    const from = v.Tu;
    setTemps((t) => Object.fromEntries(Object.entries(t).map(([id, text]) => {
      const x = Number(text);
      return [id, text.trim() === '' || !Number.isFinite(x) ? text : temperatureText(from === 'K' ? x : x + C0, unit)];
    })));
    state.set('Tu', unit);
  };

  return {
    data, shown: Math.min(shown, Math.max(data.spectra.length - 1, 0)), setShown, temps, setTemp: (id: string, text: string) => setTemps((t) => ({ ...t, [id]: text })),
    setUnit, messages, reading, loadFiles, loadText,
  };
}
