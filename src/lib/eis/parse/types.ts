/**
 * Types of the impedance-file readers: the result of a read, the error it throws, and the shape of
 * one format's reader.
 */
import { PhysicsInputError } from '../../errors';
import type { Spectrum } from '../types';

/** File formats the readers recognise. */
export type ImpedanceFormat =
  | 'csv'
  | 'gamry'
  | 'zplot'
  | 'biologic'
  | 'autolab'
  | 'chi'
  | 'parstat'
  | 'powersuite'
  | 'versastudio';

/** A spectrum read from a file. Z'' follows Z = Z' + jZ'' (capacitive Z'' < 0), whatever the file stores. */
export interface ParsedSpectrum extends Spectrum {
  format: ImpedanceFormat;
  /** Human-readable name of the format, e.g. "BioLogic EC-Lab text (.mpt)". */
  formatLabel: string;
  /** Everything the reader changed, skipped or could not check, in plain words. */
  warnings: string[];
  /** Sample temperature in K, only when the file's header states one with a unit. */
  temperatureK?: number;
  /** Header fields of the file (key → value as written), when the format has them. */
  metadata?: Record<string, string>;
}

/** One entry of the format list shown by the file chooser. */
export interface ImpedanceFormatInfo {
  format: ImpedanceFormat;
  label: string;
  /** File name endings, lower case with the dot, e.g. ".mpt". */
  extensions: string[];
}

/** A file that cannot be read as a spectrum. `line` is 1-based, absent when the problem is the whole file. */
export class ImpedanceFileError extends PhysicsInputError {
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super('file', line === undefined ? message : `Line ${line}: ${message}`);
    this.name = 'ImpedanceFileError';
    this.line = line;
  }
}

/** What a format reader hands back to the entry point. */
export interface ReadResult extends Spectrum {
  warnings: string[];
  metadata?: Record<string, string>;
  /** Replaces the reader's default label (e.g. a ZView file written by another program). */
  formatLabel?: string;
}

/** One format: how to recognise its content and how to read it. */
export interface FormatReader extends ImpedanceFormatInfo {
  /** True when `head` (the first few kB of the text) carries this format's marks. */
  detect: (head: string) => boolean;
  /** Reads the lines of the file (already split, without line endings). */
  read: (lines: string[]) => ReadResult;
}
