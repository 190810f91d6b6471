/**
 * jest through `wp-scripts test-unit-js`: the default WordPress preset, limited to src/ (colocated tests).
 */
const defaults = require( '@wordpress/scripts/config/jest-unit.config.js' );

// Dependencies that ship only ES modules, which jest on Node 20 must have transformed.
const esmOnly = [ 'uuid', '@wordpress/theme' ];

module.exports = {
	...defaults,
	roots: [ '<rootDir>/src' ],
	// Form tests type through user-event; on a busy two-core machine one can take longer than jest's 5 s.
	testTimeout: 30000,
	transform: {
		'\\.m?[jt]sx?$':
			require.resolve( '@wordpress/scripts/config/babel-transform' ),
	},
	transformIgnorePatterns: [
		`/node_modules/(?!(${ esmOnly.join( '|' ) })/)`,
	],
};
