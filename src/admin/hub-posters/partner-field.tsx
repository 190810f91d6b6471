/**
 * The organisation an administrator publishes a poster for (partners always publish for their own).
 */
import { SelectControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { describeFailure, fetchPartners } from './api';
import { controlProps } from '../shared/field-errors';
import type { SectionProps } from './form-section';
import type { Partner } from './types';

export function PartnerField( { values, errors, update }: SectionProps ) {
	const [ partners, setPartners ] = useState< Partner[] | null >( null );
	const [ loadError, setLoadError ] = useState< string | null >( null );

	useEffect( () => {
		let current = true;
		fetchPartners()
			.then( ( found ) => current && setPartners( found ) )
			.catch(
				( failure ) =>
					current &&
					setLoadError( describeFailure( failure ).message )
			);
		return () => {
			current = false;
		};
	}, [] );

	const options = [
		{
			value: '',
			label: partners
				? __( 'Choose an organisation', 'notfound' )
				: __( 'Loading…', 'notfound' ),
		},
		...( partners ?? [] )
			.map( ( partner ) => ( {
				value: String( partner.id ),
				label: partner.name,
			} ) )
			.sort( ( a, b ) => a.label.localeCompare( b.label ) ),
	];
	return (
		<SelectControl
			__next40pxDefaultSize
			label={ __( 'Partner organisation (required)', 'notfound' ) }
			required
			value={ values.partnerId }
			options={ options }
			onChange={ ( partnerId ) => update( 'partner_id', { partnerId } ) }
			{ ...controlProps(
				loadError ? { partner_id: loadError, ...errors } : errors,
				'partner_id',
				__(
					'The poster is published in this organisation’s name.',
					'notfound'
				)
			) }
		/>
	);
}
