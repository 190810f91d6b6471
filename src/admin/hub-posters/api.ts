/**
 * The REST calls the screen makes. apiFetch adds the REST nonce that WordPress sets up in wp-admin.
 */
import apiFetch from '@wordpress/api-fetch';
import { __ } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

import type { ManageQuery } from './list-query';
import type {
	FieldErrors,
	ManagedPoster,
	Partner,
	PosterRequest,
	PosterStatus,
	RenewRequest,
	WithdrawalReason,
} from './types';

const MANAGE = '/notfound/v1/manage/posters';
const POSTERS = '/notfound/v1/posters';

export interface PosterPage {
	items: ManagedPoster[];
	total: number;
	totalPages: number;
}

export async function fetchPosters(
	query: ManageQuery
): Promise< PosterPage > {
	const response = await apiFetch< Response, false >( {
		path: addQueryArgs( MANAGE, { ...query } ),
		parse: false,
	} );
	const items = ( await response.json() ) as ManagedPoster[];
	return {
		items,
		total: Number( response.headers.get( 'X-WP-Total' ) ?? items.length ),
		totalPages: Number( response.headers.get( 'X-WP-TotalPages' ) ?? 1 ),
	};
}

export function fetchPoster( id: string ): Promise< ManagedPoster > {
	return apiFetch< ManagedPoster >( {
		path: `${ MANAGE }/${ encodeURIComponent( id ) }`,
	} );
}

/**
 * Creates a poster, or replaces the poster with this id.
 * @param body
 * @param id
 */
export function savePoster(
	body: PosterRequest,
	id?: string
): Promise< ManagedPoster > {
	return apiFetch< ManagedPoster >( {
		path: id ? `${ POSTERS }/${ encodeURIComponent( id ) }` : POSTERS,
		method: id ? 'PUT' : 'POST',
		data: body,
	} );
}

/**
 * Renews a poster: its data, reviewed again, runs until `expires` (a year from today when absent).
 * @param body
 * @param id
 */
export function renewPoster(
	body: RenewRequest,
	id: string
): Promise< ManagedPoster > {
	return apiFetch< ManagedPoster >( {
		path: `${ POSTERS }/${ encodeURIComponent( id ) }/renew`,
		method: 'POST',
		data: body,
	} );
}

export function withdrawPoster(
	id: string,
	reason: WithdrawalReason
): Promise< { id: string; status: PosterStatus } > {
	return apiFetch( {
		path: `${ POSTERS }/${ encodeURIComponent( id ) }/withdraw`,
		method: 'POST',
		data: { reason },
	} );
}

/** The organisations the user may publish for: all of them, for administrators. */
export function fetchPartners(): Promise< Partner[] > {
	return apiFetch< Partner[] >( { path: '/notfound/v1/partners' } );
}

export interface UploadedImage {
	id: number;
	source_url: string;
}

export function uploadImage( file: File ): Promise< UploadedImage > {
	const body = new FormData();
	body.append( 'file', file, file.name );
	return apiFetch< UploadedImage >( {
		path: '/wp/v2/media',
		method: 'POST',
		body,
	} );
}

export interface RequestFailure {
	message: string;
	fields: FieldErrors;
}

/**
 * What went wrong, from apiFetch's rejection: a REST error `{ code, message, data: { errors } }`, or
 * anything else (offline, a PHP fatal), which gets a generic message.
 * @param error
 */
export function describeFailure( error: unknown ): RequestFailure {
	const failure = error as {
		code?: unknown;
		message?: unknown;
		data?: { errors?: unknown };
	} | null;
	const message =
		typeof failure?.message === 'string' && failure.message
			? failure.message
			: __( 'The hub could not be reached. Try again.', 'notfound' );
	const fields: FieldErrors = {};
	const errors = failure?.data?.errors;
	if ( errors && typeof errors === 'object' ) {
		for ( const [ path, text ] of Object.entries( errors ) ) {
			if ( typeof text === 'string' ) {
				fields[ path ] = text;
			}
		}
	}
	// The only error about the organisation itself, which administrators choose.
	if ( failure?.code === 'notfound_unknown_partner' ) {
		fields.partner_id = message;
	}
	return { message, fields };
}
