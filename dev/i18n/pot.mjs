// The POT file make-pot would write, minus what changes on every run (the date and the year), so a
// regenerated file differs from the committed one only when a string, a comment or a reference did.
import { blockJsonEntries } from './extract-block-json.mjs';
import { phpEntries } from './extract-php.mjs';
import { scriptEntries } from './extract-ts.mjs';
import { catalog, poText } from './catalog.mjs';
import { headerEntries, pluginHeader } from './plugin-header.mjs';
import { DOMAIN, LANGUAGES } from './sources.mjs';

export const POT_FILE = `${ LANGUAGES }/${ DOMAIN }.pot`;

export function buildPot() {
	const header = pluginHeader();
	const headers = {
		'Project-Id-Version': `${ header[ 'Plugin Name' ] } ${ header.Version }`,
		'Report-Msgid-Bugs-To': `https://wordpress.org/support/plugin/${ DOMAIN }`,
		'Last-Translator': 'FULL NAME <EMAIL@ADDRESS>',
		'Language-Team': 'LANGUAGE <LL@li.org>',
		'MIME-Version': '1.0',
		'Content-Type': 'text/plain; charset=UTF-8',
		'Content-Transfer-Encoding': '8bit',
		'PO-Revision-Date': 'YEAR-MO-DA HO:MI+ZONE',
		'X-Generator': 'NotFound dev/i18n',
		'X-Domain': DOMAIN,
	};
	const entries = [
		...headerEntries( header ),
		...phpEntries(),
		...blockJsonEntries(),
		...scriptEntries(),
	];
	return poText(
		catalog(
			entries,
			headers,
			`Copyright (C) ${ header.Author }\nThis file is distributed under the ${ header.License }.`
		)
	);
}
