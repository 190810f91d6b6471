/**
 * The statistics routes; apiFetch adds the REST nonce WordPress sets up in wp-admin.
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

import type { Statistics, StatisticsQuery } from './types';

function queryArgs( { from, to, partner }: StatisticsQuery ) {
	return partner === null ? { from, to } : { from, to, partner };
}

export function fetchStatistics(
	query: StatisticsQuery
): Promise< Statistics > {
	return apiFetch< Statistics >( {
		path: addQueryArgs( '/notfound/v1/statistics', queryArgs( query ) ),
	} );
}

/**
 * The CSV as a file the browser saves: fetched with the nonce, then handed over as a download.
 * @param query
 */
export async function downloadCsv( query: StatisticsQuery ): Promise< void > {
	const response = await apiFetch< Response, false >( {
		path: addQueryArgs( '/notfound/v1/statistics/csv', queryArgs( query ) ),
		parse: false,
	} );
	const url = URL.createObjectURL( await response.blob() );
	const link = document.createElement( 'a' );
	link.href = url;
	link.download = `notfound-displays-${ query.from }-${ query.to }.csv`;
	link.click();
	URL.revokeObjectURL( url );
}
