// Turns extracted entries into a gettext-parser table (one entry per context and msgid, with all its
// references and translators comments), and a table into PO text in a stable order.
import { po } from 'gettext-parser';

const key = ( { msgctxt = '', msgid } ) => `${ msgctxt }\u0004${ msgid }`;

// "includes/A.php:12" → [ "includes/A.php", 12 ]; a reference without a line comes first in its file.
function parseReference( reference ) {
	const match = reference.match( /^(.*):(\d+)$/ );
	return match ? [ match[ 1 ], Number( match[ 2 ] ) ] : [ reference, 0 ];
}

const compareStrings = ( a = '', b = '' ) => {
	if ( a === b ) {
		return 0;
	}
	return a < b ? -1 : 1;
};

function compareReferences( a, b ) {
	const [ fileA, lineA ] = parseReference( a );
	const [ fileB, lineB ] = parseReference( b );
	return compareStrings( fileA, fileB ) || lineA - lineB;
}

// By where a string is first used, then by context and text: the same sources always give the same file.
function compareEntries( a, b ) {
	const firstReference = ( entry ) =>
		( entry.comments?.reference ?? '' ).split( '\n' )[ 0 ];
	return (
		compareReferences( firstReference( a ), firstReference( b ) ) ||
		compareStrings( a.msgctxt, b.msgctxt ) ||
		compareStrings( a.msgid, b.msgid )
	);
}

/**
 * @param {{msgid: string, msgid_plural?: string, msgctxt?: string, comment?: string, reference: string}[]} entries
 * @param {Record<string, string>}                                                                          headers
 * @param {string}                                                                                          headerComment The comment above the header entry.
 */
export function catalog( entries, headers, headerComment ) {
	const translations = {
		'': {
			'': {
				msgid: '',
				msgstr: [ '' ],
				comments: { translator: headerComment },
			},
		},
	};
	const merged = new Map();
	for ( const entry of entries ) {
		const found = merged.get( key( entry ) ) ?? {
			...( entry.msgctxt !== undefined && { msgctxt: entry.msgctxt } ),
			msgid: entry.msgid,
			references: [],
			comments: [],
		};
		found.msgid_plural ??= entry.msgid_plural;
		found.references.push( entry.reference );
		if ( entry.comment && ! found.comments.includes( entry.comment ) ) {
			found.comments.push( entry.comment );
		}
		merged.set( key( entry ), found );
	}
	for ( const { references, comments, ...entry } of merged.values() ) {
		const context = ( translations[ entry.msgctxt ?? '' ] ??= {} );
		context[ entry.msgid ] = {
			...entry,
			msgstr: entry.msgid_plural ? [ '', '' ] : [ '' ],
			comments: {
				extracted: comments.join( '\n' ),
				reference: [ ...new Set( references ) ]
					.sort( compareReferences )
					.join( '\n' ),
			},
		};
	}
	return { charset: 'utf-8', headers, translations };
}

/**
 * Every entry of a table but the header, in file order.
 * @param {Object} table A gettext-parser table.
 */
export const entries = ( table ) =>
	Object.values( table.translations )
		.flatMap( ( context ) => Object.values( context ) )
		.filter( ( entry ) => entry.msgid !== '' || entry.msgctxt )
		.sort( compareEntries );

// GNU gettext's order of comments; gettext-parser writes references before extracted comments.
const COMMENT_ORDER = [ '# ', '#.', '#:', '#,', '#|' ];
const commentRank = ( line ) =>
	COMMENT_ORDER.findIndex( ( prefix ) => line.startsWith( prefix ) );

function gnuCommentOrder( block ) {
	const lines = block.split( '\n' );
	const comments = lines.filter( ( line ) => commentRank( line ) >= 0 );
	const rest = lines.slice( comments.length );
	comments.sort( ( a, b ) => commentRank( a ) - commentRank( b ) );
	return [ ...comments, ...rest ].join( '\n' );
}

export const poText = ( table ) =>
	po
		.compile( table, { sort: compareEntries } )
		.toString( 'utf8' )
		.split( '\n\n' )
		.map( gnuCommentOrder )
		.join( '\n\n' );

export { key as entryKey };
