// The (T, σ) data of the Arrhenius calculator: a textarea for pasted pairs and a file input that loads
// a CSV or text file into it. Messages (per line, from src/lib/arrhenius-points.ts) sit beside the field.
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { looksBinary, POINTS_MAX_CHARS } from '~/lib/arrhenius-points';
import { useIdScope } from '../shared/idScope';

interface Props {
  id: string;
  value: string;
  onInput: (text: string) => void;
  /** Problems with the text, each already worded for a person (with its line number). */
  errors: string[];
  /** What was read, e.g. "5 points read; header on line 2 skipped." */
  summary: string;
  /** Extra sentence for the hint, e.g. what the third and fourth columns hold. */
  uncertaintyHint?: string;
}

const MAX_SHOWN = 6;

/** A file name fit to show: printable characters only, at most 40. */
const shownName = (name: string) => {
  const clean = name.replace(/[^\p{L}\p{N} ._()\-]/gu, '');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean || 'the file';
};

export function PointsField({ id: localId, value, onInput, errors, summary, uncertaintyHint }: Props): JSX.Element {
  const id = useIdScope()(localId);
  const [fileMessage, setFileMessage] = useState<{ text: string; error: boolean } | null>(null);
  const hasError = errors.length > 0;
  const describedBy = [`${id}-hint`, `${id}-summary`, hasError && `${id}-error`].filter(Boolean).join(' ');

  const load = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > POINTS_MAX_CHARS * 4) {
      setFileMessage({ text: `${shownName(file.name)} is too large (${Math.ceil(file.size / 1024)} kB): at most ${POINTS_MAX_CHARS} characters are read. Keep the temperature and conductivity columns only, or fewer rows.`, error: true });
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setFileMessage({ text: `${shownName(file.name)} could not be read.`, error: true });
      return;
    }
    if (looksBinary(bytes)) {
      setFileMessage({ text: `${shownName(file.name)} is not a text file (a spreadsheet workbook, an instrument's own format or an image?), so it was not loaded. Save the temperature and conductivity columns as CSV or plain text and load that.`, error: true });
      return;
    }
    // UTF-8 where valid; otherwise the Windows Latin-1 that older spreadsheets write ("°C" as one byte).
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
    if (text.length > POINTS_MAX_CHARS) {
      setFileMessage({ text: `${shownName(file.name)} has ${text.length} characters; at most ${POINTS_MAX_CHARS} are read. Keep the temperature and conductivity columns only, or fewer rows.`, error: true });
      return;
    }
    onInput(text);
    setFileMessage({ text: `Loaded ${shownName(file.name)} into the box above.`, error: false });
  };

  return (
    <>
      <div class={`calc-field${hasError ? ' calc-field--error' : ''}`} style={{ gridColumn: '1 / -1' }}>
        <label for={id}>Measured points: temperature and conductivity, one pair per line</label>
        <textarea id={id} rows={8} spellcheck={false} autoComplete="off" value={value} aria-invalid={hasError ? 'true' : 'false'} aria-describedby={describedBy}
          onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)} />
        <p id={`${id}-hint`} class="calc-field__hint">
          Separate the two numbers by a comma, semicolon, tab or spaces (with a semicolon or tab a decimal comma is fine). A first line of
          column names is skipped; lines starting with # are comments. At most {POINTS_MAX_CHARS} characters.{uncertaintyHint ? ` ${uncertaintyHint}` : ''}
        </p>
        <p id={`${id}-summary`} class="calc-field__hint">{summary}</p>
        {hasError && (
          <ul id={`${id}-error`} class="calc-field__error" role="alert" style={{ paddingLeft: '1.25rem' }}>
            {errors.slice(0, MAX_SHOWN).map((e) => <li>{e}</li>)}
            {errors.length > MAX_SHOWN && <li>… and {errors.length - MAX_SHOWN} more.</li>}
          </ul>
        )}
      </div>
      <div class="calc-field" style={{ gridColumn: '1 / -1' }}>
        <label for={`${id}-file`}>Or load a CSV or text file with the same two columns</label>
        <input id={`${id}-file`} type="file" accept=".csv,.tsv,.txt,.dat,text/csv,text/plain,text/tab-separated-values" aria-describedby={fileMessage ? `${id}-file-status` : undefined}
          onChange={(e) => void load(e.currentTarget as HTMLInputElement)} />
        {fileMessage && <p id={`${id}-file-status`} class={fileMessage.error ? 'calc-field__error' : 'calc-field__hint'} role={fileMessage.error ? 'alert' : 'status'}>{fileMessage.text}</p>}
      </div>
    </>
  );
}
