/**
 * The photo rules checked before an upload: type, file size, and the size of each side.
 */
import { imageProblem } from './image-check';
import { SETTINGS } from './test-values';

const rules = SETTINGS.photo;

describe( 'imageProblem', () => {
	it( 'accepts a PNG of 300 × 400 pixels', () => {
		expect(
			imageProblem(
				{ type: 'image/png', bytes: 2000, width: 300, height: 400 },
				rules
			)
		).toBeNull();
	} );

	it( 'refuses other types before reading the image', () => {
		expect(
			imageProblem( { type: 'image/gif', bytes: 2000 }, rules )
		).toMatch( /JPEG, PNG or WebP/ );
	} );

	it( 'refuses files over 10 MB', () => {
		expect(
			imageProblem(
				{ type: 'image/jpeg', bytes: 10 * 1024 * 1024 + 1 },
				rules
			)
		).toMatch( /300 to 6000 pixels .* at most 10 MB/ );
	} );

	it.each( [
		[ 299, 800 ],
		[ 800, 6001 ],
	] )( 'refuses %i × %i pixels', ( width, height ) => {
		expect(
			imageProblem(
				{ type: 'image/webp', bytes: 2000, width, height },
				rules
			)
		).not.toBeNull();
	} );
} );
