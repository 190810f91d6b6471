/**
 * Creates or edits a poster: checks the obvious mistakes here, sends the rest to the hub, and shows every
 * field's error (the client's or the server's) next to the field, focusing the first.
 */
import { Button, Notice } from '@wordpress/components';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { describeFailure, savePoster } from './api';
import { CaseFields } from './case-fields';
import { ChildFields } from './child-fields';
import { DescriptionFields } from './description-fields';
import {
	emptyFormValues,
	formValuesFrom,
	requestBody,
	type PosterFormValues,
} from './form-values';
import { LastSeenFields } from './last-seen-fields';
import { PhotoFields } from './photo-fields';
import type {
	ActivePoster,
	AppSettings,
	FieldErrors,
	ManagedPoster,
} from './types';
import { latestExpiry, todayUtc, validatePoster } from './validate';

/**
 * The error paths that show next to a field of this form.
 * @param values
 * @param askPartner
 */
function shownPaths(
	values: PosterFormValues,
	askPartner: boolean
): Set< string > {
	return new Set( [
		...( askPartner ? [ 'partner_id' ] : [] ),
		'first_name',
		'last_name',
		'age_at_disappearance',
		'date_of_birth',
		'missing_since',
		'last_seen.place',
		'last_seen.country',
		'last_seen.subdivision',
		'last_seen.lat',
		'last_seen.lon',
		...values.descriptions.map( ( { lang } ) => `description.${ lang }` ),
		'photos',
		...values.photos.map( ( _, index ) => `photos.${ index }` ),
		'case_url',
		'hotline',
		'expires',
	] );
}

interface PosterFormProps {
	settings: AppSettings;
	/** The poster to edit; a new one when absent. */
	poster?: ActivePoster;
	onSaved: ( poster: ManagedPoster ) => void;
	onCancel: () => void;
}

export function PosterForm( {
	settings,
	poster,
	onSaved,
	onCancel,
}: PosterFormProps ) {
	const [ values, setValues ] = useState< PosterFormValues >( () =>
		poster ? formValuesFrom( poster ) : emptyFormValues()
	);
	const [ errors, setErrors ] = useState< FieldErrors >( {} );
	const [ summary, setSummary ] = useState< string | null >( null );
	const [ saving, setSaving ] = useState( false );
	const [ focusRequest, setFocusRequest ] = useState( 0 );
	const form = useRef< HTMLFormElement >( null );
	const today = todayUtc();
	const askPartner = settings.isAdmin && ! poster;

	// After a failed save, the first marked field takes focus (its error is read with it).
	useEffect( () => {
		if ( focusRequest > 0 ) {
			form.current
				?.querySelector< HTMLElement >(
					'[aria-invalid="true"], [data-invalid="true"]'
				)
				?.focus();
		}
	}, [ focusRequest ] );

	const update = ( path: string, patch: Partial< PosterFormValues > ) => {
		setValues( ( current ) => ( { ...current, ...patch } ) );
		setErrors( ( current ) => {
			if ( ! ( path in current ) ) {
				return current;
			}
			const { [ path ]: _answered, ...rest } = current;
			return rest;
		} );
	};

	const fail = ( message: string, fields: FieldErrors ) => {
		setErrors( fields );
		setSummary( message );
		setFocusRequest( ( count ) => count + 1 );
	};

	const submit = async ( event: React.FormEvent ) => {
		event.preventDefault();
		const found = validatePoster( values, {
			countries: settings.countries,
			needsPartner: askPartner,
			today,
		} );
		if ( Object.keys( found ).length > 0 ) {
			fail(
				__(
					'The poster is not saved yet: correct the marked fields.',
					'notfound'
				),
				found
			);
			return;
		}
		setSaving( true );
		setSummary( null );
		try {
			onSaved(
				await savePoster(
					requestBody( values, { withPartner: askPartner } ),
					poster?.id
				)
			);
		} catch ( error ) {
			const failure = describeFailure( error );
			fail( failure.message, failure.fields );
			setSaving( false );
		}
	};

	// Errors the form has no field for (the server may name others) are listed in the summary.
	const shown = shownPaths( values, askPartner );
	const unplaced = Object.entries( errors ).filter(
		( [ path, message ] ) => ! shown.has( path ) && message !== summary
	);
	const sectionProps = { values, errors, update };

	return (
		<form
			ref={ form }
			className="notfound-poster-form"
			noValidate
			onSubmit={ submit }
		>
			{ summary && (
				<Notice status="error" isDismissible={ false }>
					<p>{ summary }</p>
					{ unplaced.length > 0 && (
						<ul>
							{ unplaced.map( ( [ path, message ] ) => (
								<li key={ path }>{ message }</li>
							) ) }
						</ul>
					) }
				</Notice>
			) }
			<ChildFields { ...sectionProps } today={ today } />
			<LastSeenFields
				{ ...sectionProps }
				countries={ settings.countries }
			/>
			<DescriptionFields { ...sectionProps } />
			<PhotoFields { ...sectionProps } rules={ settings.photo } />
			<CaseFields
				{ ...sectionProps }
				today={ today }
				latestExpiry={ latestExpiry( today ) }
				askPartner={ askPartner }
			/>
			<div className="notfound-form-actions">
				<Button
					__next40pxDefaultSize
					variant="primary"
					type="submit"
					isBusy={ saving }
					accessibleWhenDisabled
					disabled={ saving }
				>
					{ poster
						? __( 'Save changes', 'notfound' )
						: __( 'Publish poster', 'notfound' ) }
				</Button>
				<Button
					__next40pxDefaultSize
					variant="tertiary"
					onClick={ onCancel }
				>
					{ __( 'Cancel', 'notfound' ) }
				</Button>
			</div>
		</form>
	);
}
