// Where the notfound text domain's strings live: the files make-pot would scan for this plugin.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(
	dirname( fileURLToPath( import.meta.url ) ),
	'../..'
);
export const DOMAIN = 'notfound';
export const PLUGIN_FILE = 'notfound.php';
export const LANGUAGES = 'languages';

/**
 * Plugin-relative paths with forward slashes, sorted so the output never depends on the file system's order.
 * @param {string}                    folder  Plugin-relative.
 * @param {(path: string) => boolean} matches Which paths to keep.
 */
export function filesUnder( folder, matches ) {
	const absolute = join( ROOT, folder );
	if ( ! existsSync( absolute ) ) {
		return [];
	}
	return readdirSync( absolute, { recursive: true } )
		.map( ( name ) =>
			relative( ROOT, join( absolute, name ) ).split( sep ).join( '/' )
		)
		.filter( matches )
		.sort();
}

export const phpFiles = () => [
	PLUGIN_FILE,
	'uninstall.php',
	...[ 'includes', 'src', 'templates' ].flatMap( ( folder ) =>
		filesUnder( folder, ( path ) => path.endsWith( '.php' ) )
	),
];

// Tests and type declarations never reach a user.
export const scriptFiles = () =>
	filesUnder(
		'src',
		( path ) =>
			/\.tsx?$/.test( path ) &&
			! /\.test\.tsx?$/.test( path ) &&
			! path.endsWith( '.d.ts' )
	);

export const blockJsonFiles = () =>
	filesUnder( 'src', ( path ) => path.endsWith( '/block.json' ) );
