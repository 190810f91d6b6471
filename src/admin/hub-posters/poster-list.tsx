/**
 * The organisation's posters (all posters, for administrators: the server decides) in a DataViews table,
 * filtered and paged on the server.
 */
import { DataViews, type Action, type View } from '@wordpress/dataviews/wp';
import { useDispatch } from '@wordpress/data';
import { useEffect, useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { describeFailure, fetchPosters, type PosterPage } from './api';
import { DEFAULT_VIEW, queryFromView } from './list-query';
import { posterFields } from './poster-fields';
import type { AppSettings, ManagedPoster } from './types';
import { WithdrawDialog } from './withdraw-dialog';

interface PosterListProps {
	settings: AppSettings;
	onEdit: ( id: string ) => void;
	onRenew: ( id: string ) => void;
}

const isActive = ( item: ManagedPoster ) => item.status === 'active';

export function PosterList( { settings, onEdit, onRenew }: PosterListProps ) {
	// Administrators see every organisation's posters, so the organisation is a column for them.
	const [ view, setView ] = useState< View >( () =>
		settings.isAdmin
			? {
					...DEFAULT_VIEW,
					fields: [ ...( DEFAULT_VIEW.fields ?? [] ), 'partner' ],
				}
			: DEFAULT_VIEW
	);
	const [ page, setPage ] = useState< PosterPage >( {
		items: [],
		total: 0,
		totalPages: 0,
	} );
	const [ isLoading, setLoading ] = useState( true );
	const [ reloads, setReloads ] = useState( 0 );
	const [ withdrawing, setWithdrawing ] = useState< ManagedPoster | null >(
		null
	);
	const { createErrorNotice, createSuccessNotice } =
		useDispatch( noticesStore );
	// Keyed by value: a view change that keeps the query (a column hidden) does not fetch again.
	const queryKey = JSON.stringify( queryFromView( view ) );

	useEffect( () => {
		// Only the answer to the latest query may fill the table.
		let current = true;
		setLoading( true );
		fetchPosters( JSON.parse( queryKey ) )
			.then( ( result ) => {
				if ( current ) {
					setPage( result );
				}
			} )
			.catch( ( error ) => {
				if ( current ) {
					createErrorNotice( describeFailure( error ).message, {
						id: 'notfound-list-error',
					} );
				}
			} )
			.finally( () => {
				if ( current ) {
					setLoading( false );
				}
			} );
		return () => {
			current = false;
		};
	}, [ queryKey, reloads, createErrorNotice ] );

	const fields = useMemo(
		() => posterFields( settings.countries, settings.isAdmin ),
		[ settings.countries, settings.isAdmin ]
	);
	const actions = useMemo< Action< ManagedPoster >[] >(
		() => [
			{
				id: 'edit',
				label: __( 'Edit', 'notfound' ),
				isEligible: isActive,
				callback: ( [ item ] ) => onEdit( item.id ),
			},
			{
				id: 'renew',
				label: __( 'Renew', 'notfound' ),
				isEligible: isActive,
				callback: ( [ item ] ) => onRenew( item.id ),
			},
			{
				id: 'withdraw',
				label: __( 'Withdraw poster', 'notfound' ),
				isEligible: isActive,
				callback: ( [ item ] ) => setWithdrawing( item ),
			},
		],
		[ onEdit, onRenew ]
	);

	const withdrawn = () => {
		setWithdrawing( null );
		createSuccessNotice(
			__(
				'The poster is withdrawn: it disappears from every site within minutes.',
				'notfound'
			),
			{ type: 'snackbar' }
		);
		setReloads( ( count ) => count + 1 );
	};

	return (
		<>
			<DataViews< ManagedPoster >
				view={ view }
				onChangeView={ setView }
				fields={ fields }
				data={ page.items }
				isLoading={ isLoading }
				paginationInfo={ {
					totalItems: page.total,
					totalPages: page.totalPages,
				} }
				actions={ actions }
				defaultLayouts={ { table: {} } }
				search
				searchLabel={ __( 'Search name or place', 'notfound' ) }
				isItemClickable={ isActive }
				onClickItem={ ( item ) => onEdit( item.id ) }
				empty={ <p>{ __( 'No posters match.', 'notfound' ) }</p> }
			/>
			{ withdrawing && (
				<WithdrawDialog
					poster={ withdrawing }
					onClose={ () => setWithdrawing( null ) }
					onWithdrawn={ withdrawn }
				/>
			) }
		</>
	);
}
