/**
 * Hub mode: add a partner organisation, or update one by its slug, with the feed the hub imports hourly.
 */
import { TextControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { controlProps } from '../shared/field-errors';
import { savePartner } from './api';
import type { Country } from '../shared/countries';
import { failureMessage } from '../shared/failure';
import { RegionPicker } from './region-picker';
import type { Partner, PartnerFields } from './types';
import { SubmitButton } from './submit-button';

export const EMPTY_PARTNER: PartnerFields = {
	slug: '',
	name: '',
	countries: [],
	hotline: '116 000',
	website: '',
	contact: '',
	import_url: '',
	quota: 100,
};

/**
 * Per-field errors of a REST route's own argument checks: `data.params` maps each invalid argument to
 * its message, or lists the missing ones.
 * @param error What apiFetch rejected with.
 */
export function partnerFieldErrors( error: unknown ): Record< string, string > {
	const params = ( error as { data?: { params?: unknown } } | null )?.data
		?.params;
	if ( Array.isArray( params ) ) {
		return Object.fromEntries(
			params.map( ( name ) => [
				String( name ),
				__( 'This field is required.', 'notfound' ),
			] )
		);
	}
	if ( params && typeof params === 'object' ) {
		return Object.fromEntries(
			Object.entries( params ).filter(
				( entry ): entry is [ string, string ] =>
					typeof entry[ 1 ] === 'string'
			)
		);
	}
	return {};
}

interface PartnerFormProps {
	initial: PartnerFields;
	countries: Country[];
	onSaved: ( partner: Partner ) => void;
}

export function PartnerForm( {
	initial,
	countries,
	onSaved,
}: PartnerFormProps ) {
	const [ partner, setPartner ] = useState( initial );
	const [ errors, setErrors ] = useState< Record< string, string > >( {} );
	const [ saving, setSaving ] = useState( false );
	const { createErrorNotice, createSuccessNotice } =
		useDispatch( noticesStore );

	const text = (
		field: Exclude< keyof PartnerFields, 'countries' | 'quota' >,
		label: string,
		hint?: string
	) => (
		<TextControl
			__next40pxDefaultSize
			label={ label }
			value={ partner[ field ] }
			onChange={ ( value ) =>
				setPartner( { ...partner, [ field ]: value } )
			}
			{ ...controlProps( errors, field, hint ) }
			id={ `notfound-partner-${ field }` }
		/>
	);

	const submit = async ( event: { preventDefault: () => void } ) => {
		event.preventDefault();
		setSaving( true );
		try {
			const stored = await savePartner( partner );
			setErrors( {} );
			onSaved( stored );
			createSuccessNotice(
				sprintf(
					/* translators: %s: an organisation's name. */
					__( 'Partner %s saved.', 'notfound' ),
					stored.name
				),
				{ type: 'snackbar' }
			);
		} catch ( error ) {
			setErrors( partnerFieldErrors( error ) );
			createErrorNotice(
				sprintf(
					/* translators: %s: the reason. */
					__( 'The partner was not saved: %s', 'notfound' ),
					failureMessage( error )
				)
			);
		} finally {
			setSaving( false );
		}
	};

	return (
		<form className="notfound-partner-form" onSubmit={ submit } noValidate>
			<h3>{ __( 'Add or update a partner', 'notfound' ) }</h3>
			{ text(
				'slug',
				__( 'Slug', 'notfound' ),
				__(
					'Lowercase letters, digits and hyphens. An existing slug updates that partner.',
					'notfound'
				)
			) }
			{ text( 'name', __( 'Name', 'notfound' ) ) }
			<RegionPicker
				label={ __( 'Countries', 'notfound' ) }
				help={ __( 'Where the organisation works.', 'notfound' ) }
				countries={ countries }
				value={ partner.countries }
				onChange={ ( codes ) =>
					setPartner( { ...partner, countries: codes } )
				}
				error={ errors.countries }
			/>
			{ text( 'hotline', __( 'Hotline', 'notfound' ) ) }
			{ text( 'website', __( 'Website', 'notfound' ) ) }
			{ text( 'contact', __( 'Contact email', 'notfound' ) ) }
			<TextControl
				__next40pxDefaultSize
				type="number"
				min={ 0 }
				label={ __( 'Quota of active posters', 'notfound' ) }
				value={ String( partner.quota ) }
				onChange={ ( value ) =>
					setPartner( { ...partner, quota: Number( value ) } )
				}
				{ ...controlProps(
					errors,
					'quota',
					__(
						'How many posters the organisation may have in the feed at once. Over it, publishing a new poster is refused.',
						'notfound'
					)
				) }
				id="notfound-partner-quota"
			/>
			{ text(
				'import_url',
				__( 'Import feed URL', 'notfound' ),
				__(
					'Optional. The hub imports this feed of posters every hour.',
					'notfound'
				)
			) }
			<div>
				<SubmitButton busy={ saving }>
					{ __( 'Save partner', 'notfound' ) }
				</SubmitButton>
			</div>
		</form>
	);
}
