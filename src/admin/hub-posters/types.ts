/**
 * The shapes the hub's management REST routes answer with and accept (see includes/Hub).
 */

/** A poster as the public feed publishes it. */
export interface FeedPoster {
	id: string;
	first_name: string;
	last_name: string | null;
	date_of_birth: string | null;
	age_at_disappearance: number;
	missing_since: string;
	last_seen: {
		place: string;
		country: string;
		subdivision: string | null;
		lat: number;
		lon: number;
	};
	description: Record< string, string >;
	photos: Array< {
		url: string;
		width: number;
		height: number;
		alt: string;
	} >;
	case_url: string;
	hotline: string;
	partner: { name: string; website: string };
	expires: string;
}

export type PosterStatus = 'active' | 'withdrawn';

/** Why a poster was withdrawn: for audit only, never published. */
export type WithdrawalReason =
	'found' | 'consent_withdrawn' | 'expired' | 'other';

/** What the hub keeps of a withdrawn poster: nothing that identifies the child. */
export interface PosterTombstone {
	id: string;
	withdrawn_at: string;
	reason: WithdrawalReason;
}

interface ManagedPosterRow {
	id: string;
	partner_id: number;
	photo_ids: number[];
	/** The last day the poster runs (YYYY-MM-DD). */
	expires: string;
	modified: string;
}

export interface ActivePoster extends ManagedPosterRow {
	status: 'active';
	poster: FeedPoster;
}

export interface WithdrawnPoster extends ManagedPosterRow {
	status: 'withdrawn';
	poster: PosterTombstone;
}

/** One row of GET /notfound/v1/manage/posters. */
export type ManagedPoster = ActivePoster | WithdrawnPoster;

/** The body of POST /posters and PUT /posters/<id>. */
export interface PosterRequest {
	first_name: string;
	last_name: string | null;
	date_of_birth: string | null;
	age_at_disappearance: number;
	missing_since: string;
	last_seen: FeedPoster[ 'last_seen' ];
	description: Record< string, string >;
	photos: Array< { attachment_id: number; alt: string } >;
	case_url: string;
	hotline?: string;
	expires?: string;
	partner_id?: number;
}

/** The body of POST /posters/<id>/renew: the whole poster again, confirmed reviewed. */
export type RenewRequest = PosterRequest & { reviewed: true };

export type { FieldErrors } from '../shared/field-errors';

/** What the server tells the app when the page loads (HubPostersPage::app_settings). */
export interface AppSettings {
	isAdmin: boolean;
	partnerId: number | null;
	countries: string[];
	photo: PhotoRules;
}

export interface PhotoRules {
	mimeTypes: string[];
	minSide: number;
	maxSide: number;
	maxBytes: number;
}

/** One row of GET /notfound/v1/partners (only the fields the screen uses). */
export interface Partner {
	id: number;
	name: string;
}
