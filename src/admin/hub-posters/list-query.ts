/**
 * The list's DataViews view (filters, search, page) as the management route's query arguments.
 */
import type { View } from '@wordpress/dataviews/wp';

export interface ManageQuery {
	status: 'active' | 'withdrawn' | 'any';
	country: string;
	search: string;
	page: number;
	per_page: number;
}

export const DEFAULT_PER_PAGE = 20;
const MAX_PER_PAGE = 100;
const MAX_SEARCH = 100;

export const DEFAULT_VIEW: View = {
	type: 'table',
	search: '',
	filters: [],
	page: 1,
	perPage: DEFAULT_PER_PAGE,
	titleField: 'name',
	mediaField: 'photo',
	fields: [ 'status', 'country', 'place', 'missing_since', 'expires' ],
};

/**
 * The single value of an `is` filter on this field, when one is set.
 * @param view
 * @param field
 */
function filterValue( view: View, field: string ): string | undefined {
	const filter = view.filters?.find(
		( candidate ) =>
			candidate.field === field && candidate.operator === 'is'
	);
	return typeof filter?.value === 'string' && filter.value
		? filter.value
		: undefined;
}

export function queryFromView( view: View ): ManageQuery {
	const status = filterValue( view, 'status' );
	const country = filterValue( view, 'country' ) ?? '';
	return {
		status: status === 'active' || status === 'withdrawn' ? status : 'any',
		country: /^[A-Z]{2}$/.test( country ) ? country : '',
		search: ( view.search ?? '' ).trim().slice( 0, MAX_SEARCH ),
		page: Math.max( 1, view.page ?? 1 ),
		per_page: Math.min(
			MAX_PER_PAGE,
			Math.max( 1, view.perPage ?? DEFAULT_PER_PAGE )
		),
	};
}
