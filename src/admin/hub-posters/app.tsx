/**
 * The Posters screen: the list, and the form to add or edit a poster, one at a time.
 */
import { useDispatch } from '@wordpress/data';
import { useCallback, useEffect, useRef } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { Notices } from '../shared/notices';
import { PosterEditor } from './poster-editor';
import { PosterForm } from './poster-form';
import { PosterList } from './poster-list';
import { searchFor, useRoute, type Route } from './route';
import type { AppSettings } from './types';

function title( route: Route ): string {
	switch ( route.screen ) {
		case 'new':
			return __( 'Add poster', 'notfound' );
		case 'edit':
			return __( 'Edit poster', 'notfound' );
		case 'renew':
			return __( 'Renew poster', 'notfound' );
		default:
			return __( 'Posters', 'notfound' );
	}
}

export function App( { settings }: { settings: AppSettings } ) {
	const [ route, navigate ] = useRoute();
	const heading = useRef< HTMLHeadingElement >( null );
	const loaded = useRef( false );
	const { createSuccessNotice } = useDispatch( noticesStore );

	// A new screen starts at its heading, as a new page would; not on the first load, though.
	useEffect( () => {
		if ( loaded.current ) {
			heading.current?.focus();
		}
		loaded.current = true;
	}, [ route ] );

	const showList = useCallback(
		() => navigate( { screen: 'list' } ),
		[ navigate ]
	);
	const edit = useCallback(
		( id: string ) => navigate( { screen: 'edit', id } ),
		[ navigate ]
	);
	const renew = useCallback(
		( id: string ) => navigate( { screen: 'renew', id } ),
		[ navigate ]
	);
	const saved = ( message: string ) => {
		createSuccessNotice( message, { type: 'snackbar' } );
		showList();
	};

	return (
		<>
			<h1 ref={ heading } tabIndex={ -1 } className="wp-heading-inline">
				{ title( route ) }
			</h1>
			{ route.screen === 'list' && (
				<a
					className="page-title-action"
					href={ searchFor(
						{ screen: 'new' },
						window.location.search
					) }
					onClick={ ( event ) => {
						event.preventDefault();
						navigate( { screen: 'new' } );
					} }
				>
					{ __( 'Add poster', 'notfound' ) }
				</a>
			) }
			<hr className="wp-header-end" />
			<Notices />
			{ route.screen === 'list' && (
				<PosterList
					settings={ settings }
					onEdit={ edit }
					onRenew={ renew }
				/>
			) }
			{ route.screen === 'new' && (
				<PosterForm
					settings={ settings }
					onSaved={ () =>
						saved( __( 'Poster published.', 'notfound' ) )
					}
					onCancel={ showList }
				/>
			) }
			{ ( route.screen === 'edit' || route.screen === 'renew' ) && (
				<PosterEditor
					key={ `${ route.screen }-${ route.id }` }
					id={ route.id }
					settings={ settings }
					renew={ route.screen === 'renew' }
					onSaved={ () =>
						saved(
							route.screen === 'renew'
								? __( 'Poster renewed.', 'notfound' )
								: __( 'Changes saved.', 'notfound' )
						)
					}
					onCancel={ showList }
				/>
			) }
		</>
	);
}
