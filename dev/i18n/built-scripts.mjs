// Which built script each TypeScript source ends up in: the scripts webpack.config.js builds (each
// src/admin/<app>/index.tsx, and what a block.json points at), and every source they import.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import ts from 'typescript';
import { ROOT, blockJsonFiles, filesUnder } from './sources.mjs';

const EXTENSIONS = [ '.tsx', '.ts', '.jsx', '.js' ];
const SCRIPT_FIELDS = [ 'editorScript', 'script', 'viewScript' ];
const MODULE_FIELDS = [ 'viewScriptModule', 'scriptModule' ];

// The source a relative import names ('./a', '../b/c', './d/index'), plugin-relative, or undefined.
function resolveSource( base ) {
	const stem = base.replace( /\.jsx?$/, '' ); // TypeScript sources may be imported as './a.js'.
	const candidates = [
		base,
		...EXTENSIONS.map( ( extension ) => stem + extension ),
		...EXTENSIONS.map( ( extension ) => `${ stem }/index${ extension }` ),
	];
	return candidates.find(
		( candidate ) =>
			EXTENSIONS.some( ( extension ) =>
				candidate.endsWith( extension )
			) && existsSync( join( ROOT, candidate ) )
	);
}

/**
 * The entry and every source it imports, directly or not (packages aside: they have their own translations).
 * @param {string} entry A plugin-relative source path.
 */
export function importClosure( entry ) {
	const found = new Set();
	const visit = ( file ) => {
		if ( found.has( file ) ) {
			return;
		}
		found.add( file );
		const text = readFileSync( join( ROOT, file ), 'utf8' );
		for ( const { fileName } of ts.preProcessFile( text, true, true )
			.importedFiles ) {
			if ( fileName.startsWith( '.' ) ) {
				const source = resolveSource(
					posix.join( posix.dirname( file ), fileName )
				);
				if ( source ) {
					visit( source );
				}
			}
		}
	};
	visit( entry );
	return found;
}

// "file:./index.js" in src/blocks/x/block.json: built to build/blocks/x/index.js from src/blocks/x/index.tsx.
function blockScripts( blockJson ) {
	const metadata = JSON.parse(
		readFileSync( join( ROOT, blockJson ), 'utf8' )
	);
	const folder = posix.dirname( blockJson );
	const built = posix.join( 'build', posix.relative( 'src', folder ) );
	return [ ...SCRIPT_FIELDS, ...MODULE_FIELDS ].flatMap( ( field ) =>
		[ metadata[ field ] ?? [] ]
			.flat()
			.filter( ( value ) => value.startsWith( 'file:' ) )
			.map( ( value ) =>
				posix.normalize( value.slice( 'file:'.length ) )
			)
			.map( ( file ) => ( {
				script: posix.join( built, file ),
				entry: resolveSource( posix.join( folder, file ) ),
				module: MODULE_FIELDS.includes( field ),
			} ) )
			.filter( ( { entry } ) => entry )
	);
}

/** Every built script: its path as load_script_textdomain() hashes it, and the sources in it. */
export function builtScripts() {
	const adminEntries = filesUnder( 'src/admin', ( path ) =>
		/^src\/admin\/[^/]+\/index\.tsx$/.test( path )
	).map( ( entry ) => ( {
		script: `build/admin/${ posix.basename( dirname( entry ) ) }/index.js`,
		entry,
		module: false,
	} ) );
	return [ ...adminEntries, ...blockJsonFiles().flatMap( blockScripts ) ].map(
		( script ) => ( { ...script, sources: importClosure( script.entry ) } )
	);
}
