// Made files against the ones on disk: what differs, written by `npm run i18n`, reported by i18n:check.
import {
	existsSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { isCompiledFile } from './compile.mjs';
import { LANGUAGES, ROOT } from './sources.mjs';

const differsOnDisk = ( path, content ) => {
	const absolute = join( ROOT, path );
	return (
		! existsSync( absolute ) ||
		! readFileSync( absolute ).equals( Buffer.from( content ) )
	);
};

// Compiled files on disk that nothing makes any more (a locale's PO removed, a script without translations).
const leftovers = ( files ) =>
	readdirSync( join( ROOT, LANGUAGES ) )
		.filter( isCompiledFile )
		.map( ( name ) => `${ LANGUAGES }/${ name }` )
		.filter( ( path ) => ! files.has( path ) )
		.sort();

/**
 * @param {Map<string, string|Buffer>} files    Content by plugin-relative path.
 * @param {boolean}                    compiled Whether files holds every compiled file, so others are leftovers.
 */
export function differences( files, compiled ) {
	return {
		changed: [ ...files.keys() ].filter( ( path ) =>
			differsOnDisk( path, files.get( path ) )
		),
		stale: compiled ? leftovers( files ) : [],
	};
}

/**
 * Writes what differs and removes the leftovers.
 * @param {Map<string, string|Buffer>} files    Content by plugin-relative path.
 * @param {boolean}                    compiled Whether files holds every compiled file.
 */
export function write( files, compiled ) {
	const { changed, stale } = differences( files, compiled );
	changed.forEach( ( path ) =>
		writeFileSync( join( ROOT, path ), files.get( path ) )
	);
	stale.forEach( ( path ) => rmSync( join( ROOT, path ) ) );
	return { changed, stale };
}
