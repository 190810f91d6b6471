/**
 * Creates or edits a poster: checks the obvious mistakes here, sends the rest to the hub, and shows every
 * field's error (the client's or the server's) next to the field, focusing the first.
 */
import { Button, Notice } from '@wordpress/components';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { describeFailure, renewPoster, savePoster } from './api';
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
import { ReviewConfirmation } from './review-confirmation';
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
 * @param renew
 */
function shownPaths(
	values: PosterFormValues,
	askPartner: boolean,
	renew: boolean
): Set< string > {
	return new Set( [
		...( askPartner ? [ 'partner_id' ] : [] ),
		...( renew ? [ 'reviewed' ] : [] ),
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

function submitLabel( poster: ManagedPoster | undefined, renew: boolean ) {
	if ( renew ) {
		return __( 'Renew poster', 'notfound' );
	}
	return poster
		? __( 'Save changes', 'notfound' )
		: __( 'Publish poster', 'notfound' );
}

interface PosterFormProps {
	settings: AppSettings;
	/** The poster to edit; a new one when absent. */
	poster?: ActivePoster;
	/** Renew the poster: every field reviewed again, confirmed, and a new expiry. */
	renew?: boolean;
	onSaved: ( poster: ManagedPoster ) => void;
	onCancel: () => void;
}

export function PosterForm( {
	settings,
	poster,
	renew = false,
	onSaved,
	onCancel,
}: PosterFormProps ) {
	const [ values, setValues ] = useState< PosterFormValues >( () => {
		if ( ! poster ) {
			return emptyFormValues();
		}
		const stored = formValuesFrom( poster );
		// A renewal runs as long as a poster may, unless the partner picks an earlier day.
		return renew
			? { ...stored, expires: latestExpiry( todayUtc() ) }
			: stored;
	} );
	const [ reviewed, setReviewed ] = useState( false );
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
		if ( renew && ! reviewed ) {
			found.reviewed = __(
				'Confirm that you reviewed the poster to renew it.',
				'notfound'
			);
		}
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
		const body = requestBody( values, { withPartner: askPartner } );
		try {
			onSaved(
				renew && poster
					? await renewPoster(
							{ ...body, reviewed: true },
							poster.id
						)
					: await savePoster( body, poster?.id )
			);
		} catch ( error ) {
			const failure = describeFailure( error );
			fail( failure.message, failure.fields );
			setSaving( false );
		}
	};

	// Errors the form has no field for (the server may name others) are listed in the summary.
	const shown = shownPaths( values, askPartner, renew );
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
				latestExpiry={
					// An edit may shorten the run, never lengthen it: that is a renewal.
					poster && ! renew && poster.expires < latestExpiry( today )
						? poster.expires
						: latestExpiry( today )
				}
				keepsExpiry={ Boolean( poster ) && ! renew }
				askPartner={ askPartner }
			/>
			{ renew && (
				<ReviewConfirmation
					checked={ reviewed }
					onChange={ ( checked ) => {
						update( 'reviewed', {} );
						setReviewed( checked );
					} }
					errors={ errors }
					until={ values.expires }
				/>
			) }
			<div className="notfound-form-actions">
				<Button
					__next40pxDefaultSize
					variant="primary"
					type="submit"
					isBusy={ saving }
					accessibleWhenDisabled
					disabled={ saving }
				>
					{ submitLabel( poster, renew ) }
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
