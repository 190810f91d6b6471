/**
 * The 404 posters as a visitor from a chosen country would see them with the saved settings, rendered by
 * the server exactly as on the 404 page (its own escaped markup, images from this site).
 */
import { Notice, Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { fetchPreview } from './api';
import type { Country } from '../shared/countries';
import { CountrySelect } from './country-select';
import { failureMessage } from '../shared/failure';
import { Section } from './section';

interface PreviewPanelProps {
	countries: Country[];
	initialCountry: string;
	count: number;
	/** Changes whenever the server's answer may have: the preview then asks again. */
	version: number;
}

type Preview =
	| { state: 'loading' }
	| { state: 'failed'; message: string }
	| { state: 'ready'; html: string };

export function PreviewPanel( {
	countries,
	initialCountry,
	count,
	version,
}: PreviewPanelProps ) {
	const [ country, setCountry ] = useState( initialCountry );
	const [ preview, setPreview ] = useState< Preview >( { state: 'loading' } );

	useEffect( () => {
		// Only the answer for the latest choice is shown, whatever order the answers arrive in.
		let current = true;
		setPreview( { state: 'loading' } );
		fetchPreview( country, count ).then(
			( html ) => current && setPreview( { state: 'ready', html } ),
			( error ) =>
				current &&
				setPreview( {
					state: 'failed',
					message: failureMessage( error ),
				} )
		);
		return () => {
			current = false;
		};
	}, [ country, count, version ] );

	return (
		<Section title={ __( 'Live preview', 'notfound' ) }>
			<CountrySelect
				label={ __( 'Visitor’s country', 'notfound' ) }
				help={ __( 'The posters use the saved settings.', 'notfound' ) }
				countries={ countries }
				value={ country }
				onChange={ setCountry }
			/>
			<div
				className="notfound-preview"
				aria-busy={ preview.state === 'loading' }
			>
				{ preview.state === 'loading' && <Spinner /> }
				{ preview.state === 'failed' && (
					<Notice status="error" isDismissible={ false }>
						{ sprintf(
							/* translators: %s: the reason. */
							__(
								'The preview could not be loaded: %s',
								'notfound'
							),
							preview.message
						) }
					</Notice>
				) }
				{ preview.state === 'ready' &&
					( preview.html.trim() === '' ? (
						<p>
							{ __(
								'No posters to show for this country.',
								'notfound'
							) }
						</p>
					) : (
						<div
							className="notfound-preview__page"
							// The server's own render of the block, escaped there like on the 404 page.
							dangerouslySetInnerHTML={ { __html: preview.html } }
						/>
					) ) }
			</div>
		</Section>
	);
}
