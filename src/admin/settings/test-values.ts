/**
 * Values the tests share: a stored option and the page data SettingsPage.php provides.
 */
import { dispatch, select } from '@wordpress/data';
import { store as noticesStore } from '@wordpress/notices';

import { countriesByName } from '../shared/countries';
import type { PageData, SettingsValues, SyncStatus } from './types';

export const PAGE: PageData = {
	attribution:
		'IP geolocation by DB-IP, https://db-ip.com, licensed under CC BY 4.0',
	hubMode: false,
	siteLocale: 'fr_FR',
	adminLocale: 'en_US',
	countries: [ 'BE', 'DE', 'FR', 'NL' ],
};

export const COUNTRIES = countriesByName( PAGE.countries, PAGE.adminLocale );

export const PINNED_KEY = 'A'.repeat( 43 ) + '=';

export function storedSettings(
	changes: Partial< SettingsValues > = {}
): SettingsValues {
	return {
		hub_mode: false,
		hub_url: 'https://hub.example.org',
		hub_public_key: PINNED_KEY,
		regions: [],
		geo_cdn_header: false,
		geo_database: true,
		trusted_proxies: [],
		default_country: 'BE',
		max_age_minutes: 60,
		refresh_minutes: 10,
		poster_count: 6,
		takeover: true,
		autoplay: false,
		interval: 8,
		intro_text: '',
		count_displays: true,
		retention_days: 400,
		...changes,
	};
}

export function syncStatus( changes: Partial< SyncStatus > = {} ): SyncStatus {
	return {
		fresh: true,
		confirmed_at: 1_800_000_000,
		last_attempt_at: 1_800_000_000,
		next_sync_at: 1_800_000_600,
		last_error: '',
		failures: 0,
		stored: 7,
		by_country: { BE: 5, FR: 2 },
		dropped: {},
		hub_url: 'https://hub.example.org',
		pinned_key_id: '0123456789abcdef',
		...changes,
	};
}

/**
 * The text an element's aria-describedby points to: where a field's error and hint are read.
 * @param element
 */
export function descriptionOf( element: HTMLElement ): string {
	return ( element.getAttribute( 'aria-describedby' ) ?? '' )
		.split( ' ' )
		.map( ( id ) => document.getElementById( id )?.textContent ?? '' )
		.join( ' ' );
}

/** Text shown on the screen, not the copy wp.a11y.speak puts in its live regions. */
export const SHOWN = { ignore: '.a11y-speak-region, script, style' };

/** The notices store is one for all tests: each starts without notices. */
export function clearNotices(): void {
	dispatch( noticesStore ).removeNotices(
		select( noticesStore )
			.getNotices()
			.map( ( { id } ) => id )
	);
}

export function noticeTexts(): string[] {
	return select( noticesStore )
		.getNotices()
		.map( ( { content } ) => content );
}
