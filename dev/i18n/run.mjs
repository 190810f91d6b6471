// npm run i18n (pot, then compile), npm run i18n:compile (compile), npm run i18n:check (check).
//   pot      languages/notfound.pot from the sources
//   compile  each languages/notfound-<locale>.po merged with the POT, its .mo and its script JSON files
//   check    both in memory: exits 1, naming the files, when any committed file is not what they make
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLocales } from './compile.mjs';
import { differences, write } from './files.mjs';
import { POT_FILE, buildPot } from './pot.mjs';
import { ROOT } from './sources.mjs';

const say = ( text ) => process.stdout.write( `i18n: ${ text }\n` );

function report( { changed, stale } ) {
	changed.forEach( ( path ) => say( `wrote ${ path }` ) );
	stale.forEach( ( path ) => say( `removed ${ path }` ) );
	if ( changed.length + stale.length === 0 ) {
		say( 'up to date' );
	}
}

function check() {
	const pot = buildPot();
	const { changed, stale } = differences(
		new Map( [ [ POT_FILE, pot ], ...compileLocales( pot ) ] ),
		true
	);
	if ( changed.length + stale.length === 0 ) {
		say( `${ POT_FILE } and the compiled translations are up to date` );
		return;
	}
	process.stderr.write(
		[
			`i18n: translation files are out of date with the sources or the .po files:`,
			...changed.map(
				( path ) => `  ${ path } is missing or out of date`
			),
			...stale.map(
				( path ) => `  ${ path } is no longer made (left over)`
			),
			'Run `npm run i18n` and commit the changes in languages/.',
			'',
		].join( '\n' )
	);
	process.exitCode = 1;
}

const commands = process.argv.slice( 2 );
for ( const command of commands ) {
	if ( command === 'pot' ) {
		report( write( new Map( [ [ POT_FILE, buildPot() ] ] ), false ) );
	} else if ( command === 'compile' ) {
		const pot = readFileSync( join( ROOT, POT_FILE ), 'utf8' );
		report( write( compileLocales( pot ), true ) );
	} else if ( command === 'check' ) {
		check();
	} else {
		process.stderr.write(
			`i18n: unknown command "${ command }" (pot, compile or check)\n`
		);
		process.exit( 2 );
	}
}
