/**
 * Where the child was last seen: place, country, region and the point that "nearest first" uses.
 */
import { SelectControl } from '@wordpress/components';
import { useMemo } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { controlProps } from '../shared/field-errors';
import { FormSection, type SectionProps } from './form-section';
import { countryOptions } from './names';
import { TextField } from './text-field';

export function LastSeenFields( {
	countries,
	...section
}: SectionProps & { countries: string[] } ) {
	const options = useMemo( () => countryOptions( countries ), [ countries ] );
	return (
		<FormSection title={ __( 'Last seen', 'notfound' ) }>
			<div className="notfound-form-row">
				<TextField
					{ ...section }
					path="last_seen.place"
					name="place"
					label={ __( 'Place (required)', 'notfound' ) }
					hint={ __(
						'A town or neighbourhood, as people there name it.',
						'notfound'
					) }
					required
				/>
				<SelectControl
					__next40pxDefaultSize
					label={ __( 'Country (required)', 'notfound' ) }
					required
					value={ section.values.country }
					options={ [
						{
							value: '',
							label: __( 'Choose a country', 'notfound' ),
						},
						...options,
					] }
					onChange={ ( country ) =>
						section.update( 'last_seen.country', { country } )
					}
					{ ...controlProps( section.errors, 'last_seen.country' ) }
				/>
				<TextField
					{ ...section }
					path="last_seen.subdivision"
					name="subdivision"
					label={ __( 'Region code', 'notfound' ) }
					hint={ __(
						'Optional ISO 3166–2 code, such as BE-VOV.',
						'notfound'
					) }
					autoComplete="off"
				/>
			</div>
			<div className="notfound-form-row">
				<TextField
					{ ...section }
					path="last_seen.lat"
					name="lat"
					label={ __( 'Latitude (required)', 'notfound' ) }
					hint={ __(
						'Decimal degrees, north positive, e.g. 50.8467.',
						'notfound'
					) }
					required
					type="number"
					step="any"
					min={ -90 }
					max={ 90 }
				/>
				<TextField
					{ ...section }
					path="last_seen.lon"
					name="lon"
					label={ __( 'Longitude (required)', 'notfound' ) }
					hint={ __(
						'Decimal degrees, east positive, e.g. 4.3525.',
						'notfound'
					) }
					required
					type="number"
					step="any"
					min={ -180 }
					max={ 180 }
				/>
			</div>
		</FormSection>
	);
}
