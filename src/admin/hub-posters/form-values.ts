/**
 * The poster form's state (strings as typed, so half-typed numbers survive) and its conversions from a
 * stored poster and to a request body.
 */
import type { ActivePoster, PosterRequest } from './types';

export interface PhotoValue {
	attachmentId: number;
	url: string;
	alt: string;
}

export interface DescriptionValue {
	lang: string;
	text: string;
}

export interface PosterFormValues {
	firstName: string;
	lastName: string;
	dateOfBirth: string;
	ageAtDisappearance: string;
	missingSince: string;
	place: string;
	country: string;
	subdivision: string;
	lat: string;
	lon: string;
	/** English first: it is required, the other languages are optional. */
	descriptions: DescriptionValue[];
	photos: PhotoValue[];
	caseUrl: string;
	hotline: string;
	expires: string;
	/** The organisation's id. Only administrators choose it; partners publish for their own. */
	partnerId: string;
}

export const REQUIRED_LANGUAGE = 'en';

export function emptyFormValues(): PosterFormValues {
	return {
		firstName: '',
		lastName: '',
		dateOfBirth: '',
		ageAtDisappearance: '',
		missingSince: '',
		place: '',
		country: '',
		subdivision: '',
		lat: '',
		lon: '',
		descriptions: [ { lang: REQUIRED_LANGUAGE, text: '' } ],
		photos: [],
		caseUrl: '',
		hotline: '',
		expires: '',
		partnerId: '',
	};
}

export function formValuesFrom( item: ActivePoster ): PosterFormValues {
	const { poster } = item;
	const others = Object.entries( poster.description )
		.filter( ( [ lang ] ) => lang !== REQUIRED_LANGUAGE )
		.map( ( [ lang, text ] ) => ( { lang, text } ) );
	return {
		firstName: poster.first_name,
		lastName: poster.last_name ?? '',
		dateOfBirth: poster.date_of_birth ?? '',
		ageAtDisappearance: String( poster.age_at_disappearance ),
		missingSince: poster.missing_since,
		place: poster.last_seen.place,
		country: poster.last_seen.country,
		subdivision: poster.last_seen.subdivision ?? '',
		lat: String( poster.last_seen.lat ),
		lon: String( poster.last_seen.lon ),
		descriptions: [
			{
				lang: REQUIRED_LANGUAGE,
				text: poster.description[ REQUIRED_LANGUAGE ] ?? '',
			},
			...others,
		],
		// The feed's photos and the stored attachment ids are in the same order.
		photos: item.photo_ids.map( ( attachmentId, index ) => ( {
			attachmentId,
			url: poster.photos[ index ]?.url ?? '',
			alt: poster.photos[ index ]?.alt ?? '',
		} ) ),
		caseUrl: poster.case_url,
		hotline: poster.hotline,
		expires: poster.expires,
		partnerId: String( item.partner_id ),
	};
}

/**
 * The request body. Assumes validatePoster() found no errors; empty optional fields are left to the
 * server's defaults (hotline by country, expiry a year ahead).
 * @param values
 * @param options
 * @param options.withPartner
 */
export function requestBody(
	values: PosterFormValues,
	options: { withPartner: boolean }
): PosterRequest {
	const body: PosterRequest = {
		first_name: values.firstName.trim(),
		last_name: values.lastName.trim() || null,
		date_of_birth: values.dateOfBirth || null,
		age_at_disappearance: Number( values.ageAtDisappearance ),
		missing_since: values.missingSince,
		last_seen: {
			place: values.place.trim(),
			country: values.country,
			subdivision: values.subdivision.trim().toUpperCase() || null,
			lat: Number( values.lat ),
			lon: Number( values.lon ),
		},
		description: Object.fromEntries(
			values.descriptions.map( ( { lang, text } ) => [
				lang,
				text.trim(),
			] )
		),
		photos: values.photos.map( ( photo ) => ( {
			attachment_id: photo.attachmentId,
			alt: photo.alt.trim(),
		} ) ),
		case_url: values.caseUrl.trim(),
	};
	if ( values.hotline.trim() ) {
		body.hotline = values.hotline.trim();
	}
	if ( values.expires ) {
		body.expires = values.expires;
	}
	if ( options.withPartner ) {
		body.partner_id = Number( values.partnerId );
	}
	return body;
}
