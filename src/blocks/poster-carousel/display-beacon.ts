/**
 * Counts the posters after the first as a visitor brings them into view (the server counted the first when
 * it delivered the page). One same-origin beacon per batch, carrying only the server's signed token and the
 * posters' places in it: nothing about the visitor.
 */

/** Posters shown for this long together are sent in one beacon. */
const BATCH_MS = 1000;

export function countDisplays( root: HTMLElement ): void {
	const { countUrl, countToken } = root.dataset;
	if (
		! countUrl ||
		! countToken ||
		! ( 'IntersectionObserver' in window )
	) {
		return;
	}
	const posters = Array.from(
		root.querySelectorAll< HTMLElement >( '[data-poster-id]' )
	).slice( 1 );
	const counted = new Set< Element >();
	const waiting = new Set< number >();
	let timer: ReturnType< typeof setTimeout > | undefined;

	const send = () => {
		clearTimeout( timer );
		if ( waiting.size ) {
			navigator.sendBeacon(
				countUrl,
				new URLSearchParams( {
					token: countToken,
					shown: [ ...waiting ].join( ',' ),
				} )
			);
			waiting.clear();
		}
	};

	// Shown: half the poster on screen, or (a poster taller than the screen) half the screen filled by it, in
	// a visible tab. A carousel's hidden slides are clipped away, so they count only when the visitor moves
	// to them.
	const isShown = ( entry: IntersectionObserverEntry ) =>
		entry.isIntersecting &&
		document.visibilityState === 'visible' &&
		( entry.intersectionRatio >= 0.5 ||
			entry.intersectionRect.height * 2 >=
				( entry.rootBounds?.height ?? Infinity ) );
	const observer = new IntersectionObserver(
		( entries ) => {
			for ( const entry of entries ) {
				if ( isShown( entry ) ) {
					counted.add( entry.target );
					observer.unobserve( entry.target );
					waiting.add(
						posters.indexOf( entry.target as HTMLElement )
					);
				}
			}
			clearTimeout( timer );
			timer = setTimeout( send, BATCH_MS );
		},
		{ threshold: [ 0.1, 0.2, 0.3, 0.4, 0.5 ] }
	);
	const observeUncounted = () =>
		posters.forEach( ( poster ) => {
			if ( ! counted.has( poster ) ) {
				// Observing again reports the current state: a tab opened in the background counts when shown.
				observer.unobserve( poster );
				observer.observe( poster );
			}
		} );
	observeUncounted();
	document.addEventListener( 'visibilitychange', () =>
		document.visibilityState === 'visible' ? observeUncounted() : send()
	);
	window.addEventListener( 'pagehide', send );
}
