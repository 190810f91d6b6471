/**
 * The module's start: every carousel on the page is enhanced, only where the layout's CSS applies.
 * @param matching
 */
function loadView( matching: string[] ) {
	window.matchMedia = jest.fn( ( query: string ) => ( {
		matches: matching.includes( query ),
	} ) ) as unknown as typeof window.matchMedia;
	jest.isolateModules( () => {
		require( './view' );
	} );
}

function twoCarousels() {
	const block = `
		<section data-notfound-carousel data-autoplay data-label-position="%1$d of %2$d"
			data-label-start="Start rotation" data-label-stop="Stop rotation">
			<div class="wp-block-notfound-poster-carousel__controls"></div>
			<div class="wp-block-notfound-poster-carousel__slides" id="s">
				<div>Abena</div><div>Noor</div>
			</div>
		</section>`;
	document.body.innerHTML = block + block;
	return Array.from( document.querySelectorAll( 'section' ) );
}

describe( 'view', () => {
	it( 'enhances every carousel when scripts are known to run', () => {
		const blocks = twoCarousels();

		loadView( [ '(scripting: enabled)' ] );

		blocks.forEach( ( block ) =>
			expect( block.classList ).toContain( 'is-enhanced' )
		);
	} );

	it( 'never starts rotating for visitors who prefer reduced motion', () => {
		const blocks = twoCarousels();

		loadView( [
			'(scripting: enabled)',
			'(prefers-reduced-motion: reduce)',
		] );

		blocks.forEach( ( block ) =>
			expect( block.querySelector( 'button' )?.textContent ).toBe(
				'Start rotation'
			)
		);
	} );

	it( 'leaves the scrolling row to browsers that do not know the scripting query', () => {
		const blocks = twoCarousels();

		loadView( [] );

		blocks.forEach( ( block ) =>
			expect( block.classList ).not.toContain( 'is-enhanced' )
		);
	} );
} );
