import { ValueTransformer } from 'typeorm';

/** `pg` returns numeric as a string (to keep precision); scores are numeric(5,2), safe as JS numbers. */
export const numericColumnTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
