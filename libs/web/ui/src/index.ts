import './lib/ui.css';

export { Card } from './lib/card';
export type { CardProps } from './lib/card';
export { DataTable } from './lib/data-table';
export type { DataTableColumn, DataTableProps } from './lib/data-table';
export { ErrorState } from './lib/error-state';
export type { ErrorStateProps } from './lib/error-state';
export { LoadingState } from './lib/loading-state';
export type { LoadingStateProps } from './lib/loading-state';
export { Notice } from './lib/notice';
export type { NoticeProps } from './lib/notice';
export { Stat } from './lib/stat';
export type { StatProps } from './lib/stat';
export { countGraphemes, splitGraphemes, splitWords, wrapLabel, wrapLabelText } from './lib/wrap-label';
export type { WrapLabelOptions } from './lib/wrap-label';
