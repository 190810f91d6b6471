/**
 * Which screen shows, kept in the address (…&action=new, …&poster=<id>, …&poster=<id>&action=renew, as
 * the hub's expiry reminders link to) so links, reloads and the
 * browser's Back button work.
 */
import { useCallback, useEffect, useState } from '@wordpress/element';

export type Route =
	| { screen: 'list' }
	| { screen: 'new' }
	| { screen: 'edit'; id: string }
	| { screen: 'renew'; id: string };

export function routeFrom( search: string ): Route {
	const args = new URLSearchParams( search );
	const id = args.get( 'poster' );
	if ( id ) {
		return args.get( 'action' ) === 'renew'
			? { screen: 'renew', id }
			: { screen: 'edit', id };
	}
	return args.get( 'action' ) === 'new'
		? { screen: 'new' }
		: { screen: 'list' };
}

/**
 * The address of a screen: the current admin page's, with only its own arguments changed.
 * @param route
 * @param search
 */
export function searchFor( route: Route, search: string ): string {
	const args = new URLSearchParams( search );
	args.delete( 'action' );
	args.delete( 'poster' );
	if ( route.screen === 'new' ) {
		args.set( 'action', 'new' );
	} else if ( route.screen !== 'list' ) {
		args.set( 'poster', route.id );
		if ( route.screen === 'renew' ) {
			args.set( 'action', 'renew' );
		}
	}
	return `?${ args.toString() }`;
}

export function useRoute(): [ Route, ( route: Route ) => void ] {
	const [ route, setRoute ] = useState< Route >( () =>
		routeFrom( window.location.search )
	);
	useEffect( () => {
		const onPopState = () =>
			setRoute( routeFrom( window.location.search ) );
		window.addEventListener( 'popstate', onPopState );
		return () => window.removeEventListener( 'popstate', onPopState );
	}, [] );
	const navigate = useCallback( ( next: Route ) => {
		window.history.pushState(
			null,
			'',
			searchFor( next, window.location.search )
		);
		setRoute( next );
	}, [] );
	return [ route, navigate ];
}
