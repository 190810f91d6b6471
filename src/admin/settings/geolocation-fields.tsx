/**
 * Where the visitor's country comes from. The address itself is never sent anywhere or stored.
 */
import { TextareaControl, ToggleControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import { fieldId, helpProps } from './field-props';
import { Section, type FieldsProps } from './section';

export function GeolocationFields( {
	values,
	errors,
	onChange,
	attribution,
}: FieldsProps & { attribution: string } ) {
	return (
		<Section title={ __( 'Visitor’s country', 'notfound' ) }>
			<ToggleControl
				label={ __(
					'A CDN in front of this site sets the visitor’s country header',
					'notfound'
				) }
				help={ __(
					'Turn on only if your CDN or web server sets CF-IPCountry, CloudFront-Viewer-Country or X-Country-Code and replaces any the visitor sent. Without one, any visitor can send the header and pick the country their posters are chosen and counted for.',
					'notfound'
				) }
				checked={ values.geo_cdn_header }
				onChange={ ( value ) => onChange( { geo_cdn_header: value } ) }
			/>
			<ToggleControl
				label={ __(
					'Look the address up in the bundled IP database',
					'notfound'
				) }
				help={ `${ __(
					'On this server only: the address is never sent anywhere or stored. Pages with posters are then not cached.',
					'notfound'
				) } ${ attribution }` }
				checked={ values.geo_database }
				onChange={ ( value ) => onChange( { geo_database: value } ) }
			/>
			<div id={ fieldId( 'trusted_proxies' ) }>
				<TextareaControl
					label={ __( 'Trusted proxies', 'notfound' ) }
					rows={ 4 }
					value={ values.trusted_proxies.join( '\n' ) }
					onChange={ ( text ) =>
						onChange( { trusted_proxies: text.split( '\n' ) } )
					}
					{ ...helpProps(
						errors,
						'trusted_proxies',
						__(
							'One IP address or CIDR range per line (203.0.113.7, 10.0.0.0/8, 2001:db8::/32). Only these may tell the visitor’s address in X-Forwarded-For.',
							'notfound'
						)
					) }
				/>
			</div>
		</Section>
	);
}
