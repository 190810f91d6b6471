/**
 * Turns apiFetch's rejections into words for a notice, and a settings save's 400 into the field it is about.
 */
import { __ } from '@wordpress/i18n';

import type { FieldErrors, SettingsField, SettingsValues } from './types';

/** The option's fields, to recognise one named in a server message. */
const FIELDS: ReadonlyArray< SettingsField > = [
	'hub_mode',
	'hub_url',
	'hub_public_key',
	'regions',
	'geo_headers',
	'geo_database',
	'trusted_proxies',
	'default_country',
	'max_age_minutes',
	'refresh_minutes',
	'poster_count',
	'takeover',
	'autoplay',
	'interval',
	'intro_text',
	'count_displays',
	'retention_days',
] satisfies ReadonlyArray< keyof SettingsValues >;

interface RestError {
	code?: unknown;
	message?: unknown;
	data?: { params?: Record< string, unknown > };
}

/**
 * The message of a REST error `{ code, message }`, or a generic one for anything else (offline, a PHP
 * fatal that is not JSON).
 * @param error What apiFetch rejected with.
 */
export function failureMessage( error: unknown ): string {
	const message = ( error as RestError | null )?.message;
	return typeof message === 'string' && message
		? message
		: __(
				'The server could not be reached or gave no answer. Try again.',
				'notfound'
			);
}

export interface SaveFailure {
	message: string;
	fields: FieldErrors;
}

/**
 * What a failed settings save was about. Core answers an invalid option with `rest_invalid_param` and
 * one message for the whole option, which names the field: "notfound_settings[poster_count] must be …".
 * @param error What apiFetch rejected with.
 */
export function describeSaveFailure( error: unknown ): SaveFailure {
	const detail = ( error as RestError | null )?.data?.params
		?.notfound_settings;
	if ( typeof detail !== 'string' ) {
		return { message: failureMessage( error ), fields: {} };
	}
	const named = /notfound_settings\[([a-z_]+)\]/.exec( detail )?.[ 1 ];
	const field = FIELDS.find( ( candidate ) => candidate === named );
	return { message: detail, fields: field ? { [ field ]: detail } : {} };
}
