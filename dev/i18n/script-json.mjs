// The JSON files WordPress loads for scripts: one per locale and built script with translated strings,
// in the Jed 1.x format `wp i18n make-json` writes, named as load_script_textdomain() looks them up.
import { createHash } from 'node:crypto';
import { isTranslated } from './po-merge.mjs';

const referencedFiles = ( entry ) =>
	( entry.comments?.reference ?? '' )
		.split( '\n' )
		.map( ( reference ) => reference.replace( /:\d+$/, '' ) );

// WordPress hashes the script's path relative to the plugin folder, e.g. build/admin/settings/index.js.
export const scriptJsonName = ( base, script ) =>
	`${ base }-${ createHash( 'md5' ).update( script ).digest( 'hex' ) }.json`;

/**
 * @param {object[]}                               entries     The locale's merged entries, in file order.
 * @param {Record<string, string>}                 headers     The locale's PO headers.
 * @param {{script: string, sources: Set<string>}} builtScript
 * @return {string|undefined} The JSON, or undefined when the script has no translated string.
 */
export function scriptJson( entries, headers, { script, sources } ) {
	const messages = {};
	for ( const entry of entries ) {
		if (
			isTranslated( entry ) &&
			referencedFiles( entry ).some( ( file ) => sources.has( file ) )
		) {
			const key = entry.msgctxt
				? `${ entry.msgctxt }\u0004${ entry.msgid }`
				: entry.msgid;
			messages[ key ] = entry.msgstr;
		}
	}
	if ( Object.keys( messages ).length === 0 ) {
		return undefined;
	}
	// make-json's domain is "messages"; WordPress's inline loader files it under the script's domain.
	return JSON.stringify( {
		'translation-revision-date': headers[ 'PO-Revision-Date' ] ?? '',
		generator: headers[ 'X-Generator' ] ?? '',
		source: script,
		domain: 'messages',
		locale_data: {
			messages: {
				'': {
					domain: 'messages',
					lang: headers.Language ?? '',
					'plural-forms':
						headers[ 'Plural-Forms' ] ??
						'nplurals=2; plural=(n != 1);',
				},
				...messages,
			},
		},
	} );
}
