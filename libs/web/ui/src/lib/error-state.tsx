import type { ReactNode } from 'react';
import { Notice } from './notice';

export interface ErrorStateProps {
  title: ReactNode;
  detail?: ReactNode;
  retryLabel?: string;
  onRetry?: () => void;
}

export function ErrorState({ title, detail, retryLabel, onRetry }: ErrorStateProps) {
  return (
    <Notice
      tone="error"
      title={title}
      action={
        onRetry && retryLabel ? (
          <button type="button" className="ita-button ita-button--secondary" onClick={onRetry}>
            {retryLabel}
          </button>
        ) : undefined
      }
    >
      {detail}
    </Notice>
  );
}
