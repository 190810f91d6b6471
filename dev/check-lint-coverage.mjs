/**
 * Fails when PHPCS checked fewer PHP files than git tracks. A pattern in phpcs.xml.dist that matches more than
 * meant (an exclude pattern is a regular expression over the absolute path, so a parent folder's name can match
 * it) would otherwise silently leave files unchecked while the lint says "clean".
 *
 * Reads the JSON report `npm run lint:php` writes (.state/phpcs.json): it lists every file PHPCS processed.
 * The only tracked PHP files allowed to go unchecked are those under the `*\/…\/*` exclude patterns
 * phpcs.xml.dist documents, apart from vendor, node_modules and build.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(
	path.dirname( new URL( import.meta.url ).pathname ),
	'..'
);

/** @type {{ files: Record<string, unknown> }} */
const report = JSON.parse(
	readFileSync( path.join( root, '.state/phpcs.json' ), 'utf8' )
);
const checked = new Set(
	Object.keys( report.files ).map( ( file ) => path.relative( root, file ) )
);

const ruleset = readFileSync( path.join( root, 'phpcs.xml.dist' ), 'utf8' );
// Top-level exclusions only (one tab deep): exclusions inside a <rule> lift one rule, not the file.
const excluded = [
	...ruleset.matchAll(
		/^\t<exclude-pattern>\*\/(.+)\/\*<\/exclude-pattern>$/gm
	),
].map( ( match ) => match[ 1 ] );

const tracked = execFileSync( 'git', [ 'ls-files', '-z', '--', '*.php' ], {
	cwd: root,
	encoding: 'utf8',
} )
	.split( '\0' )
	.filter( Boolean )
	.filter(
		( file ) =>
			! excluded.some( ( folder ) =>
				`/${ file }`.includes( `/${ folder }/` )
			)
	);

const unchecked = tracked.filter( ( file ) => ! checked.has( file ) );
if ( unchecked.length > 0 || tracked.length === 0 ) {
	process.stderr.write(
		`PHPCS checked ${ checked.size } PHP files, but git tracks ${ tracked.length } outside the documented exclusions (${ excluded.join( ', ' ) }). Not checked:\n  ${ unchecked.join( '\n  ' ) }\n`
	);
	process.exit( 1 );
}
process.stdout.write(
	`PHPCS checked all ${ tracked.length } tracked PHP files (excluded: ${ excluded.join( ', ' ) }).\n`
);
