export interface LoadingStateProps {
  label: string;
}

/** Announced politely to screen readers; shown as a spinner with its label. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div className="ita-loading" role="status" aria-live="polite">
      <span className="ita-loading__spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
