/**
 * The obvious mistakes, caught before a save; the server checks everything again (includes/Settings).
 */
import { __, sprintf } from '@wordpress/i18n';

import type { FieldErrors, SettingsValues } from './types';

export const LIMITS = {
	maxAge: { min: 15, max: 1440 },
	refresh: { min: 5, max: 10 },
	posterCount: { min: 1, max: 12 },
	interval: { min: 5, max: 30 },
	introText: 500,
	retention: { min: 30, max: 1000 },
	regions: 60,
	trustedProxies: 50,
} as const;

const PUBLIC_KEY = /^[A-Za-z0-9+/]{43}=$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const IPV6 = /^[0-9A-Fa-f:.]+$/;

/**
 * Hosts a hub may be reached on without TLS: only this machine, for development.
 * @param hostname
 */
function isLocalhost( hostname: string ): boolean {
	return (
		hostname === 'localhost' ||
		hostname.endsWith( '.localhost' ) ||
		hostname === '127.0.0.1' ||
		hostname === '[::1]'
	);
}

export function hubUrlError( value: string ): string | undefined {
	let url: URL;
	try {
		url = new URL( value.trim() );
	} catch {
		return __(
			'Enter the hub’s address, like https://hub.example.org.',
			'notfound'
		);
	}
	if (
		url.protocol === 'https:' ||
		( url.protocol === 'http:' && isLocalhost( url.hostname ) )
	) {
		return undefined;
	}
	return __(
		'The hub’s address must start with https:// (plain http only for localhost).',
		'notfound'
	);
}

/**
 * Whether a line is an IPv4 or IPv6 address, optionally with a CIDR prefix length.
 * @param line
 */
export function isAddressOrRange( line: string ): boolean {
	const [ address, prefix, extra ] = line.split( '/' );
	const ipv4 = IPV4.exec( address );
	const maxPrefix = ipv4 ? 32 : 128;
	const prefixValid =
		prefix === undefined ||
		( /^\d{1,3}$/.test( prefix ) && Number( prefix ) <= maxPrefix );
	if ( extra !== undefined || ! prefixValid ) {
		return false;
	}
	if ( ipv4 ) {
		return ipv4.slice( 1 ).every( ( octet ) => Number( octet ) <= 255 );
	}
	const groups = address.split( ':' ).length - 1;
	return (
		IPV6.test( address ) &&
		groups >= 2 &&
		groups <= 7 &&
		! /:::/.test( address )
	);
}

/**
 * The lines of the trusted proxies field that hold something.
 * @param lines
 */
export function filledLines( lines: string[] ): string[] {
	return lines.map( ( line ) => line.trim() ).filter( Boolean );
}

function rangeError(
	value: number,
	min: number,
	max: number
): string | undefined {
	return Number.isInteger( value ) && value >= min && value <= max
		? undefined
		: sprintf(
				/* translators: 1: smallest allowed number, 2: largest allowed number. */
				__( 'Enter a whole number from %1$d to %2$d.', 'notfound' ),
				min,
				max
			);
}

export function validateSettings(
	values: SettingsValues,
	countries: ReadonlyArray< string >
): FieldErrors {
	const errors: FieldErrors = {
		hub_url: hubUrlError( values.hub_url ),
		max_age_minutes: rangeError(
			values.max_age_minutes,
			LIMITS.maxAge.min,
			LIMITS.maxAge.max
		),
		refresh_minutes: rangeError(
			values.refresh_minutes,
			LIMITS.refresh.min,
			LIMITS.refresh.max
		),
		poster_count: rangeError(
			values.poster_count,
			LIMITS.posterCount.min,
			LIMITS.posterCount.max
		),
		interval: rangeError(
			values.interval,
			LIMITS.interval.min,
			LIMITS.interval.max
		),
		retention_days: rangeError(
			values.retention_days,
			LIMITS.retention.min,
			LIMITS.retention.max
		),
	};
	if (
		values.hub_public_key !== '' &&
		! PUBLIC_KEY.test( values.hub_public_key )
	) {
		errors.hub_public_key = __(
			'This is not an Ed25519 public key. Fetch and verify the hub’s key again.',
			'notfound'
		);
	}
	if ( values.regions.length > LIMITS.regions ) {
		errors.regions = sprintf(
			/* translators: %d: the most countries one can choose. */
			__(
				'Choose at most %d countries, or none to show all.',
				'notfound'
			),
			LIMITS.regions
		);
	}
	const proxies = filledLines( values.trusted_proxies );
	const wrong = proxies.filter( ( line ) => ! isAddressOrRange( line ) );
	if ( wrong.length > 0 ) {
		errors.trusted_proxies = sprintf(
			/* translators: %s: the lines that are not addresses, separated by commas. */
			__( 'Not an IP address or CIDR range: %s', 'notfound' ),
			wrong.join( ', ' )
		);
	} else if ( proxies.length > LIMITS.trustedProxies ) {
		errors.trusted_proxies = sprintf(
			/* translators: %d: the most proxies one can list. */
			__( 'List at most %d proxies.', 'notfound' ),
			LIMITS.trustedProxies
		);
	}
	if ( ! countries.includes( values.default_country ) ) {
		errors.default_country = __( 'Choose a country.', 'notfound' );
	}
	// The server counts characters, not UTF-16 units.
	if ( [ ...values.intro_text ].length > LIMITS.introText ) {
		errors.intro_text = sprintf(
			/* translators: %d: the most characters the text may have. */
			__( 'Keep the text to %d characters.', 'notfound' ),
			LIMITS.introText
		);
	}
	return Object.fromEntries(
		Object.entries( errors ).filter( ( [ , message ] ) => message )
	);
}
