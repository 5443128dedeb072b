// Where the data come in: drop or choose one or more instrument exports, paste a table, or try the samples.
// Everything is read in the browser; messages about a file sit beside the file chooser.
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';

export interface InputMessage { text: string; error: boolean }

interface Props {
  id: string;
  onFiles: (files: File[]) => void;
  onPaste: (text: string) => void;
  onSample: (which: 'pellet' | 'series') => void;
  messages: InputMessage[];
  busy: boolean;
}

const FORMATS = 'CSV or TSV tables with a header, Gamry .DTA, ZPlot/ZView .z, BioLogic EC-Lab .mpt, Autolab, CH Instruments, Parstat, PowerSuite and VersaStudio .par text exports';

export function SpectrumInput({ id, onFiles, onPaste, onSample, messages, busy }: Props): JSX.Element {
  const [over, setOver] = useState(false);
  const [pasted, setPasted] = useState('');
  const errors = messages.filter((m) => m.error);
  const notes = messages.filter((m) => !m.error);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) onFiles(files);
  };
  return (
    <>
      <div class={`eis-drop eis-wide${over ? ' eis-drop--over' : ''}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}>
        <label for={`${id}-file`}>Drop one or more exported spectra here, or choose them</label>
        <input id={`${id}-file`} type="file" multiple aria-describedby={`${id}-file-hint ${id}-file-status`}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const files = [...(input.files ?? [])];
            input.value = '';
            if (files.length) onFiles(files);
          }} />
        <p id={`${id}-file-hint`} class="calc-field__hint">
          <strong>Your data stays in this browser; nothing is uploaded.</strong> Read: {FORMATS}. Several files at different temperatures make a
          temperature series.
        </p>
        <div id={`${id}-file-status`} aria-live="polite">
          {busy && <p class="calc-field__hint">Reading…</p>}
          {errors.length > 0 && <ul class="calc-field__error eis-list" role="alert">{errors.map((m) => <li>{m.text}</li>)}</ul>}
          {notes.length > 0 && <ul class="calc-field__hint eis-list">{notes.map((m) => <li>{m.text}</li>)}</ul>}
        </div>
      </div>
      <details class="eis-wide eis-paste">
        <summary>Or paste a table: frequency, Z′, Z″ (one point a line)</summary>
        <div class="calc-field">
          <label for={`${id}-paste`}>Pasted spectrum</label>
          <textarea id={`${id}-paste`} rows={5} spellcheck={false} value={pasted} onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)} />
          <p><button type="button" disabled={!pasted.trim()} onClick={() => onPaste(pasted)}>Read the pasted table</button></p>
        </div>
      </details>
      <div class="eis-wide eis-samples">
        <span>Try sample data (made with the same library, LATP-like pellet):</span>
        <button type="button" onClick={() => onSample('pellet')}>Sample pellet spectrum</button>
        <button type="button" onClick={() => onSample('series')}>Sample temperature series</button>
      </div>
    </>
  );
}
