/**
 * wp-scripts finds the blocks through their block.json; the admin apps have none, so each
 * src/admin/<app>/index.tsx is added here as the entry admin/<app>/index of the script (non-module)
 * build. The default config is one object, or an array of [ script, module ] configs with
 * --experimental-modules: both forms are handled.
 */
const fs = require( 'fs' );
const path = require( 'path' );
const defaults = require( '@wordpress/scripts/config/webpack.config' );

const adminDirectory = path.resolve( __dirname, 'src/admin' );

/** Read at build time (and on each watch rebuild), so a new admin app needs no change here. */
function adminEntries() {
	if ( ! fs.existsSync( adminDirectory ) ) {
		return {};
	}
	return Object.fromEntries(
		fs
			.readdirSync( adminDirectory )
			.map( ( app ) => path.join( adminDirectory, app, 'index.tsx' ) )
			.filter( ( entry ) => fs.existsSync( entry ) )
			.map( ( entry ) => [
				`admin/${ path.basename( path.dirname( entry ) ) }/index`,
				entry,
			] )
	);
}

function withAdminEntries( config ) {
	const blockEntries = config.entry;
	return {
		...config,
		// The default entry is a function that scans block.json files at build (and watch) time.
		entry: async () => ( {
			...( typeof blockEntries === 'function'
				? await blockEntries()
				: blockEntries ),
			...adminEntries(),
		} ),
	};
}

const isModuleConfig = ( config ) => config.output?.module === true;

module.exports = Array.isArray( defaults )
	? defaults.map( ( config ) =>
			isModuleConfig( config ) ? config : withAdminEntries( config )
		)
	: withAdminEntries( defaults );
