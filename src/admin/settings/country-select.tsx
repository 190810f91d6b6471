/**
 * One country, by its localised name; the browser's select lets one type a name to jump to it.
 */
import { SelectControl } from '@wordpress/components';
import type { ComponentProps } from 'react';

import type { Country } from '../shared/countries';

type CountrySelectProps = Omit<
	ComponentProps< typeof SelectControl >,
	'options' | 'onChange' | 'value' | 'multiple'
> & {
	countries: Country[];
	value: string;
	onChange: ( code: string ) => void;
};

export function CountrySelect( {
	countries,
	value,
	onChange,
	...props
}: CountrySelectProps ) {
	return (
		<SelectControl
			__next40pxDefaultSize
			{ ...props }
			value={ value }
			options={ countries.map( ( { code, name } ) => ( {
				value: code,
				label: name,
			} ) ) }
			onChange={ onChange }
		/>
	);
}
