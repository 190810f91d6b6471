/**
 * Where the posters were shown (by country) and which were shown most.
 */
import { __ } from '@wordpress/i18n';

import type { Statistics } from './types';

interface Formatters {
	formatNumber: ( value: number ) => string;
	countryName: ( code: string ) => string;
}

export function CountryTable( {
	byCountry,
	formatNumber,
	countryName,
}: Formatters & { byCountry: Statistics[ 'by_country' ] } ) {
	return (
		<table className="widefat striped notfound-stats-table">
			<caption>
				{ __( 'Displays by visitors’ country', 'notfound' ) }
			</caption>
			<thead>
				<tr>
					<th scope="col">{ __( 'Country', 'notfound' ) }</th>
					<th scope="col">{ __( 'Displays', 'notfound' ) }</th>
				</tr>
			</thead>
			<tbody>
				{ [ ...byCountry ]
					.sort( ( a, b ) => b.displays - a.displays )
					.map( ( { country, displays } ) => (
						<tr key={ country }>
							<th scope="row">{ countryName( country ) }</th>
							<td>{ formatNumber( displays ) }</td>
						</tr>
					) ) }
			</tbody>
		</table>
	);
}

export function TopPosters( {
	posters,
	formatNumber,
}: Pick< Formatters, 'formatNumber' > & {
	posters: Statistics[ 'top_posters' ];
} ) {
	return (
		<table className="widefat striped notfound-stats-table">
			<caption>{ __( 'Most displayed posters', 'notfound' ) }</caption>
			<thead>
				<tr>
					<th scope="col">{ __( 'Child', 'notfound' ) }</th>
					<th scope="col">{ __( 'Organisation', 'notfound' ) }</th>
					<th scope="col">{ __( 'Displays', 'notfound' ) }</th>
				</tr>
			</thead>
			<tbody>
				{ posters.map( ( { id, name, partner, displays } ) => (
					<tr key={ id }>
						<th scope="row">
							{ name || id }{ ' ' }
							<code className="notfound-stats-id">{ id }</code>
						</th>
						<td>{ partner }</td>
						<td>{ formatNumber( displays ) }</td>
					</tr>
				) ) }
			</tbody>
		</table>
	);
}
