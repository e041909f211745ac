/** Nest injection token for the open DatabaseConnection (real or embedded). */
export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');
