/**
 * The option's fields, saved together: checked here first, then by the server, which stores all of them
 * or none. Errors show on their field, the first takes focus, and a notice says what happened.
 */
import { useDispatch } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { saveSettings } from './api';
import type { Country } from '../shared/countries';
import { CountingFields } from './counting-fields';
import { DisplayFields } from './display-fields';
import { describeSaveFailure } from './save-failure';
import { fieldId } from './field-props';
import { GeolocationFields } from './geolocation-fields';
import { HubFields } from './hub-fields';
import { RegionFields } from './region-fields';
import type {
	FieldErrors,
	PageData,
	SettingsField,
	SettingsValues,
} from './types';
import { filledLines, validateSettings } from './validate';
import { SubmitButton } from './submit-button';

/** The fields that can be wrong, in the order the form shows them. */
const FIELD_ORDER: SettingsField[] = [
	'poster_count',
	'interval',
	'intro_text',
	'max_age_minutes',
	'refresh_minutes',
	'retention_days',
	'regions',
	'default_country',
	'trusted_proxies',
	'hub_url',
	'hub_public_key',
];

const FOCUSABLE = 'input, textarea, select, button';

/** One notice for the save's outcome, replaced by the next save's. */
const SAVE_NOTICE = 'notfound-settings-save';

interface SettingsFormProps {
	saved: SettingsValues;
	savedKeyId: string | null;
	page: PageData;
	countries: Country[];
	onSaved: ( values: SettingsValues ) => void;
}

function withoutErrorsFor(
	errors: FieldErrors,
	changes: Partial< SettingsValues >
): FieldErrors {
	return Object.fromEntries(
		Object.entries( errors ).filter(
			( [ field ] ) => ! ( field in changes )
		)
	);
}

export function SettingsForm( {
	saved,
	savedKeyId,
	page,
	countries,
	onSaved,
}: SettingsFormProps ) {
	const [ values, setValues ] = useState( saved );
	const [ errors, setErrors ] = useState< FieldErrors >( {} );
	const [ saving, setSaving ] = useState( false );
	const [ focusField, setFocusField ] = useState< SettingsField | null >(
		null
	);
	const { createErrorNotice, createSuccessNotice } =
		useDispatch( noticesStore );
	const dirty = JSON.stringify( values ) !== JSON.stringify( saved );

	useEffect( () => {
		if ( ! focusField ) {
			return;
		}
		// The field's id is on its control, or on an element around it (see helpProps).
		const field = document.getElementById( fieldId( focusField ) );
		const control = field?.matches( FOCUSABLE )
			? field
			: field?.querySelector< HTMLElement >( FOCUSABLE );
		control?.focus();
		setFocusField( null );
	}, [ focusField ] );

	// Leaving with unsaved changes asks first, as WordPress's own screens do.
	useEffect( () => {
		if ( ! dirty ) {
			return;
		}
		const warn = ( event: BeforeUnloadEvent ) => event.preventDefault();
		window.addEventListener( 'beforeunload', warn );
		return () => window.removeEventListener( 'beforeunload', warn );
	}, [ dirty ] );

	const change = ( changes: Partial< SettingsValues > ) => {
		setValues( ( current ) => ( { ...current, ...changes } ) );
		setErrors( ( current ) => withoutErrorsFor( current, changes ) );
	};

	const reject = ( found: FieldErrors, message: string ) => {
		setErrors( found );
		setFocusField(
			FIELD_ORDER.find( ( field ) => found[ field ] ) ?? null
		);
		createErrorNotice( message, { id: SAVE_NOTICE } );
	};

	const submit = async ( event: { preventDefault: () => void } ) => {
		event.preventDefault();
		const toSave = {
			...values,
			trusted_proxies: filledLines( values.trusted_proxies ),
		};
		const found = validateSettings( toSave, page.countries );
		if ( Object.keys( found ).length > 0 ) {
			reject(
				found,
				__(
					'Settings not saved: correct the marked fields.',
					'notfound'
				)
			);
			return;
		}
		setSaving( true );
		try {
			const stored = await saveSettings( toSave );
			setValues( stored );
			setErrors( {} );
			onSaved( stored );
			createSuccessNotice( __( 'Settings saved.', 'notfound' ), {
				id: SAVE_NOTICE,
				type: 'snackbar',
			} );
		} catch ( error ) {
			const failure = describeSaveFailure( error );
			reject(
				failure.fields,
				sprintf(
					/* translators: %s: the server's reason. */
					__( 'Settings not saved: %s', 'notfound' ),
					failure.message
				)
			);
		} finally {
			setSaving( false );
		}
	};

	const fields = { values, errors, onChange: change };
	return (
		<form className="notfound-settings-form" onSubmit={ submit } noValidate>
			<DisplayFields
				{ ...fields }
				siteLocale={ page.siteLocale }
				adminLocale={ page.adminLocale }
			/>
			<RegionFields { ...fields } countries={ countries } />
			<GeolocationFields { ...fields } attribution={ page.attribution } />
			<CountingFields { ...fields } />
			<HubFields
				{ ...fields }
				savedKey={ saved.hub_public_key }
				savedHubUrl={ saved.hub_url }
				savedKeyId={ savedKeyId }
			/>
			<div className="notfound-save">
				<SubmitButton busy={ saving }>
					{ __( 'Save settings', 'notfound' ) }
				</SubmitButton>
			</div>
		</form>
	);
}
