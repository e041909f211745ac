import type { ReactNode } from 'react';

export interface StatProps {
  label: ReactNode;
  value: ReactNode;
  hint?: ReactNode;
}

/** One headline figure with its label. */
export function Stat({ label, value, hint }: StatProps) {
  return (
    <div className="ita-stat">
      <div className="ita-stat__label">{label}</div>
      <div className="ita-stat__value">{value}</div>
      {hint && <div className="ita-stat__hint">{hint}</div>}
    </div>
  );
}
