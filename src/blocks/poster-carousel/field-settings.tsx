/**
 * Which poster details show. Stored as the hidden ones, so a detail added later shows by default.
 */
import { CheckboxControl, PanelBody } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import { OPTIONAL_FIELDS, type OptionalField } from './attributes';

export interface FieldSettingsProps {
	hiddenFields: OptionalField[];
	onChangeHiddenFields: ( hiddenFields: OptionalField[] ) => void;
}

function fieldLabel( field: OptionalField ): string {
	switch ( field ) {
		case 'photo':
			return __( 'Photo', 'notfound' );
		case 'age':
			return __( 'Age', 'notfound' );
		case 'missingSince':
			return __( 'Missing since', 'notfound' );
		case 'lastSeen':
			return __( 'Last seen', 'notfound' );
		case 'partner':
			return __( 'Case handled by', 'notfound' );
		case 'description':
			return __( 'Description', 'notfound' );
	}
}

export default function FieldSettings( {
	hiddenFields,
	onChangeHiddenFields,
}: FieldSettingsProps ) {
	return (
		<PanelBody title={ __( 'Poster details', 'notfound' ) }>
			<p>
				{ __(
					'The name, the hotline and the official case page always show.',
					'notfound'
				) }
			</p>
			{ OPTIONAL_FIELDS.map( ( field ) => (
				<CheckboxControl
					key={ field }
					label={ fieldLabel( field ) }
					checked={ ! hiddenFields.includes( field ) }
					onChange={ ( shown ) =>
						onChangeHiddenFields(
							shown
								? hiddenFields.filter(
										( hidden ) => hidden !== field
									)
								: [ ...hiddenFields, field ]
						)
					}
				/>
			) ) }
		</PanelBody>
	);
}
