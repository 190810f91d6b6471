// The plugin header's translatable fields, read the way WordPress's get_file_data() reads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLUGIN_FILE, ROOT } from './sources.mjs';

// The fields make-pot extracts from a plugin's header, in its order.
const TRANSLATABLE = [
	'Plugin Name',
	'Plugin URI',
	'Description',
	'Author',
	'Author URI',
];

export function pluginHeader() {
	// get_file_data() reads the first 8 KB only.
	const head = readFileSync( join( ROOT, PLUGIN_FILE ), 'utf8' ).slice(
		0,
		8192
	);
	const field = ( name ) => {
		const match = head.match(
			new RegExp( `^[ \\t/*#@]*${ name }:(.*)$`, 'mi' )
		);
		return match
			? match[ 1 ].replace( /\s*(?:\*\/|\?>).*/, '' ).trim()
			: '';
	};
	return Object.fromEntries(
		[ ...TRANSLATABLE, 'Version', 'License' ].map( ( name ) => [
			name,
			field( name ),
		] )
	);
}

export function headerEntries( header = pluginHeader() ) {
	return TRANSLATABLE.filter( ( name ) => header[ name ] ).map(
		( name ) => ( {
			msgid: header[ name ],
			comment: `${ name } of the plugin`,
			reference: PLUGIN_FILE,
		} )
	);
}
