/**
 * The front end: a script module WordPress loads, deferred, only on pages where the block renders.
 * It must stay tiny (npm run budget): no framework, no translation runtime.
 */
import { PosterCarousel } from './carousel';
import { countDisplays } from './display-beacon';

const matches = ( query: string ) => window.matchMedia( query ).matches;

// style.css lays the carousel out under (scripting: enabled); a browser that does not know the query
// keeps the plain scrolling row, which works everywhere.
if ( matches( '(scripting: enabled)' ) ) {
	const reducedMotion = matches( '(prefers-reduced-motion: reduce)' );
	document
		.querySelectorAll< HTMLElement >( '[data-notfound-carousel]' )
		.forEach( ( root ) =>
			PosterCarousel.enhance( root, { reducedMotion } )
		);
}

// Every layout, carousel or grid, counts the posters a visitor gets to see.
document
	.querySelectorAll< HTMLElement >( '[data-count-token]' )
	.forEach( countDisplays );
