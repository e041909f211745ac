export * from './app-error';
export * from './request-loader';
export * from './app-error.filter';
export * from './json.scalar';
export * from './selected-field-names';
export * from './bytes-by-key';
