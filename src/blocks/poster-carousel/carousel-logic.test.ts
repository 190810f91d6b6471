/**
 * The carousel's decisions: wrapping, keys and swipes in both text directions, labels, interval.
 */
import {
	keyStep,
	MIN_INTERVAL_MS,
	positionLabel,
	rotationInterval,
	swipeStep,
	wrapIndex,
} from './carousel-logic';

const press = ( key: string, modifiers: Partial< KeyboardEvent > = {} ) => ( {
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	...modifiers,
} );

describe( 'wrapIndex', () => {
	it( 'goes from the last poster to the first and back', () => {
		expect( wrapIndex( 6, 6 ) ).toBe( 0 );
		expect( wrapIndex( -1, 6 ) ).toBe( 5 );
		expect( wrapIndex( 3, 6 ) ).toBe( 3 );
	} );
} );

describe( 'keyStep', () => {
	it( 'steps forward with the right arrow and back with the left in left-to-right text', () => {
		expect( keyStep( press( 'ArrowRight' ), false ) ).toBe( 1 );
		expect( keyStep( press( 'ArrowLeft' ), false ) ).toBe( -1 );
	} );

	it( 'swaps the arrows in right-to-left text', () => {
		expect( keyStep( press( 'ArrowLeft' ), true ) ).toBe( 1 );
		expect( keyStep( press( 'ArrowRight' ), true ) ).toBe( -1 );
	} );

	it( 'leaves other keys and modified arrows to the browser', () => {
		expect( keyStep( press( 'Enter' ), false ) ).toBe( 0 );
		expect( keyStep( press( 'ArrowDown' ), false ) ).toBe( 0 );
		expect( keyStep( press( 'ArrowLeft', { altKey: true } ), false ) ).toBe(
			0
		);
		expect(
			keyStep( press( 'ArrowRight', { shiftKey: true } ), false )
		).toBe( 0 );
	} );
} );

describe( 'swipeStep', () => {
	it( 'shows the next poster on a swipe towards the start of the line', () => {
		expect( swipeStep( -80, 10, false ) ).toBe( 1 );
		expect( swipeStep( 80, 10, false ) ).toBe( -1 );
		expect( swipeStep( 80, 10, true ) ).toBe( 1 );
		expect( swipeStep( -80, 10, true ) ).toBe( -1 );
	} );

	it( 'ignores taps and vertical scrolling', () => {
		expect( swipeStep( -20, 0, false ) ).toBe( 0 );
		expect( swipeStep( -60, 90, false ) ).toBe( 0 );
	} );
} );

describe( 'positionLabel', () => {
	it( 'fills both placeholders, in whatever order the translation has them', () => {
		expect( positionLabel( '%1$d of %2$d', 2, 6 ) ).toBe( '2 of 6' );
		expect( positionLabel( '%2$d 中的第 %1$d 个', 2, 6 ) ).toBe(
			'6 中的第 2 个'
		);
	} );
} );

describe( 'rotationInterval', () => {
	it( 'keeps the printed interval but never goes below the minimum', () => {
		expect( rotationInterval( '8000' ) ).toBe( 8000 );
		expect( rotationInterval( '1000' ) ).toBe( MIN_INTERVAL_MS );
		expect( rotationInterval( undefined ) ).toBe( MIN_INTERVAL_MS );
	} );
} );
