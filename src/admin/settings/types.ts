/**
 * The shapes of the option and of the notfound/v1 routes behind this screen (includes/Settings,
 * includes/Display/StatusController.php, includes/Hub).
 */

/** The option `notfound_settings`, every field: core's /wp/v2/settings saves it whole. */
export interface SettingsValues {
	hub_mode: boolean;
	hub_url: string;
	hub_public_key: string;
	regions: string[];
	geo_cdn_header: boolean;
	geo_database: boolean;
	trusted_proxies: string[];
	default_country: string;
	max_age_minutes: number;
	refresh_minutes: number;
	poster_count: number;
	takeover: boolean;
	autoplay: boolean;
	interval: number;
	intro_text: string;
	count_displays: boolean;
	retention_days: number;
}

export type SettingsField = keyof SettingsValues;

/** An error message per field of the option. */
export type FieldErrors = Partial< Record< SettingsField, string > >;

/** What SettingsPage.php puts in the page, as `notfoundSettingsPage`. */
export interface PageData {
	attribution: string;
	hubMode: boolean;
	siteLocale: string;
	adminLocale: string;
	countries: string[];
}

/** GET /notfound/v1/status. Times are Unix seconds. */
export interface SyncStatus {
	fresh: boolean;
	confirmed_at: number | null;
	last_attempt_at: number | null;
	next_sync_at: number | null;
	last_error: string;
	failures: number;
	stored: number;
	by_country: Record< string, number >;
	dropped: Record< string, string >;
	hub_url: string;
	pinned_key_id: string | null;
}

/** GET /notfound/v1/displays: this site's counted poster displays, and their report to the hub. */
export interface DisplaySummary {
	counting: boolean;
	today: number;
	last_7_days: number;
	last_30_days: number;
	report: {
		registered: boolean;
		reported_through: string | null;
		last_report_at: number | null;
		last_error: string;
	};
}

/** POST /notfound/v1/hub/verify. */
export interface HubVerification {
	public_key: string;
	key_id: string;
	signature_valid: boolean;
	posters: number;
}

/** GET /notfound/v1/key, and POST /notfound/v1/hub/key/rotate. */
export interface HubKey {
	public_key: string;
	key_id: string;
}

/** A partner organisation, as POST /notfound/v1/partners takes it (without id). */
export interface PartnerFields {
	slug: string;
	name: string;
	countries: string[];
	hotline: string;
	website: string;
	contact: string;
	import_url: string;
	/** How many active posters the organisation may have at once. */
	quota: number;
}

export interface Partner extends PartnerFields {
	id: number;
}
