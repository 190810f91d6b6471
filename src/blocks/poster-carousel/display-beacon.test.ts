/**
 * The beacon's rules; jsdom has no layout, so the observer is driven by hand here (Playwright covers the
 * real one in Chromium).
 */
import { countDisplays } from './display-beacon';

type Callback = ( entries: Partial< IntersectionObserverEntry >[] ) => void;
let observed: Callback | undefined;
const beacon = jest.fn< boolean, [ string, URLSearchParams ] >( () => true );

beforeEach( () => {
	jest.useFakeTimers();
	observed = undefined;
	beacon.mockClear();
	Object.defineProperty( navigator, 'sendBeacon', {
		value: beacon,
		configurable: true,
	} );
	( window as unknown as Record< string, unknown > ).IntersectionObserver =
		class {
			constructor( callback: Callback ) {
				observed = callback;
			}
			observe() {}
			unobserve() {}
		};
	document.body.innerHTML = `
		<section data-count-url="/wp-json/notfound/v1/displays" data-count-token="signed">
			<article data-poster-id="a"></article>
			<article data-poster-id="b"></article>
			<article data-poster-id="c"></article>
		</section>`;
} );

const section = () => document.querySelector( 'section' ) as HTMLElement;
const poster = ( id: string ) =>
	document.querySelector( `[data-poster-id="${ id }"]` ) as Element;
const see = ( id: string, isIntersecting = true, intersectionRatio = 1 ) =>
	observed?.( [
		{
			target: poster( id ),
			isIntersecting,
			intersectionRatio,
			intersectionRect: {
				height: 1000 * intersectionRatio,
			} as DOMRectReadOnly,
			rootBounds: { height: 800 } as DOMRectReadOnly,
		},
	] );
const sentPlaces = () =>
	beacon.mock.calls.map( ( [ , body ] ) => body.get( 'shown' ) );

describe( 'countDisplays', () => {
	it( 'sends the places of the posters after the first that came into view, once', () => {
		countDisplays( section() );

		see( 'c' );
		see( 'b' );
		jest.advanceTimersByTime( 1000 );

		expect( beacon ).toHaveBeenCalledTimes( 1 );
		expect( beacon.mock.calls[ 0 ][ 0 ] ).toBe(
			'/wp-json/notfound/v1/displays'
		);
		expect( beacon.mock.calls[ 0 ][ 1 ].get( 'token' ) ).toBe( 'signed' );
		expect( sentPlaces() ).toEqual( [ '1,0' ] );
	} );

	it( 'sends nothing for posters that stay out of view or barely in it', () => {
		countDisplays( section() );

		see( 'b', false, 0 );
		see( 'c', true, 0.2 ); // 200 pixels of 1000, a quarter of the screen.
		jest.advanceTimersByTime( 5000 );

		expect( beacon ).not.toHaveBeenCalled();
	} );

	it( 'counts a poster taller than the screen once it fills half of it', () => {
		countDisplays( section() );

		see( 'b', true, 0.3 ); // 300 of its 1000 pixels on an 800-pixel screen.
		see( 'c', true, 0.4 ); // 400: half the screen.
		jest.advanceTimersByTime( 1000 );

		expect( sentPlaces() ).toEqual( [ '1' ] );
	} );

	it( 'sends what is waiting when the visitor leaves the page', () => {
		countDisplays( section() );

		see( 'b' );
		window.dispatchEvent( new Event( 'pagehide' ) );

		expect( sentPlaces() ).toEqual( [ '0' ] );
	} );

	it( 'does nothing without a token (counting is off, or the request did not count)', () => {
		section().removeAttribute( 'data-count-token' );

		countDisplays( section() );

		expect( observed ).toBeUndefined();
		window.dispatchEvent( new Event( 'pagehide' ) );
		expect( beacon ).not.toHaveBeenCalled();
	} );
} );
