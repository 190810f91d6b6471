/**
 * The enhanced carousel in jsdom: controls, what assistive technology is told, rotation and when it stops.
 */
import { PosterCarousel } from './carousel';

const NAMES = [ 'Abena', 'Noor', 'Qiro' ];

/**
 * The markup render.php prints for the single layout, trimmed to what the carousel reads.
 * @param root0
 * @param root0.autoplay
 * @param root0.interval
 */
function renderBlock( { autoplay = false, interval = '8000' } = {} ) {
	document.body.innerHTML = `
		<section class="wp-block-notfound-poster-carousel"
			data-notfound-carousel ${ autoplay ? 'data-autoplay' : '' }
			data-interval="${ interval }"
			data-label-carousel="carousel" data-label-slide="slide"
			data-label-position="%1$d of %2$d"
			data-label-previous="Previous poster" data-label-next="Next poster"
			data-label-start="Start rotation" data-label-stop="Stop rotation"
			data-heading-template="Page not found — neither is %s">
			<h2 class="wp-block-notfound-poster-carousel__headline">Page not found — neither is Abena</h2>
			<div class="wp-block-notfound-poster-carousel__controls"></div>
			<div class="wp-block-notfound-poster-carousel__slides" id="posters">
				${ NAMES.map(
					( name ) => `
					<div class="wp-block-notfound-poster-carousel__slide">
						<article data-poster-id="${ name }" data-first-name="${ name }"><img loading="lazy" alt=""><h3>${ name }</h3><a href="tel:116000">116 000</a></article>
					</div>`
				).join( '' ) }
			</div>
		</section>`;
	const root = document.querySelector< HTMLElement >( 'section' )!;
	return {
		root,
		slides: Array.from(
			root.querySelectorAll< HTMLElement >(
				'.wp-block-notfound-poster-carousel__slide'
			)
		),
	};
}

function enhance( options = { reducedMotion: false }, block = {} ) {
	const { root, slides } = renderBlock( block );
	const carousel = PosterCarousel.enhance( root, options );
	if ( ! carousel ) {
		throw new Error( 'The block was not enhanced' );
	}
	const button = ( name: string ) =>
		Array.from( root.querySelectorAll( 'button' ) ).find(
			( candidate ) =>
				( candidate.getAttribute( 'aria-label' ) ??
					candidate.textContent ) === name
		);
	return { root, slides, carousel, button };
}

const exposed = ( slides: HTMLElement[] ) =>
	slides
		.filter(
			( slide ) =>
				! slide.hasAttribute( 'inert' ) &&
				slide.getAttribute( 'aria-hidden' ) !== 'true'
		)
		.map( ( slide ) => slide.textContent?.match( /[A-Z][a-z]+/ )?.[ 0 ] );

afterEach( () => {
	jest.useRealTimers();
} );

describe( 'PosterCarousel', () => {
	it( 'leaves a block of fewer than two posters alone', () => {
		const { root, slides } = renderBlock();
		slides.slice( 1 ).forEach( ( slide ) => slide.remove() );

		expect(
			PosterCarousel.enhance( root, { reducedMotion: false } )
		).toBeNull();
		expect( root.querySelector( 'button' ) ).toBeNull();
	} );

	it( 'names the carousel and its slides as the APG pattern asks', () => {
		const { root, slides } = enhance();

		expect( root.getAttribute( 'aria-roledescription' ) ).toBe(
			'carousel'
		);
		expect( root.classList ).toContain( 'is-enhanced' );
		expect(
			slides.map( ( slide ) => slide.getAttribute( 'aria-label' ) )
		).toEqual( [ '1 of 3', '2 of 3', '3 of 3' ] );
		slides.forEach( ( slide ) => {
			expect( slide.getAttribute( 'role' ) ).toBe( 'group' );
			expect( slide.getAttribute( 'aria-roledescription' ) ).toBe(
				'slide'
			);
		} );
	} );

	it( 'exposes only the current poster and steps with previous and next, wrapping around', () => {
		const { root, slides, button } = enhance();

		expect( exposed( slides ) ).toEqual( [ 'Abena' ] );
		button( 'Next poster' )!.click();
		expect( exposed( slides ) ).toEqual( [ 'Noor' ] );
		expect(
			root.querySelector( '.wp-block-notfound-poster-carousel__position' )
				?.textContent
		).toBe( '2 of 3' );
		button( 'Previous poster' )!.click();
		button( 'Previous poster' )!.click();
		expect( exposed( slides ) ).toEqual( [ 'Qiro' ] );
		expect(
			root
				.querySelector< HTMLElement >(
					'.wp-block-notfound-poster-carousel__slides'
				)!
				.style.getPropertyValue( '--notfound-index' )
		).toBe( '2' );
	} );

	it( 'names the child on show in the heading', () => {
		const { root, button } = enhance();
		const heading = () => root.querySelector( 'h2' )?.textContent;

		button( 'Next poster' )?.click();
		expect( heading() ).toBe( 'Page not found — neither is Noor' );
		button( 'Previous poster' )?.click();
		button( 'Previous poster' )?.click();
		expect( heading() ).toBe( 'Page not found — neither is Qiro' );
	} );

	it( 'puts a name holding replacement patterns into the heading as written', () => {
		const { root, slides, button } = enhance();
		const name = "No$`or$&$'$1";
		slides[ 1 ]
			.querySelector( 'article' )
			?.setAttribute( 'data-first-name', name );

		button( 'Next poster' )?.click();

		expect( root.querySelector( 'h2' )?.textContent ).toBe(
			`Page not found — neither is ${ name }`
		);
	} );

	it( 'starts loading the photos of the posters on either side', () => {
		const { slides, button } = enhance();
		const loading = () =>
			slides.map( ( slide ) =>
				slide.querySelector( 'img' )?.getAttribute( 'loading' )
			);

		expect( loading() ).toEqual( [ 'lazy', 'eager', 'eager' ] );
		button( 'Next poster' )!.click();
		expect( loading() ).toEqual( [ 'eager', 'eager', 'eager' ] );
	} );

	it( 'points every control at the slides', () => {
		const { root } = enhance(
			{ reducedMotion: false },
			{ autoplay: true }
		);

		root.querySelectorAll( 'button' ).forEach( ( control ) =>
			expect( control.getAttribute( 'aria-controls' ) ).toBe( 'posters' )
		);
	} );

	it( 'has no rotation control unless autoplay is on, and keeps the live region polite', () => {
		const { root, button } = enhance();

		expect( root.querySelectorAll( 'button' ) ).toHaveLength( 2 );
		expect( button( 'Start rotation' ) ).toBeUndefined();
		expect(
			root.querySelector( '#posters' )?.getAttribute( 'aria-live' )
		).toBe( 'polite' );
	} );

	it( 'rotates with autoplay, rotation control first, live region off while rotating', () => {
		jest.useFakeTimers();
		const { root, slides, carousel } = enhance(
			{ reducedMotion: false },
			{ autoplay: true }
		);

		expect( root.querySelector( 'button' )?.textContent ).toBe(
			'Stop rotation'
		);
		expect(
			root.querySelector( '#posters' )?.getAttribute( 'aria-live' )
		).toBe( 'off' );
		jest.advanceTimersByTime( 7999 );
		expect( exposed( slides ) ).toEqual( [ 'Abena' ] );
		jest.advanceTimersByTime( 1 );
		expect( exposed( slides ) ).toEqual( [ 'Noor' ] );
		expect( carousel.rotating ).toBe( true );
	} );

	it( 'never rotates faster than every 5 seconds', () => {
		jest.useFakeTimers();
		const { slides } = enhance(
			{ reducedMotion: false },
			{ autoplay: true, interval: '1000' }
		);

		jest.advanceTimersByTime( 4999 );
		expect( exposed( slides ) ).toEqual( [ 'Abena' ] );
		jest.advanceTimersByTime( 1 );
		expect( exposed( slides ) ).toEqual( [ 'Noor' ] );
	} );

	it( 'does not start rotating for visitors who prefer reduced motion, but lets them start it', () => {
		jest.useFakeTimers();
		const { slides, button, carousel } = enhance(
			{ reducedMotion: true },
			{ autoplay: true }
		);

		jest.advanceTimersByTime( 30000 );
		expect( exposed( slides ) ).toEqual( [ 'Abena' ] );
		button( 'Start rotation' )!.click();
		expect( carousel.rotating ).toBe( true );
		expect( button( 'Stop rotation' ) ).toBeDefined();
	} );

	it.each( [
		[
			'focus',
			( root: HTMLElement ) =>
				root
					.querySelector( 'a' )!
					.dispatchEvent(
						new FocusEvent( 'focusin', { bubbles: true } )
					),
		],
		[
			'hover',
			( root: HTMLElement ) =>
				root.dispatchEvent( new Event( 'pointerenter' ) ),
		],
	] )( 'stops rotating for good on %s', ( _, interact ) => {
		jest.useFakeTimers();
		const { root, slides, carousel } = enhance(
			{ reducedMotion: false },
			{ autoplay: true }
		);

		interact( root );
		jest.advanceTimersByTime( 60000 );

		expect( carousel.rotating ).toBe( false );
		expect( exposed( slides ) ).toEqual( [ 'Abena' ] );
		expect( root.querySelector( 'button' )?.textContent ).toBe(
			'Start rotation'
		);
		expect(
			root.querySelector( '#posters' )?.getAttribute( 'aria-live' )
		).toBe( 'polite' );
	} );

	it( 'steps with the arrow keys, swapped in right-to-left text', () => {
		const { root, slides } = enhance();
		const arrow = ( key: string ) =>
			root.querySelector( 'button' )!.dispatchEvent(
				new KeyboardEvent( 'keydown', {
					key,
					bubbles: true,
					cancelable: true,
				} )
			);

		expect( arrow( 'ArrowRight' ) ).toBe( false ); // Handled: the default action was prevented.
		expect( exposed( slides ) ).toEqual( [ 'Noor' ] );
		root.style.direction = 'rtl';
		arrow( 'ArrowRight' );
		expect( exposed( slides ) ).toEqual( [ 'Abena' ] );
		expect( arrow( 'Tab' ) ).toBe( true );
	} );

	it( 'keeps focus in the carousel when the poster holding it is hidden', () => {
		const { root, slides } = enhance();
		const link = slides[ 0 ].querySelector( 'a' )!;
		link.focus();

		link.dispatchEvent(
			new KeyboardEvent( 'keydown', { key: 'ArrowRight', bubbles: true } )
		);

		expect( root.ownerDocument.activeElement ).toBe( slides[ 1 ] );
		expect( root.contains( root.ownerDocument.activeElement ) ).toBe(
			true
		);
	} );

	it( 'follows a touch swipe, but not a mouse drag or a tap', () => {
		const { slides } = enhance();
		const track = slides[ 0 ].parentElement!;
		const pointer = (
			type: string,
			clientX: number,
			pointerType: string
		) => {
			const event = new MouseEvent( type, {
				clientX,
				clientY: 100,
				bubbles: true,
			} );
			Object.defineProperty( event, 'pointerType', {
				value: pointerType,
			} );
			track.dispatchEvent( event );
		};

		pointer( 'pointerdown', 300, 'mouse' );
		pointer( 'pointerup', 100, 'mouse' );
		expect( exposed( slides ) ).toEqual( [ 'Abena' ] );

		pointer( 'pointerdown', 300, 'touch' );
		pointer( 'pointerup', 100, 'touch' );
		expect( exposed( slides ) ).toEqual( [ 'Noor' ] );

		// A tap on a link leaves the poster and the focus where they are.
		const link = slides[ 1 ].querySelector( 'a' )!;
		link.focus();
		pointer( 'pointerdown', 200, 'touch' );
		pointer( 'pointerup', 205, 'touch' );
		expect( exposed( slides ) ).toEqual( [ 'Noor' ] );
		expect( link.ownerDocument.activeElement ).toBe( link );
	} );
} );
