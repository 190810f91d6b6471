// Everything compiled from the POT and the locales' PO files, as file contents by plugin-relative
// path: each PO merged with the POT, its .mo, and its JSON files for scripts. Nothing is written here.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mo, po } from 'gettext-parser';
import { builtScripts } from './built-scripts.mjs';
import { entries as catalogEntries, poText } from './catalog.mjs';
import { isTranslated, mergePo } from './po-merge.mjs';
import { scriptJson, scriptJsonName } from './script-json.mjs';
import { DOMAIN, LANGUAGES, ROOT } from './sources.mjs';

const PO_FILE = new RegExp( `^${ DOMAIN }-(.+)\\.po$` );

/** The locales with a PO file, sorted. */
export const locales = () =>
	readdirSync( join( ROOT, LANGUAGES ) )
		.map( ( name ) => name.match( PO_FILE )?.[ 1 ] )
		.filter( Boolean )
		.sort();

/**
 * Files compile owns: a locale's .mo and script JSON files, whether or not they are still made.
 * @param {string} name A file name in languages/.
 */
export const isCompiledFile = ( name ) =>
	new RegExp( `^${ DOMAIN }-.+\\.(mo|json)$` ).test( name );

// The .mo holds what msgfmt would put in it: translated, non-fuzzy entries.
function moFile( table ) {
	const translations = {};
	for ( const entry of catalogEntries( table ).filter( isTranslated ) ) {
		( translations[ entry.msgctxt ?? '' ] ??= {} )[ entry.msgid ] = entry;
	}
	return mo.compile( { ...table, translations } );
}

/**
 * @param {string} potText The POT, as written or about to be.
 * @return {Map<string, string|Buffer>} Content by plugin-relative path.
 */
export function compileLocales( potText ) {
	const potTable = po.parse( potText );
	const scripts = builtScripts();
	const files = new Map();
	for ( const locale of locales() ) {
		const base = `${ LANGUAGES }/${ DOMAIN }-${ locale }`;
		const poTable = po.parse(
			readFileSync( join( ROOT, `${ base }.po` ) )
		);
		const merged = mergePo( potTable, poTable );
		const entries = catalogEntries( merged );
		files.set( `${ base }.po`, poText( merged ) );
		files.set( `${ base }.mo`, moFile( merged ) );
		for ( const script of scripts ) {
			const json = scriptJson( entries, merged.headers, script );
			if ( json !== undefined ) {
				files.set( scriptJsonName( base, script.script ), json );
			}
		}
	}
	return files;
}
