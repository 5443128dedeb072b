// Library messages are written for people, but a few name an input by its code name ("frequenciesHz[3]",
// "seriesResistanceAsBulk"). The workbench shows them with the words its own fields use.
const NAMES: [RegExp, string | ((...m: string[]) => string)][] = [
  [/\bfrequenciesHz\[(\d+)\]/g, (_, k) => `the frequency of point ${Number(k) + 1}`],
  [/\bzRealOhm\[(\d+)\]/g, (_, k) => `Z′ of point ${Number(k) + 1}`],
  [/\bzImagOhm\[(\d+)\]/g, (_, k) => `Z″ of point ${Number(k) + 1}`],
  [/\bfrequenciesHz\b/g, 'the frequency list'],
  [/\bzRealOhm\b/g, 'the Z′ list'],
  [/\bzImagOhm\b/g, 'the Z″ list'],
  [/\(set seriesResistanceAsBulk\)/g, '(tick "Use the series resistance as the bulk" below)'],
  [/\bseriesResistanceAsBulk\b/g, '"Use the series resistance as the bulk"'],
  [/\bthicknessCm\b/g, 'the thickness'],
  [/\bareaCm2\b/g, 'the electrode area'],
  [/\binitialGuess\b/g, 'the starting values'],
  [/\btemperatureK\b/g, 'the temperature'],
  [/\blambda\b/g, 'λ'],
  [/\bresistanceOhm\b/g, 'a fitted resistance'],
  [/\bcapacitanceF\b/g, 'an effective capacitance'],
  [/\bcpeQ\b/g, 'a CPE coefficient Q'],
  [/\bcpeAlpha\b/g, 'a CPE exponent α'],
];

/** The message with code names replaced and its first letter capitalised. */
export function readable(message: string): string {
  let text = message;
  for (const [pattern, words] of NAMES) text = text.replace(pattern, words as never);
  return text.replace(/^[a-z]/, (c) => c.toUpperCase());
}

/** A readable message continuing a sentence after a colon: a leading ordinary word lower-cased ("The spectrum" →
 *  "the spectrum"), element names such as R0, CPE1 or Wo1 left as they are. */
export function afterColon(message: string): string {
  return readable(message).replace(/^[A-Z](?=[a-z]+[\s,:])/, (c) => c.toLowerCase());
}
