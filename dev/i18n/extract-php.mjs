// PHP strings come from PHP's own tokenizer (extract-php.php); this runs it once for all files.
import { execFileSync } from 'node:child_process';
import { DOMAIN, ROOT, phpFiles } from './sources.mjs';

export function phpEntries() {
	const output = execFileSync(
		'php',
		[ 'dev/i18n/extract-php.php', DOMAIN, ...phpFiles() ],
		{ cwd: ROOT, encoding: 'utf8', stdio: [ 'ignore', 'pipe', 'inherit' ] }
	);
	return JSON.parse( output ).map( ( { file, line, ...entry } ) => ( {
		...entry,
		reference: `${ file }:${ line }`,
	} ) );
}
