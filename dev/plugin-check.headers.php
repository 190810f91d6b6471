<?php
/**
 * The plugin header and README.txt checks of dev/plugin-check.php, as Plugin Check and the plugin
 * directory's readme parser read them.
 *
 * @package NotFound
 */

namespace NotFound\Dev\PluginCheck;

/**
 * Header fields read as WordPress's get_file_data() reads them.
 */
function header_fields( string $text, array $fields ): array {
	$values = array();
	foreach ( $fields as $field ) {
		$values[ $field ] = preg_match( '/^(?:[ \t]*<\?php)?[ \t\/*#@]*' . preg_quote( $field, '/' ) . ':(.*)$/mi', substr( $text, 0, 8192 ), $m ) ? trim( $m[1] ) : '';
	}
	return $values;
}

/**
 * "GPL-2.0-or-later", "GPLv2 or later" and "GNU General Public License v2 or later" are one license.
 */
function normalize_license( string $license ): string {
	$license = strtolower( str_replace( 'GNU General Public License', 'GPL', trim( $license ) ) );
	$license = preg_replace( array( '/(\d)\.0\b/', '/[\s.\-]+/', '/gplv/', '/orlater$|\+$/' ), array( '$1', '', 'gpl', '+' ), $license );
	return (string) $license;
}

/**
 * The plugin header and README.txt, as Plugin Check and the directory's readme parser read them.
 *
 * @param array<string, string> $files Path => content.
 */
function check_headers( array $files, ?string $core_version ): void {
	$main   = $files['notfound.php'] ?? '';
	$plugin = header_fields( $main, array( 'Plugin Name', 'Version', 'Description', 'Requires at least', 'Requires PHP', 'Text Domain', 'Domain Path', 'License' ) );
	foreach ( array( 'Plugin Name', 'Version', 'Description', 'Requires at least', 'Requires PHP', 'License' ) as $field ) {
		if ( '' === $plugin[ $field ] ) {
			Report::error( 'notfound.php', "the plugin header has no \"{$field}\"" );
		}
	}
	if ( SLUG !== $plugin['Text Domain'] ) {
		Report::error( 'notfound.php', "Text Domain is \"{$plugin['Text Domain']}\", not the plugin's slug \"" . SLUG . '" (Plugin Check error)' );
	}
	$domain_path = trim( $plugin['Domain Path'], '/' );
	if ( '' !== $domain_path && array() === array_filter( array_keys( $files ), static fn ( string $p ): bool => str_starts_with( $p, $domain_path . '/' ) ) ) {
		Report::error( 'notfound.php', "Domain Path /{$domain_path} is not in the zip" );
	}
	if ( preg_match( "/const VERSION\\s*=\\s*'([^']*)'/", $main, $m ) && $m[1] !== $plugin['Version'] ) {
		Report::error( 'notfound.php', "VERSION is {$m[1]} but the header's Version is {$plugin['Version']}" );
	}
	foreach ( array( 'Requires at least', 'Requires PHP', 'Version' ) as $field ) {
		if ( '' !== $plugin[ $field ] && ! preg_match( '/^\d+(\.\d+){1,2}$/', $plugin[ $field ] ) ) {
			Report::error( 'notfound.php', "{$field} \"{$plugin[ $field ]}\" is not a version number" );
		}
	}

	$readmes     = preg_grep( '/^readme\.txt$/i', array_keys( $files ) );
	$readme_path = $readmes ? (string) current( $readmes ) : 'README.txt';
	$readme      = str_replace( "\r\n", "\n", $files[ $readme_path ] ?? '' );
	if ( ! preg_match( '/^=== *(.+?) *===\n((?:[^\n=][^\n]*\n)+)\n(.*?)(?=\n==)/s', $readme, $m ) ) {
		Report::error( $readme_path, 'missing, or not "=== Name ===" then the header lines, a blank line and the short description (Plugin Check error)' );
		return;
	}
	list( , $name, $head, $short ) = $m;
	$fields                        = array();
	foreach ( explode( "\n", trim( $head ) ) as $line ) {
		$parts                                     = explode( ':', $line, 2 );
		$fields[ strtolower( trim( $parts[0] ) ) ] = trim( $parts[1] ?? '' );
	}
	if ( $name !== $plugin['Plugin Name'] ) {
		Report::error( $readme_path, "names the plugin \"{$name}\", the header \"{$plugin['Plugin Name']}\"" );
	}
	foreach ( array( 'Contributors', 'Tags', 'Requires at least', 'Tested up to', 'Requires PHP', 'Stable tag', 'License' ) as $field ) {
		if ( '' === ( $fields[ strtolower( $field ) ] ?? '' ) ) {
			Report::error( $readme_path, "has no \"{$field}\" header (Plugin Check error)" );
		}
	}
	foreach ( array_filter( array_map( 'trim', explode( ',', $fields['contributors'] ?? '' ) ) ) as $user ) {
		if ( ! preg_match( '/^[a-z0-9._-]+$/i', $user ) ) {
			Report::error( $readme_path, "Contributors: \"{$user}\" is not a WordPress.org username" );
		}
	}
	$tags = array_filter( array_map( 'trim', explode( ',', $fields['tags'] ?? '' ) ) );
	if ( count( $tags ) > 5 ) {
		Report::error( $readme_path, 'has ' . count( $tags ) . ' tags: the directory uses 5 at most' );
	}
	foreach ( array( 'Requires at least', 'Requires PHP' ) as $field ) {
		$value = $fields[ strtolower( $field ) ] ?? '';
		if ( '' !== $value && $value !== $plugin[ $field ] ) {
			Report::error( $readme_path, "{$field}: {$value}, but the plugin header says {$plugin[ $field ]}" );
		}
	}
	$tested = $fields['tested up to'] ?? '';
	if ( '' !== $tested && ! preg_match( '/^\d+\.\d+(\.\d+)?$/', $tested ) ) {
		Report::error( $readme_path, "Tested up to \"{$tested}\" is not a WordPress version" );
	} elseif ( '' !== $tested && null !== $core_version && version_compare( $tested, implode( '.', array_slice( explode( '.', $core_version ), 0, 2 ) ), '<' ) ) {
		Report::error( $readme_path, "Tested up to {$tested} is older than WordPress {$core_version}, which the tests run on (Plugin Check error: the directory hides the plugin)" );
	}
	$stable = $fields['stable tag'] ?? '';
	if ( 'trunk' === strtolower( $stable ) || ( '' !== $stable && $stable !== $plugin['Version'] ) ) {
		Report::error( $readme_path, "Stable tag is \"{$stable}\" but the plugin's Version is \"{$plugin['Version']}\" (Plugin Check error)" );
	}
	$license = $fields['license'] ?? '';
	if ( '' !== $license && ( ! preg_match( '/GPL|GNU|MIT|BSD|Expat/i', $license ) || normalize_license( $license ) !== normalize_license( $plugin['License'] ) ) ) {
		Report::error( $readme_path, "License \"{$license}\" is not the plugin header's GPL-compatible \"{$plugin['License']}\"" );
	}
	$short = trim( $short );
	if ( '' === $short || mb_strlen( $short ) > 150 ) {
		Report::error( $readme_path, 'the short description has ' . mb_strlen( $short ) . ' characters: it needs 1 to 150, or the directory cuts it' );
	}
	if ( ! preg_match( '/^== *Description *==$/mi', $readme ) ) {
		Report::error( $readme_path, 'has no "== Description ==" section' );
	}
	if ( preg_match( '/^== *Upgrade Notice *==\n(.*?)(?=^== |\z)/msi', $readme, $m ) ) {
		foreach ( (array) preg_split( '/^= *[^=\n]+ *=$/m', $m[1] ) as $notice ) {
			if ( mb_strlen( trim( $notice ) ) > 300 ) {
				Report::error( $readme_path, 'an upgrade notice is longer than 300 characters (Plugin Check error)' );
			}
		}
	}
}
