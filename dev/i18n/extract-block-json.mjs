// block.json strings, with the contexts WordPress translates them with (block-i18n.json is core's
// wp-includes/block-i18n.json, the schema translate_settings_using_i18n_schema() follows).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMAIN, ROOT, blockJsonFiles } from './sources.mjs';

const schema = JSON.parse(
	readFileSync( new URL( './block-i18n.json', import.meta.url ), 'utf8' )
);

// Walks the settings along the schema: a string in the schema is the context of the string beside it.
function* strings( i18nSchema, settings ) {
	if ( typeof i18nSchema === 'string' ) {
		if ( typeof settings === 'string' && settings !== '' ) {
			yield { msgid: settings, msgctxt: i18nSchema };
		}
	} else if ( Array.isArray( i18nSchema ) ) {
		for ( const item of Array.isArray( settings ) ? settings : [] ) {
			yield* strings( i18nSchema[ 0 ], item );
		}
	} else if ( settings && typeof settings === 'object' ) {
		for ( const key of Object.keys( i18nSchema ) ) {
			yield* strings( i18nSchema[ key ], settings[ key ] );
		}
	}
}

export function blockJsonEntries() {
	return blockJsonFiles().flatMap( ( file ) => {
		const metadata = JSON.parse(
			readFileSync( join( ROOT, file ), 'utf8' )
		);
		// WordPress translates a block.json only with its own textdomain.
		if ( metadata.textdomain !== DOMAIN ) {
			return [];
		}
		return [ ...strings( schema, metadata ) ].map( ( entry ) => ( {
			...entry,
			reference: file,
		} ) );
	} );
}
