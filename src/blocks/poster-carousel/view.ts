/**
 * The front end: a script module WordPress loads, deferred, only on pages where the block renders.
 * It must stay tiny (npm run budget): no framework, no translation runtime.
 */
import { PosterCarousel } from './carousel';

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
