/**
 * wp-scripts finds the blocks through their block.json; the admin apps have none, so their entries are
 * added here to the script (non-module) build. The default config is one object, or an array of
 * [ script, module ] configs with --experimental-modules: both forms are handled.
 */
const path = require( 'path' );
const defaults = require( '@wordpress/scripts/config/webpack.config' );

const { existsSync } = require( 'fs' );

// An app whose entry file does not exist yet is left out instead of failing the whole build.
const adminEntryList = {
	'admin/hub-posters/index': path.resolve(
		__dirname,
		'src/admin/hub-posters/index.tsx'
	),
	'admin/settings/index': path.resolve(
		__dirname,
		'src/admin/settings/index.tsx'
	),
};
const adminEntries = Object.fromEntries(
	Object.entries( adminEntryList ).filter( ( [ , file ] ) =>
		existsSync( file )
	)
);

function withAdminEntries( config ) {
	const blockEntries = config.entry;
	return {
		...config,
		// The default entry is a function that scans block.json files at build (and watch) time.
		entry: async () => ( {
			...( typeof blockEntries === 'function'
				? await blockEntries()
				: blockEntries ),
			...adminEntries,
		} ),
	};
}

const isModuleConfig = ( config ) => config.output?.module === true;

module.exports = Array.isArray( defaults )
	? defaults.map( ( config ) =>
			isModuleConfig( config ) ? config : withAdminEntries( config )
		)
	: withAdminEntries( defaults );
