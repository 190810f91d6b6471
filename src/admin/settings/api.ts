/**
 * The REST calls the screen makes. apiFetch adds the REST nonce that WordPress sets up in wp-admin.
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

import type {
	DisplaySummary,
	HubKey,
	HubVerification,
	Partner,
	PartnerFields,
	SettingsValues,
	SyncStatus,
} from './types';

const OPTION = 'notfound_settings';
const NAMESPACE = '/notfound/v1';

type CoreSettings = { [ OPTION ]: SettingsValues };

export async function fetchSettings(): Promise< SettingsValues > {
	const settings = await apiFetch< CoreSettings >( {
		path: '/wp/v2/settings',
	} );
	return settings[ OPTION ];
}

/**
 * Saves every field at once; the server validates the whole object and stores all of it or nothing.
 * @param values
 */
export async function saveSettings(
	values: SettingsValues
): Promise< SettingsValues > {
	const settings = await apiFetch< CoreSettings >( {
		path: '/wp/v2/settings',
		method: 'POST',
		data: { [ OPTION ]: values },
	} );
	return settings[ OPTION ];
}

export function fetchStatus(): Promise< SyncStatus > {
	return apiFetch< SyncStatus >( { path: `${ NAMESPACE }/status` } );
}

export function fetchDisplays(): Promise< DisplaySummary > {
	return apiFetch< DisplaySummary >( { path: `${ NAMESPACE }/displays` } );
}

export function syncNow(): Promise< SyncStatus > {
	return apiFetch< SyncStatus >( {
		path: `${ NAMESPACE }/sync`,
		method: 'POST',
	} );
}

export function verifyHub( hubUrl: string ): Promise< HubVerification > {
	return apiFetch< HubVerification >( {
		path: `${ NAMESPACE }/hub/verify`,
		method: 'POST',
		data: { hub_url: hubUrl },
	} );
}

export async function fetchPreview(
	country: string,
	count: number
): Promise< string > {
	const { html } = await apiFetch< { html: string } >( {
		path: addQueryArgs( `${ NAMESPACE }/preview`, { country, count } ),
	} );
	return html;
}

export function fetchHubKey(): Promise< HubKey > {
	return apiFetch< HubKey >( { path: `${ NAMESPACE }/key` } );
}

export function rotateHubKey(): Promise< HubKey > {
	return apiFetch< HubKey >( {
		path: `${ NAMESPACE }/hub/key/rotate`,
		method: 'POST',
	} );
}

export function fetchPartners(): Promise< Partner[] > {
	return apiFetch< Partner[] >( { path: `${ NAMESPACE }/partners` } );
}

/**
 * Adds a partner, or updates the partner with this slug.
 * @param partner
 */
export function savePartner( partner: PartnerFields ): Promise< Partner > {
	return apiFetch< Partner >( {
		path: `${ NAMESPACE }/partners`,
		method: 'POST',
		data: partner,
	} );
}
