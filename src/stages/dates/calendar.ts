/** Calendar arithmetic on ISO days, in UTC. */

export const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** An ISO day at noon UTC. */
export const toDate = (day: string) => new Date(`${day}T12:00:00Z`);
/** The ISO day of a date, `days` later (or earlier). */
export const dayAfter = (d: Date, days: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + days)).toISOString().slice(0, 10);

/** Moves a year-less month/day to the year that puts it closest to the reference date. */
export function nearestYear(month: number, day: number, reference: Date): number {
  const ry = reference.getUTCFullYear();
  let best = ry;
  let bestGap = Infinity;
  for (const y of [ry - 1, ry, ry + 1]) {
    const gap = Math.abs(Date.UTC(y, month - 1, day) - reference.getTime());
    if (gap < bestGap) [best, bestGap] = [y, gap];
  }
  return best;
}
