/**
 * A settings save's 400 turned into the field it is about.
 */
import { failureMessage, type RestError } from '../shared/failure';
import type { FieldErrors, SettingsField, SettingsValues } from './types';

/** The option's fields, to recognise one named in a server message. */
const FIELDS: ReadonlyArray< SettingsField > = [
	'hub_mode',
	'hub_url',
	'hub_public_key',
	'regions',
	'geo_cdn_header',
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
