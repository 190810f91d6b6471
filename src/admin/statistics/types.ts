/**
 * The shapes behind the Statistics screen (includes/Admin/StatisticsPage.php, includes/Hub/Stats).
 */

/** What StatisticsPage.php puts in the page. */
export interface AppSettings {
	isAdmin: boolean;
	/** The user's WordPress locale, for country names and numbers. */
	locale: string;
	partners: { id: number; name: string }[];
}

/** The period and organisation asked for. */
export interface StatisticsQuery {
	from: string;
	to: string;
	partner: number | null;
}

/** GET /notfound/v1/statistics. */
export interface Statistics {
	from: string;
	to: string;
	partner: number | null;
	total: number;
	sites: number;
	per_day: { day: string; displays: number }[];
	by_country: { country: string; displays: number }[];
	top_posters: {
		id: string;
		name: string;
		partner: string;
		displays: number;
	}[];
}
