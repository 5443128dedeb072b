export * from './validate';
export * from './load';
export * from './format';
export * from './printed';
export * from './formula-tex';
