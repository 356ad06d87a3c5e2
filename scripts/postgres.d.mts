export function findPostgresBin(): string | null;
export const POSTGRES_MISSING: string;
