/**
 * Hub mode: the partner organisations that publish on this hub, and the form to add or update one.
 */
import { Button, Notice } from '@wordpress/components';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { fetchPartners } from './api';
import type { Country } from '../shared/countries';
import { failureMessage } from '../shared/failure';
import { EMPTY_PARTNER, PartnerForm } from './partner-form';
import { Section } from './section';
import type { Partner, PartnerFields } from './types';

function PartnerRow( {
	partner,
	onEdit,
}: {
	partner: Partner;
	onEdit: ( partner: Partner ) => void;
} ) {
	return (
		<tr>
			<th scope="row">{ partner.name }</th>
			<td>{ partner.countries.join( ', ' ) }</td>
			<td>{ partner.quota }</td>
			<td>{ partner.import_url || '—' }</td>
			<td>
				<Button
					variant="link"
					onClick={ () => onEdit( partner ) }
					label={ sprintf(
						/* translators: %s: an organisation's name. */
						__( 'Edit %s', 'notfound' ),
						partner.name
					) }
				>
					{ __( 'Edit', 'notfound' ) }
				</Button>
			</td>
		</tr>
	);
}

export function PartnersPanel( { countries }: { countries: Country[] } ) {
	const [ partners, setPartners ] = useState< Partner[] >( [] );
	const [ loadError, setLoadError ] = useState( '' );
	// The form starts over, with these values, whenever its key changes.
	const [ editing, setEditing ] = useState< {
		key: number;
		values: PartnerFields;
	} >( {
		key: 0,
		values: EMPTY_PARTNER,
	} );

	const load = useCallback( () => {
		fetchPartners().then(
			( list ) => {
				setPartners( list );
				setLoadError( '' );
			},
			( error ) => setLoadError( failureMessage( error ) )
		);
	}, [] );
	useEffect( load, [ load ] );

	const edit = ( values: PartnerFields ) =>
		setEditing( ( current ) => ( { key: current.key + 1, values } ) );

	return (
		<Section title={ __( 'Partners', 'notfound' ) }>
			{ loadError && (
				<Notice status="error" isDismissible={ false }>
					{ sprintf(
						/* translators: %s: the reason. */
						__( 'The partners could not be read: %s', 'notfound' ),
						loadError
					) }
				</Notice>
			) }
			<table className="widefat striped">
				<thead>
					<tr>
						<th scope="col">
							{ __( 'Organisation', 'notfound' ) }
						</th>
						<th scope="col">{ __( 'Countries', 'notfound' ) }</th>
						<th scope="col">{ __( 'Quota', 'notfound' ) }</th>
						<th scope="col">{ __( 'Import feed', 'notfound' ) }</th>
						<th scope="col">
							<span className="screen-reader-text">
								{ __( 'Actions', 'notfound' ) }
							</span>
						</th>
					</tr>
				</thead>
				<tbody>
					{ partners.map( ( partner ) => (
						<PartnerRow
							key={ partner.id }
							partner={ partner }
							onEdit={ edit }
						/>
					) ) }
				</tbody>
			</table>
			<PartnerForm
				key={ editing.key }
				initial={ editing.values }
				countries={ countries }
				onSaved={ () => {
					load();
					edit( EMPTY_PARTNER );
				} }
			/>
		</Section>
	);
}
