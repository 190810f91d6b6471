/**
 * jest through `wp-scripts test-unit-js`: the default WordPress preset, limited to src/ (colocated tests).
 */
const defaults = require( '@wordpress/scripts/config/jest-unit.config.js' );

// Dependencies that ship only ES modules, which jest on Node 20 must have transformed.
const esmOnly = [ 'uuid', '@wordpress/theme' ];

module.exports = {
	...defaults,
	roots: [ '<rootDir>/src' ],
	transform: {
		'\\.m?[jt]sx?$':
			require.resolve( '@wordpress/scripts/config/babel-transform' ),
	},
	transformIgnorePatterns: [
		`/node_modules/(?!(${ esmOnly.join( '|' ) })/)`,
	],
};
