// What msgmerge does to a locale's PO against the POT, minus fuzzy matching: every string of the POT,
// with the translation the PO had for it (same context and msgid), and nothing the POT no longer has.
import { entries as catalogEntries, entryKey } from './catalog.mjs';

// The header's order, msginit's; fields the POT does not own (Language, Plural-Forms, the
// translator's) come from the PO.
const HEADER_ORDER = [
	'Project-Id-Version',
	'Report-Msgid-Bugs-To',
	'Last-Translator',
	'Language-Team',
	'Language',
	'MIME-Version',
	'Content-Type',
	'Content-Transfer-Encoding',
	'Plural-Forms',
	'PO-Revision-Date',
	'X-Generator',
	'X-Domain',
];
const FROM_POT = [
	'Project-Id-Version',
	'Report-Msgid-Bugs-To',
	'MIME-Version',
	'Content-Type',
	'Content-Transfer-Encoding',
	'X-Generator',
	'X-Domain',
];

export function pluralCount( headers ) {
	const match = ( headers[ 'Plural-Forms' ] ?? '' ).match(
		/nplurals\s*=\s*(\d+)/
	);
	return match ? Number( match[ 1 ] ) : 2;
}

function mergedHeaders( potHeaders, poHeaders ) {
	const merged = { ...poHeaders };
	for ( const name of FROM_POT ) {
		merged[ name ] = potHeaders[ name ];
	}
	delete merged[ 'POT-Creation-Date' ];
	const ordered = {};
	for ( const name of [ ...HEADER_ORDER, ...Object.keys( merged ) ] ) {
		if ( merged[ name ] !== undefined ) {
			ordered[ name ] = merged[ name ];
		}
	}
	return ordered;
}

// The translation kept for a POT entry: none when the PO had none, or had it as singular/plural the other way.
function keptTranslation( potEntry, poEntry, plurals ) {
	const size = potEntry.msgid_plural ? plurals : 1;
	const same =
		poEntry &&
		Boolean( poEntry.msgid_plural ) === Boolean( potEntry.msgid_plural );
	return Array.from( { length: size }, ( _, index ) =>
		same ? ( poEntry.msgstr[ index ] ?? '' ) : ''
	);
}

/**
 * The PO table merged with the POT table: the POT's entries, comments and references, the PO's translations.
 * @param {Object} potTable
 * @param {Object} poTable
 */
export function mergePo( potTable, poTable ) {
	const headers = mergedHeaders( potTable.headers, poTable.headers );
	const plurals = pluralCount( headers );
	const poHeaderEntry = poTable.translations[ '' ]?.[ '' ] ?? {};
	const poEntries = new Map(
		catalogEntries( poTable ).map( ( entry ) => [
			entryKey( entry ),
			entry,
		] )
	);
	const translations = {
		'': {
			'': {
				msgid: '',
				msgstr: [ '' ],
				comments: {
					translator: poHeaderEntry.comments?.translator ?? '',
				},
			},
		},
	};
	for ( const potEntry of catalogEntries( potTable ) ) {
		const poEntry = poEntries.get( entryKey( potEntry ) );
		const context = ( translations[ potEntry.msgctxt ?? '' ] ??= {} );
		context[ potEntry.msgid ] = {
			...potEntry,
			msgstr: keptTranslation( potEntry, poEntry, plurals ),
			comments: {
				translator: poEntry?.comments?.translator ?? '',
				extracted: potEntry.comments?.extracted ?? '',
				reference: potEntry.comments?.reference ?? '',
				flag: poEntry?.comments?.flag ?? '',
			},
		};
	}
	return { charset: 'utf-8', headers, translations };
}

/**
 * Whether an entry goes into the .mo and .json files: translated in every plural form, not fuzzy.
 * @param {Object} entry A gettext-parser entry.
 */
export const isTranslated = ( entry ) =>
	entry.msgstr.every( ( text ) => text !== '' ) &&
	! /\bfuzzy\b/.test( entry.comments?.flag ?? '' );
