/**
 * The poster's photos: uploaded to the media library from here (one to five), each shown with its
 * alternative text.
 */
import {
	Button,
	FormFileUpload,
	Spinner,
	TextControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { describeFailure, uploadImage } from './api';
import { controlProps, FieldError, fieldId } from '../shared/field-errors';
import { FormSection, type SectionProps } from './form-section';
import { checkImage } from './image-check';
import type { PhotoRules } from './types';

const MAX_PHOTOS = 5;

export function PhotoFields( {
	values,
	errors,
	update,
	rules,
}: SectionProps & { rules: PhotoRules } ) {
	const [ uploading, setUploading ] = useState( false );
	const [ uploadError, setUploadError ] = useState< string | null >( null );
	const listError = errors.photos;
	const uploadMessageId = fieldId( 'photos-upload' );

	const upload = async ( file: File | undefined ) => {
		if ( ! file ) {
			return;
		}
		setUploadError( null );
		const problem = await checkImage( file, rules );
		if ( problem ) {
			setUploadError( problem );
			return;
		}
		setUploading( true );
		try {
			const image = await uploadImage( file );
			update( 'photos', {
				photos: [
					...values.photos,
					{ attachmentId: image.id, url: image.source_url, alt: '' },
				],
			} );
		} catch ( error ) {
			setUploadError( describeFailure( error ).message );
		} finally {
			setUploading( false );
		}
	};
	const setAlt = ( index: number, alt: string ) =>
		update( `photos.${ index }`, {
			photos: values.photos.map( ( photo, at ) =>
				at === index ? { ...photo, alt } : photo
			),
		} );
	const remove = ( index: number ) =>
		update( 'photos', {
			photos: values.photos.filter( ( _, at ) => at !== index ),
		} );

	return (
		<FormSection title={ __( 'Photos', 'notfound' ) }>
			<ul className="notfound-photos">
				{ values.photos.map( ( photo, index ) => (
					<li key={ photo.attachmentId } className="notfound-photo">
						<img src={ photo.url } alt={ photo.alt } />
						<div className="notfound-photo__fields">
							<TextControl
								__next40pxDefaultSize
								label={ sprintf(
									/* translators: %d: the photo's position, from 1. */
									__(
										'Alternative text of photo %d (required)',
										'notfound'
									),
									index + 1
								) }
								required
								value={ photo.alt }
								onChange={ ( alt ) => setAlt( index, alt ) }
								{ ...controlProps(
									errors,
									`photos.${ index }`,
									__(
										'What the photo shows, for people who cannot see it.',
										'notfound'
									)
								) }
							/>
							<Button
								variant="link"
								isDestructive
								onClick={ () => remove( index ) }
							>
								{ sprintf(
									/* translators: %d: the photo's position, from 1. */
									__( 'Remove photo %d', 'notfound' ),
									index + 1
								) }
							</Button>
						</div>
					</li>
				) ) }
			</ul>
			{ values.photos.length < MAX_PHOTOS && (
				<FormFileUpload
					accept={ rules.mimeTypes.join( ',' ) }
					onChange={ ( event ) =>
						upload( event.currentTarget.files?.[ 0 ] )
					}
					render={ ( { openFileDialog } ) => (
						<Button
							__next40pxDefaultSize
							variant="secondary"
							onClick={ openFileDialog }
							id={ fieldId( 'photos' ) }
							aria-describedby={ uploadMessageId }
							data-invalid={ listError ? true : undefined }
							accessibleWhenDisabled
							disabled={ uploading }
						>
							{ values.photos.length
								? __( 'Upload another photo', 'notfound' )
								: __( 'Upload a photo', 'notfound' ) }
						</Button>
					) }
				/>
			) }
			<p
				id={ uploadMessageId }
				className="notfound-upload-message"
				aria-live="polite"
			>
				{ uploading && (
					<>
						<Spinner /> { __( 'Uploading…', 'notfound' ) }
					</>
				) }
				{ ( uploadError ?? listError ) && (
					<FieldError>{ uploadError ?? listError }</FieldError>
				) }
				{ ! uploading &&
					! uploadError &&
					! listError &&
					sprintf(
						/* translators: 1: smallest side in pixels, 2: largest side in pixels. */
						__(
							'JPEG, PNG or WebP, %1$d to %2$d pixels on each side.',
							'notfound'
						),
						rules.minSide,
						rules.maxSide
					) }
			</p>
		</FormSection>
	);
}
