/**
 * The list's columns and filters. The server filters, searches and orders (newest change first), so no
 * column sorts on the client.
 */
import type { Field } from '@wordpress/dataviews/wp';
import { __ } from '@wordpress/i18n';

import { expiryNote } from './expiry';
import { countryName, countryOptions, formatDate } from './names';
import type { ManagedPoster } from './types';
import { todayUtc } from './validate';

/**
 * The date, and how near it is once near; a withdrawn poster's expiry no longer matters.
 * @param props
 * @param props.item
 */
function ExpiryCell( { item }: { item: ManagedPoster } ) {
	const note =
		item.status === 'active'
			? expiryNote( item.expires, todayUtc() )
			: null;
	return (
		<>
			{ formatDate( item.expires ) }
			{ note && (
				<span className="notfound-expiry-note"> · { note }</span>
			) }
		</>
	);
}

export function statusLabel( status: ManagedPoster[ 'status' ] ): string {
	return status === 'withdrawn'
		? __( 'Withdrawn', 'notfound' )
		: __( 'Active', 'notfound' );
}

export function childName( item: ManagedPoster ): string {
	return [ item.poster.first_name, item.poster.last_name ]
		.filter( Boolean )
		.join( ' ' );
}

export function posterFields(
	countries: string[],
	showPartner: boolean
): Field< ManagedPoster >[] {
	const fields: Field< ManagedPoster >[] = [
		{
			id: 'photo',
			label: __( 'Photo', 'notfound' ),
			type: 'media',
			// Decorative: the child's name is next to it.
			render: ( { item } ) =>
				item.poster.photos[ 0 ] ? (
					<img
						className="notfound-list-photo"
						src={ item.poster.photos[ 0 ].url }
						alt=""
					/>
				) : null,
			enableSorting: false,
			enableHiding: false,
			filterBy: false,
		},
		{
			id: 'name',
			label: __( 'Name', 'notfound' ),
			getValue: ( { item } ) => childName( item ),
			enableSorting: false,
			enableHiding: false,
			filterBy: false,
		},
		{
			id: 'status',
			label: __( 'Status', 'notfound' ),
			getValue: ( { item } ) => item.status,
			elements: [
				{ value: 'active', label: statusLabel( 'active' ) },
				{ value: 'withdrawn', label: statusLabel( 'withdrawn' ) },
			],
			render: ( { item } ) => (
				<span className={ `notfound-status is-${ item.status }` }>
					{ statusLabel( item.status ) }
				</span>
			),
			filterBy: { operators: [ 'is' ], isPrimary: true },
			enableSorting: false,
		},
		{
			id: 'country',
			label: __( 'Country', 'notfound' ),
			getValue: ( { item } ) => item.poster.last_seen.country,
			elements: countryOptions( countries ),
			render: ( { item } ) => (
				<>{ countryName( item.poster.last_seen.country ) }</>
			),
			filterBy: { operators: [ 'is' ], isPrimary: true },
			enableSorting: false,
		},
		{
			id: 'place',
			label: __( 'Last seen in', 'notfound' ),
			getValue: ( { item } ) => item.poster.last_seen.place,
			enableSorting: false,
			filterBy: false,
		},
		{
			id: 'missing_since',
			label: __( 'Missing since', 'notfound' ),
			getValue: ( { item } ) => item.poster.missing_since,
			render: ( { item } ) => (
				<>{ formatDate( item.poster.missing_since ) }</>
			),
			enableSorting: false,
			filterBy: false,
		},
		{
			id: 'expires',
			label: __( 'Expires', 'notfound' ),
			getValue: ( { item } ) => item.expires,
			render: ( { item } ) => <ExpiryCell item={ item } />,
			enableSorting: false,
			filterBy: false,
		},
	];
	if ( showPartner ) {
		fields.push( {
			id: 'partner',
			label: __( 'Organisation', 'notfound' ),
			getValue: ( { item } ) => item.poster.partner.name,
			enableSorting: false,
			filterBy: false,
		} );
	}
	return fields;
}
