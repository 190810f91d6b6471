/**
 * A searchable multi-select of countries: tokens show localised names, the option stores ISO codes.
 */
import { FormTokenField } from '@wordpress/components';
import { useMemo } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { Country } from '../shared/countries';

interface RegionPickerProps {
	countries: Country[];
	value: string[];
	onChange: ( codes: string[] ) => void;
	label: string;
	help: string;
	error?: string;
	/** The wrapper's id: the form focuses the input inside when the field is wrong. */
	id?: string;
}

export function RegionPicker( {
	countries,
	value,
	onChange,
	label,
	help,
	error,
	id,
}: RegionPickerProps ) {
	const { nameOf, codeOf } = useMemo(
		() => ( {
			nameOf: new Map(
				countries.map( ( { code, name } ) => [ code, name ] )
			),
			codeOf: new Map(
				countries.map( ( { code, name } ) => [
					name.toLocaleLowerCase(),
					code,
				] )
			),
		} ),
		[ countries ]
	);
	const suggestions = useMemo(
		() => countries.map( ( { name } ) => name ),
		[ countries ]
	);

	return (
		<div
			id={ id }
			className={
				error
					? 'notfound-region-picker has-error'
					: 'notfound-region-picker'
			}
		>
			<FormTokenField
				__next40pxDefaultSize
				label={ label }
				value={ value.map( ( code ) => nameOf.get( code ) ?? code ) }
				suggestions={ suggestions }
				onChange={ ( tokens ) =>
					onChange(
						tokens.flatMap( ( token ) => {
							const text =
								typeof token === 'string' ? token : token.value;
							const code = codeOf.get( text.toLocaleLowerCase() );
							return code ? [ code ] : [];
						} )
					)
				}
				__experimentalValidateInput={ ( text: string ) =>
					codeOf.has( text.toLocaleLowerCase() )
				}
				__experimentalExpandOnFocus
				help={ help }
				maxSuggestions={ countries.length }
				messages={ {
					added: __( 'Country added.', 'notfound' ),
					removed: __( 'Country removed.', 'notfound' ),
					remove: __( 'Remove country', 'notfound' ),
					__experimentalInvalid: __(
						'No country has this name.',
						'notfound'
					),
				} }
			/>
			{ error && (
				<p className="notfound-field-error" role="alert">
					{ error }
				</p>
			) }
		</div>
	);
}
