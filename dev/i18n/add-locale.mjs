// npm run i18n:add -- <locale> ["<Plural-Forms>"]: starts languages/notfound-<locale>.po, every string
// of the POT untranslated. The plural rule is known for the languages below; give it for any other.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { po } from 'gettext-parser';
import { compileLocales } from './compile.mjs';
import { write } from './files.mjs';
import { POT_FILE } from './pot.mjs';
import { DOMAIN, LANGUAGES, ROOT } from './sources.mjs';

// As translate.wordpress.org has them.
const PLURAL_FORMS = {
	de: 'nplurals=2; plural=(n != 1);',
	el: 'nplurals=2; plural=(n != 1);',
	en: 'nplurals=2; plural=(n != 1);',
	es: 'nplurals=2; plural=(n != 1);',
	fr: 'nplurals=2; plural=(n > 1);',
	it: 'nplurals=2; plural=(n != 1);',
	nl: 'nplurals=2; plural=(n != 1);',
};

const [ locale, pluralForms = PLURAL_FORMS[ locale?.split( '_' )[ 0 ] ] ] =
	process.argv.slice( 2 );
const fail = ( message ) => {
	process.stderr.write( `i18n:add: ${ message }\n` );
	process.exit( 1 );
};
if ( ! /^[a-z]{2,3}(_[A-Z]{2})?(_[a-z0-9]+)?$/.test( locale ?? '' ) ) {
	fail(
		'usage: npm run i18n:add -- <locale, e.g. de_DE> ["<Plural-Forms>"]'
	);
}
if ( ! pluralForms ) {
	fail(
		`no known plural rule for ${ locale }: give its Plural-Forms, e.g. "nplurals=3; plural=…;"`
	);
}
const path = `${ LANGUAGES }/${ DOMAIN }-${ locale }.po`;
if ( existsSync( join( ROOT, path ) ) ) {
	fail( `${ path } exists already` );
}

const potText = readFileSync( join( ROOT, POT_FILE ), 'utf8' );
const pot = po.parse( potText );
// Only the header: compiling adds every string of the POT.
const skeleton = {
	charset: 'utf-8',
	headers: { ...pot.headers, Language: locale, 'Plural-Forms': pluralForms },
	translations: { '': { '': pot.translations[ '' ][ '' ] } },
};
writeFileSync( join( ROOT, path ), po.compile( skeleton ) );
write( compileLocales( potText ), true ).changed.forEach( ( file ) =>
	process.stdout.write( `i18n:add: wrote ${ file }\n` )
);
