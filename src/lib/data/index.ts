export * from './validate';
export * from './load';
export * from './format';
export * from './printed';
