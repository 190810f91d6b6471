<?php
/**
 * `npm run plugin-check`: what WordPress's Plugin Check would report as errors in the release zip, checked
 * here because Plugin Check itself cannot be installed (it is on neither this project's Packagist nor npm).
 * Covers its file-type, direct-access, obfuscation, offloading, localhost, updater, header and readme checks;
 * PHPCS (WordPress-Extra, I18n, PHPCompatibility) and PHPStan run in `npm run lint:php`.
 * Usage: php dev/plugin-check.php [plugin.zip]; without a zip it zips the current build to a temporary file.
 *
 * @package NotFound
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.Security.EscapeOutput -- a command-line tool; WordPress is not loaded.

namespace NotFound\Dev\PluginCheck;

const SLUG = 'notfound';
// Hosts of public CDNs and font services: a plugin must serve its scripts, styles and fonts itself.
const CDN_HOSTS   = '(?:cdn\.jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com|ajax\.googleapis\.com|fonts\.googleapis\.com|fonts\.gstatic\.com|use\.fontawesome\.com|kit\.fontawesome\.com|code\.jquery\.com|(?:maxcdn|stackpath)\.bootstrapcdn\.com|use\.typekit\.net|esm\.sh|cdn\.skypack\.dev|cdn\.tailwindcss\.com)';
const DISCOURAGED = array(
	'runs code from a string'                 => array( 'create_function', 'assert' ),
	'is the usual wrapper of obfuscated code' => array( 'gzinflate', 'gzuncompress', 'str_rot13', 'convert_uudecode' ),
	'is a debug call'                         => array( 'error_log', 'var_dump', 'var_export', 'print_r', 'debug_zval_dump', 'debug_print_backtrace' ),
	"changes the site's PHP configuration"    => array( 'ini_set', 'ini_alter' ),
	'runs a shell command'                    => array( 'exec', 'shell_exec', 'system', 'passthru', 'proc_open', 'popen', 'pcntl_exec' ),
);
const ENQUEUE     = array( 'wp_enqueue_script', 'wp_register_script', 'wp_enqueue_style', 'wp_register_style', 'wp_enqueue_script_module', 'wp_register_script_module' );

/**
 * Collects errors as "path: message".
 */
final class Report {
	public static array $errors = array();

	public static function error( string $path, string $message ): void {
		self::$errors[] = "{$path}: {$message}";
	}
}

require __DIR__ . '/plugin-check.headers.php';

/**
 * Why a path may not be in the zip, or null when it may.
 */
function path_problem( string $path ): ?string {
	$base  = basename( $path );
	$rules = array(
		'#(^|/)\.(git|svn|hg|bzr)(/|$)#'       => 'a version control folder',
		'#(^|/)\.#'                            => 'a hidden file (Plugin Check error)',
		'#(^|/)(node_modules|vendor)/#'        => 'a dependency folder of development',
		'#\.(zip|gz|tgz|rar|tar|7z|bz2|xz)$#i' => 'a compressed file (Plugin Check error)',
		'#\.(phar|a|bin|bpk|deploy|dist|distz|dmg|dms|dump|elc|exe|iso|lha|lrf|lzh|o|obj|pkg|sh|so|bat|cmd|ps1)$#i' => 'an application file (Plugin Check error)',
		'#\.map$#'                             => 'a source map',
		'#\.(test|spec)\.[a-z]+$#'             => 'a test file',
		'#^(README\.md|package(-lock)?\.json|composer\.(json|lock)|tsconfig\.json|phpunit\.xml(\.dist)?|phpcs\.xml(\.dist)?|phpstan\.neon(\.dist)?|webpack\.config\.js|jest\.config\.js|playwright\.config\.ts)$#' => 'a development file',
	);
	foreach ( $rules as $pattern => $what ) {
		if ( preg_match( $pattern, $path ) ) {
			return $what;
		}
	}
	if ( preg_match( '/\s/', $path ) || preg_match( '/[!@#$%^&*()+=\[\]{};:"\'<>,?\\\\|`~]/', $base ) ) {
		return 'a badly named file (Plugin Check error)';
	}
	$allowed = '#^(notfound\.php|uninstall\.php|readme\.txt|includes/.+\.php|templates/.+\.php|build/.+|src/.+\.(ts|tsx|scss|css|json|php)|languages/[^/]+\.(pot|po|mo|json|l10n\.php))$#i';
	return preg_match( $allowed, $path ) ? null : 'not part of the plugin: only notfound.php, uninstall.php, README.txt, includes/, templates/, build/, the sources of build/ in src/ and languages/ translations ship';
}

/**
 * The tokens of a PHP file without whitespace and comments, each as array( type, text ).
 */
function php_tokens( string $path, string $code ): array {
	try {
		$all = token_get_all( $code, TOKEN_PARSE );
	} catch ( \ParseError $e ) {
		Report::error( $path, 'does not parse: ' . $e->getMessage() );
		return array();
	}
	$tokens = array();
	foreach ( $all as $token ) {
		$token = is_array( $token ) ? array( $token[0], $token[1] ) : array( $token, $token );
		if ( ! in_array( $token[0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT, T_OPEN_TAG ), true ) ) {
			$tokens[] = $token;
		}
	}
	return $tokens;
}

/**
 * Splits tokens into top-level statements; a class, function or if block ends at its closing brace.
 */
function statements( array $tokens ): array {
	$statements = array();
	$current    = array();
	$depth      = 0;
	foreach ( $tokens as $token ) {
		$current[] = $token;
		if ( in_array( $token[0], array( '{', T_CURLY_OPEN, T_DOLLAR_OPEN_CURLY_BRACES ), true ) ) {
			++$depth;
		} elseif ( '}' === $token[0] ) {
			--$depth;
		}
		$block_ends = '}' === $token[0] && 0 === $depth && in_array( $current[0][0], array( T_CLASS, T_INTERFACE, T_TRAIT, T_ENUM, T_FINAL, T_ABSTRACT, T_READONLY, T_ATTRIBUTE, T_FUNCTION, T_IF, T_NAMESPACE ), true );
		if ( 0 === $depth && ( ';' === $token[0] || T_CLOSE_TAG === $token[0] || $block_ends ) ) {
			$statements[] = $current;
			$current      = array();
		}
	}
	if ( $current ) {
		$statements[] = $current;
	}
	return $statements;
}

/**
 * 'guard', 'structure' (namespace, use, declare, a class-like), 'data' (a return of literals, as asset files) or 'code'.
 */
function statement_kind( array $statement, string $constant ): string {
	$first  = $statement[0][0];
	$values = array_map( static fn ( array $t ): string => strtolower( $t[1] ), $statement );
	$guard  = "'{$constant}'";
	if ( in_array( 'defined', $values, true ) && in_array( strtolower( $guard ), $values, true ) && in_array( T_EXIT, array_column( $statement, 0 ), true )
		&& ( ( 'defined' === $values[0] && in_array( $statement[4][0] ?? '', array( T_BOOLEAN_OR, T_LOGICAL_OR ), true ) ) || ( T_IF === $first && '!' === ( $values[2] ?? '' ) ) ) ) {
		return 'guard';
	}
	if ( in_array( $first, array( T_NAMESPACE, T_USE, T_DECLARE ), true ) || ( T_CLOSE_TAG === $first && 1 === count( $statement ) ) ) {
		return 'structure';
	}
	foreach ( $statement as $token ) {
		if ( in_array( $token[0], array( T_CLASS, T_INTERFACE, T_TRAIT, T_ENUM ), true ) ) {
			return 'structure';
		}
		if ( '{' === $token[0] || T_FUNCTION === $token[0] ) {
			break;
		}
	}
	$literals = array( T_RETURN, T_ARRAY, T_CONSTANT_ENCAPSED_STRING, T_LNUMBER, T_DNUMBER, T_DOUBLE_ARROW, '(', ')', '[', ']', ',', ';', '-' );
	$is_data  = T_RETURN === $first && array() === array_filter( $statement, static fn ( array $t ): bool => ! in_array( $t[0], $literals, true ) && ! in_array( strtolower( $t[1] ), array( 'true', 'false', 'null' ), true ) );
	return $is_data ? 'data' : 'code';
}

/**
 * Direct access: a file that runs code when requested by URL must stop first unless WordPress loaded it.
 * As Plugin Check: files of classes only, or returning literals, need no guard.
 */
function check_direct_access( string $path, array $tokens ): void {
	$constant = 'uninstall.php' === $path ? 'WP_UNINSTALL_PLUGIN' : 'ABSPATH';
	foreach ( statements( $tokens ) as $statement ) {
		$kind = statement_kind( $statement, $constant );
		if ( 'guard' === $kind || ( 'ABSPATH' === $constant && 'guard' === statement_kind( $statement, 'WPINC' ) ) ) {
			return;
		}
		if ( 'code' === $kind ) {
			Report::error( $path, "runs code before any direct-access guard: add `defined( '{$constant}' ) || exit;` first (Plugin Check error)" );
			return;
		}
	}
}

/**
 * Calls that Plugin Check reports (eval, obfuscation, debug output, ini_set, shell), and remote enqueues.
 */
function check_php_calls( string $path, array $tokens ): void {
	$in_backticks = false;
	foreach ( $tokens as $i => $token ) {
		$name = strtolower( ltrim( $token[1], '\\' ) );
		if ( '`' === $token[0] ) {
			$in_backticks = ! $in_backticks;
			if ( ! $in_backticks ) {
				continue; // The closing one.
			}
		}
		if ( T_EVAL === $token[0] || '`' === $token[0] ) {
			Report::error( $path, ( T_EVAL === $token[0] ? 'eval() runs code from a string' : 'backticks run a shell command' ) );
			continue;
		}
		if ( T_CONSTANT_ENCAPSED_STRING === $token[0] && "'allow_unfiltered_uploads'" === strtolower( $token[1] ) ) {
			Report::error( $path, 'ALLOW_UNFILTERED_UPLOADS lets any file type be uploaded (Plugin Check error)' );
		}
		$is_call = in_array( $token[0], array( T_STRING, T_NAME_FULLY_QUALIFIED ), true ) && '(' === ( $tokens[ $i + 1 ][0] ?? '' )
			&& ! in_array( $tokens[ $i - 1 ][0] ?? '', array( T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR, T_DOUBLE_COLON, T_FUNCTION, T_NEW, T_CONST ), true );
		if ( ! $is_call ) {
			continue;
		}
		foreach ( DISCOURAGED as $why => $names ) {
			if ( in_array( $name, $names, true ) ) {
				Report::error( $path, "{$name}() {$why}" );
			}
		}
		if ( in_array( $name, ENQUEUE, true ) ) {
			for ( $j = $i + 2, $depth = 1; $depth > 0 && isset( $tokens[ $j ] ); $j++ ) {
				$depth += '(' === $tokens[ $j ][0] ? 1 : ( ')' === $tokens[ $j ][0] ? -1 : 0 );
				if ( in_array( $tokens[ $j ][0], array( T_CONSTANT_ENCAPSED_STRING, T_ENCAPSED_AND_WHITESPACE ), true ) && preg_match( '#^["\']?(https?:)?//#i', $tokens[ $j ][1] ) ) {
					Report::error( $path, "{$name}() loads {$tokens[ $j ][1]} from another host (offloading, Plugin Check error)" );
				}
			}
		}
		if ( in_array( $name, array( 'add_filter', 'add_action' ), true ) && preg_match( "#^'(pre_set_site_transient_update_plugins|site_transient_update_plugins|auto_update_plugin)'$#", $tokens[ $i + 2 ][1] ?? '' ) ) {
			Report::error( $path, 'hooks into plugin updates: plugins from the directory are updated by WordPress.org only (Plugin Check error)' );
		}
	}
}

/**
 * In any text file: localhost addresses and public CDNs; in built JS and CSS, loads from other hosts.
 */
function check_text( string $path, string $text ): void {
	if ( preg_match( '#https?://(localhost|127\.0\.0\.1)(?![\w.-])#i', $text, $m ) ) {
		Report::error( $path, "points at {$m[0]} (Plugin Check error)" );
	}
	if ( preg_match( '#(?:https?:)?//' . CDN_HOSTS . '\b#i', $text, $m ) ) {
		Report::error( $path, "loads from a public CDN: {$m[0]} (offloading, Plugin Check error)" );
	}
	$remote = '(?:https?:)?//(?!www\.w3\.org/)[\w.-]+\.[a-z]{2,}';
	$loads  = array(
		'css' => array( "#url\\(\\s*[\"']?{$remote}#i", "#@import\\s+(?:url\\()?\\s*[\"']?{$remote}#i" ),
		'js'  => array(
			"#\\bimport\\(\\s*[\"'`]{$remote}#i",
			'#\bimportScripts\(#',
			"#\\bfetch\\(\\s*[\"'`]{$remote}#i",
			"#\\bsrc\\s*[:=]\\s*[\"'`]{$remote}#i",
			"#\\bnew\\s+(?:Shared)?Worker\\(\\s*[\"'`]{$remote}#i",
			"#<(?:script|link|img|iframe)\\b[^>]*\\b(?:src|href)=\\\\?[\"']{$remote}#i",
		),
	);
	foreach ( $loads[ pathinfo( $path, PATHINFO_EXTENSION ) ] ?? array() as $pattern ) {
		if ( preg_match( $pattern, $text, $m ) ) {
			Report::error( $path, "loads from another host: {$m[0]} (offloading, Plugin Check error)" );
		}
	}
	if ( 'block.json' === basename( $path ) ) {
		$block = json_decode( $text, true );
		foreach ( array( 'script', 'style', 'editorScript', 'editorStyle', 'viewScript', 'viewStyle', 'viewScriptModule' ) as $field ) {
			foreach ( (array) ( $block[ $field ] ?? array() ) as $asset ) {
				if ( is_string( $asset ) && preg_match( '#^(https?:)?//#i', $asset ) ) {
					Report::error( $path, "{$field} loads {$asset} from another host (offloading, Plugin Check error)" );
				}
			}
		}
	}
}

/**
 * Checks the zip given, or one made from the current build; returns the exit status.
 */
function main( array $argv ): int {
	$root     = dirname( __DIR__ );
	$zip_path = $argv[1] ?? '';
	if ( '' === $zip_path ) {
		$zip_path = sys_get_temp_dir() . '/notfound-plugin-check-' . getmypid() . '.zip';
		passthru( 'bash ' . escapeshellarg( $root . '/dev/plugin-zip.sh' ) . ' ' . escapeshellarg( $zip_path ) . ' >/dev/null', $status ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.system_calls_passthru -- builds the zip.
		if ( 0 !== $status ) {
			return $status;
		}
		register_shutdown_function( static fn () => is_file( $zip_path ) && unlink( $zip_path ) );
	}
	$zip = new \ZipArchive();
	if ( true !== $zip->open( $zip_path, \ZipArchive::RDONLY ) ) {
		fwrite( STDERR, "Cannot open {$zip_path}.\n" );
		return 1;
	}
	$files = array();
	$count = $zip->count();
	for ( $i = 0; $i < $count; $i++ ) {
		$entry = (string) $zip->getNameIndex( $i );
		if ( str_ends_with( $entry, '/' ) ) {
			continue;
		}
		if ( ! str_starts_with( $entry, SLUG . '/' ) ) {
			Report::error( $entry, 'is outside the zip\'s one folder, ' . SLUG . '/' );
			continue;
		}
		$files[ substr( $entry, strlen( SLUG ) + 1 ) ] = (string) $zip->getFromIndex( $i );
	}
	$seen = array();
	foreach ( $files as $path => $content ) {
		$problem = path_problem( $path );
		if ( null !== $problem ) {
			Report::error( $path, "is {$problem}" );
		}
		if ( isset( $seen[ strtolower( $path ) ] ) ) {
			Report::error( $path, "differs from {$seen[ strtolower( $path ) ]} only by case (Plugin Check error)" );
		}
		$seen[ strtolower( $path ) ] = $path;
		if ( str_ends_with( $path, '.php' ) ) {
			$tokens = php_tokens( $path, $content );
			check_direct_access( $path, $tokens );
			check_php_calls( $path, $tokens );
		}
		if ( preg_match( '/\.(php|js|css|json)$/', $path ) ) {
			check_text( $path, $content );
		}
	}
	foreach ( array( 'notfound.php', 'uninstall.php' ) as $required ) {
		if ( ! isset( $files[ $required ] ) ) {
			Report::error( $required, 'is missing from the zip' );
		}
	}
	$core_file    = $root . '/.state/core/wp-includes/version.php';
	$core_version = is_file( $core_file ) && preg_match( "/wp_version = '([^']+)'/", (string) file_get_contents( $core_file ), $m ) ? $m[1] : null;
	check_headers( $files, $core_version );

	foreach ( Report::$errors as $error ) {
		echo "  {$error}\n";
	}
	if ( Report::$errors ) {
		printf( "Plugin check: %d errors in %s\n", count( Report::$errors ), basename( $zip_path ) );
		return 1;
	}
	printf( "Plugin check: %d files, no errors\n", count( $files ) );
	return 0;
}

exit( main( $argv ) );
