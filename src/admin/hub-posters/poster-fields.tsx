/**
 * The list's columns and filters. The server filters, searches and orders (newest change first), so no
 * column sorts on the client.
 */
import type { Field } from '@wordpress/dataviews/wp';
import { __, sprintf } from '@wordpress/i18n';

import { expiryNote } from './expiry';
import { countryName, countryOptions, formatDate } from './names';
import type { FeedPoster, ManagedPoster } from './types';
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

/**
 * A withdrawn poster's tombstone holds nothing of the child: it is named by its id.
 * @param item The list row.
 */
export function childName( item: ManagedPoster ): string {
	return item.status === 'withdrawn'
		? sprintf(
				/* translators: %s: the poster's id. */
				__( 'Withdrawn poster %s', 'notfound' ),
				item.id
			)
		: [ item.poster.first_name, item.poster.last_name ]
				.filter( Boolean )
				.join( ' ' );
}

/**
 * The published poster, or null for a withdrawn one's tombstone.
 * @param item The list row.
 */
function published( item: ManagedPoster ): FeedPoster | null {
	return item.status === 'active' ? item.poster : null;
}

/**
 * The list's thumbnail, decorative: the child's name is next to it. A withdrawn poster's photos are
 * deleted, so it shows a placeholder.
 * @param props      The row.
 * @param props.item
 */
export function PosterPhoto( { item }: { item: ManagedPoster } ) {
	const photo = published( item )?.photos[ 0 ];
	return photo ? (
		<img className="notfound-list-photo" src={ photo.url } alt="" />
	) : (
		<span
			className="notfound-list-photo is-placeholder"
			aria-hidden="true"
		/>
	);
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
			render: ( { item } ) => <PosterPhoto item={ item } />,
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
			getValue: ( { item } ) =>
				published( item )?.last_seen.country ?? '',
			elements: countryOptions( countries ),
			render: ( { item } ) => {
				const country = published( item )?.last_seen.country;
				return <>{ country ? countryName( country ) : '' }</>;
			},
			filterBy: { operators: [ 'is' ], isPrimary: true },
			enableSorting: false,
		},
		{
			id: 'place',
			label: __( 'Last seen in', 'notfound' ),
			getValue: ( { item } ) => published( item )?.last_seen.place ?? '',
			enableSorting: false,
			filterBy: false,
		},
		{
			id: 'missing_since',
			label: __( 'Missing since', 'notfound' ),
			getValue: ( { item } ) => published( item )?.missing_since ?? '',
			render: ( { item } ) => {
				const since = published( item )?.missing_since;
				return <>{ since ? formatDate( since ) : '' }</>;
			},
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
			getValue: ( { item } ) => published( item )?.partner.name ?? '',
			enableSorting: false,
			filterBy: false,
		} );
	}
	return fields;
}
