// The data explorer's pure logic: pooled rows, filters, interlayer map, Arrhenius lines, CSV.
export * from './pool';
export * from './interlayers';
export * from './view';
export * from './csv';
export * from './axes';
export * from './arrhenius-lines';
export * from './payload';
