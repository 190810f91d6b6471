/**
 * Which countries' posters the site shows, and whose it shows when the visitor's country is unknown.
 */
import { __ } from '@wordpress/i18n';

import type { Country } from '../shared/countries';
import { CountrySelect } from './country-select';
import { fieldId, fieldProps } from './field-props';
import { RegionPicker } from './region-picker';
import { Section, type FieldsProps } from './section';

export function RegionFields( {
	values,
	errors,
	onChange,
	countries,
}: FieldsProps & { countries: Country[] } ) {
	return (
		<Section title={ __( 'Regions', 'notfound' ) }>
			<RegionPicker
				label={ __( 'Countries to show', 'notfound' ) }
				help={ __(
					'Type a country’s name to add it. Leave empty to show posters from every country, nearest first.',
					'notfound'
				) }
				countries={ countries }
				value={ values.regions }
				onChange={ ( regions ) => onChange( { regions } ) }
				error={ errors.regions }
				id={ fieldId( 'regions' ) }
			/>
			<CountrySelect
				label={ __( 'Default country', 'notfound' ) }
				countries={ countries }
				value={ values.default_country }
				onChange={ ( value ) => onChange( { default_country: value } ) }
				{ ...fieldProps(
					errors,
					'default_country',
					__(
						'Used when the visitor’s country is unknown: their posters come first.',
						'notfound'
					)
				) }
			/>
		</Section>
	);
}
