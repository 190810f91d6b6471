/**
 * Periods as the REST route takes them: days (YYYY-MM-DD) in UTC, both ends included.
 */
export const PERIODS = [ 7, 30, 90, 365 ] as const;

export function isoDay( date: Date ): string {
	return date.toISOString().slice( 0, 10 );
}

/**
 * The last `days` days, today included.
 * @param days
 * @param today
 */
export function lastDays(
	days: number,
	today: Date = new Date()
): { from: string; to: string } {
	const from = new Date( today.getTime() - ( days - 1 ) * 86_400_000 );
	return { from: isoDay( from ), to: isoDay( today ) };
}
