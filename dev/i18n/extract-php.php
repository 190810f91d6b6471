<?php
/**
 * Finds the notfound text domain's gettext calls in PHP files with PHP's own tokenizer, as `wp i18n make-pot`
 * does, and prints them as JSON: [{msgid, msgid_plural?, msgctxt?, comment?, file, line}].
 * Usage: php dev/i18n/extract-php.php <domain> <file>…  (paths as they should appear in references)
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Dev\I18n;

/** The arguments of each function, in order: what each one is (null: not a string we keep). */
const GETTEXT_FUNCTIONS = array(
	'__'         => array( 'msgid', 'domain' ),
	'_e'         => array( 'msgid', 'domain' ),
	'esc_html__' => array( 'msgid', 'domain' ),
	'esc_html_e' => array( 'msgid', 'domain' ),
	'esc_attr__' => array( 'msgid', 'domain' ),
	'esc_attr_e' => array( 'msgid', 'domain' ),
	'_x'         => array( 'msgid', 'msgctxt', 'domain' ),
	'_ex'        => array( 'msgid', 'msgctxt', 'domain' ),
	'esc_html_x' => array( 'msgid', 'msgctxt', 'domain' ),
	'esc_attr_x' => array( 'msgid', 'msgctxt', 'domain' ),
	'_n'         => array( 'msgid', 'msgid_plural', null, 'domain' ),
	'_nx'        => array( 'msgid', 'msgid_plural', null, 'msgctxt', 'domain' ),
	'_n_noop'    => array( 'msgid', 'msgid_plural', 'domain' ),
	'_nx_noop'   => array( 'msgid', 'msgid_plural', 'msgctxt', 'domain' ),
);

const IGNORED_TOKENS = array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT );

/**
 * A comment's text without its markers, on one line, as make-pot writes it.
 */
function comment_text( string $comment ): string {
	$comment = preg_replace( '~^(//|#|/\*+)|\*+/$~', '', trim( $comment ) ) ?? '';
	$lines   = array_map( static fn( string $line ): string => trim( ltrim( trim( $line ), '*' ) ), explode( "\n", $comment ) );
	return implode( ' ', array_filter( $lines, static fn( string $line ): bool => '' !== $line ) );
}

/**
 * The value of a single- or double-quoted string token without variables in it.
 */
function string_value( string $token ): string {
	$body = substr( $token, 1, -1 );
	if ( "'" === $token[0] ) {
		return strtr(
			$body,
			array(
				'\\\\' => '\\',
				"\\'"  => "'",
			)
		);
	}
	$simple = array(
		'n'  => "\n",
		't'  => "\t",
		'r'  => "\r",
		'v'  => "\v",
		'e'  => "\e",
		'f'  => "\f",
		'\\' => '\\',
		'$'  => '$',
		'"'  => '"',
	);
	return (string) preg_replace_callback(
		'/\\\\(?:([ntrvef\\\\$"])|([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|u\{([0-9A-Fa-f]+)\})/',
		static function ( array $m ) use ( $simple ): string {
			if ( null !== $m[1] ) {
				return $simple[ $m[1] ];
			}
			if ( null !== $m[2] ) {
				return chr( octdec( $m[2] ) & 255 );
			}
			if ( null !== $m[3] ) {
				return chr( (int) hexdec( $m[3] ) );
			}
			return (string) mb_chr( (int) hexdec( (string) $m[4] ), 'UTF-8' );
		},
		$body,
		-1,
		$count,
		PREG_UNMATCHED_AS_NULL
	);
}

/**
 * A call's arguments, each the string it is made of ('a' . 'b' included) or null when it is anything else.
 *
 * @param list<array{0: int, 1: string, 2: int}|string> $tokens
 * @param int                                           $open   Index of the call's opening parenthesis.
 * @return list<?string>
 */
function call_arguments( array $tokens, int $open ): array {
	$args  = array();
	$parts = array();
	$depth = 0;
	$count = count( $tokens );
	for ( $i = $open + 1; $i < $count; $i++ ) {
		$token = $tokens[ $i ];
		$text  = is_array( $token ) ? $token[1] : $token;
		if ( in_array( $text, array( '(', '[', '{' ), true ) || ( is_array( $token ) && in_array( $token[0], array( T_CURLY_OPEN, T_DOLLAR_OPEN_CURLY_BRACES ), true ) ) ) {
			++$depth;
		} elseif ( in_array( $text, array( ')', ']', '}' ), true ) ) {
			if ( 0 === $depth-- ) {
				break;
			}
		}
		if ( 0 === $depth && ',' === $text ) {
			$args[] = $parts;
			$parts  = array();
		} elseif ( ! is_array( $token ) || ! in_array( $token[0], IGNORED_TOKENS, true ) ) {
			$parts[] = $token;
		}
	}
	if ( array() !== $parts ) {
		$args[] = $parts;
	}
	return array_map( __NAMESPACE__ . '\literal', $args );
}

/**
 * The string an argument's tokens make when they are only quoted strings joined by dots, else null.
 *
 * @param list<array{0: int, 1: string, 2: int}|string> $parts
 */
function literal( array $parts ): ?string {
	$value = '';
	foreach ( $parts as $index => $part ) {
		$is_string = is_array( $part ) && T_CONSTANT_ENCAPSED_STRING === $part[0];
		if ( 0 === $index % 2 ? ! $is_string : '.' !== $part ) {
			return null;
		}
		$value .= $is_string ? string_value( $part[1] ) : '';
	}
	return ( array() === $parts || 0 === count( $parts ) % 2 ) ? null : $value;
}

/**
 * The previous token that is neither whitespace nor a comment.
 *
 * @param list<array{0: int, 1: string, 2: int}|string> $tokens
 * @return array{0: int, 1: string, 2: int}|string|null
 */
function previous_code_token( array $tokens, int $index ) {
	for ( $i = $index - 1; $i >= 0; $i-- ) {
		if ( ! is_array( $tokens[ $i ] ) || ! in_array( $tokens[ $i ][0], IGNORED_TOKENS, true ) ) {
			return $tokens[ $i ];
		}
	}
	return null;
}

/**
 * The index of the next token that is neither whitespace nor a comment.
 *
 * @param list<array{0: int, 1: string, 2: int}|string> $tokens
 */
function next_code_index( array $tokens, int $index ): int {
	$count = count( $tokens );
	for ( $i = $index + 1; $i < $count; $i++ ) {
		if ( ! is_array( $tokens[ $i ] ) || ! in_array( $tokens[ $i ][0], IGNORED_TOKENS, true ) ) {
			return $i;
		}
	}
	return $count;
}

/**
 * The gettext function a token calls (a global function, not a method or a declaration), or null.
 *
 * @param list<array{0: int, 1: string, 2: int}|string> $tokens
 */
function called_function( array $tokens, int $index ): ?string {
	$token = $tokens[ $index ];
	if ( ! is_array( $token ) || ! in_array( $token[0], array( T_STRING, T_NAME_FULLY_QUALIFIED ), true ) ) {
		return null;
	}
	$name = ltrim( $token[1], '\\' );
	if ( ! isset( GETTEXT_FUNCTIONS[ $name ] ) || '(' !== ( $tokens[ next_code_index( $tokens, $index ) ] ?? null ) ) {
		return null;
	}
	$before = previous_code_token( $tokens, $index );
	$kind   = is_array( $before ) ? $before[0] : null;
	return in_array( $kind, array( T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR, T_DOUBLE_COLON, T_FUNCTION, T_NEW ), true ) ? null : $name;
}

/**
 * The entries of one file.
 *
 * @return list<array<string, string|int>>
 */
function extract_file( string $file, string $domain ): array {
	$tokens  = token_get_all( (string) file_get_contents( $file ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file, WordPress is not loaded.
	$entries = array();
	$comment = null; // The last translators: comment: its text and the line it ends on.
	foreach ( $tokens as $index => $token ) {
		if ( is_array( $token ) && in_array( $token[0], array( T_COMMENT, T_DOC_COMMENT ), true ) ) {
			$text = comment_text( $token[1] );
			if ( 1 === preg_match( '/^translators:/i', $text ) ) {
				$comment = array( $text, $token[2] + substr_count( rtrim( $token[1] ), "\n" ) );
			}
			continue;
		}
		$function = called_function( $tokens, $index );
		if ( null === $function ) {
			continue;
		}
		$line   = is_array( $token ) ? $token[2] : 0;
		$values = call_arguments( $tokens, next_code_index( $tokens, $index ) );
		$entry  = array();
		foreach ( GETTEXT_FUNCTIONS[ $function ] as $position => $role ) {
			if ( null !== $role ) {
				$entry[ $role ] = $values[ $position ] ?? null;
			}
		}
		if ( $domain !== $entry['domain'] ) {
			continue;
		}
		unset( $entry['domain'] );
		if ( in_array( null, $entry, true ) || '' === $entry['msgid'] ) {
			// phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_read_fwrite, WordPress.Security.EscapeOutput.OutputNotEscaped -- a command-line warning.
			fwrite( STDERR, "Warning: $file:$line: $function() needs literal strings to be translated; skipped.\n" );
			continue;
		}
		// make-pot's rule: the comment belongs to calls on the line it ends on and the next.
		if ( null !== $comment && $line - $comment[1] <= 1 ) {
			$entry['comment'] = $comment[0];
		}
		$entries[] = $entry + array(
			'file' => $file,
			'line' => $line,
		);
	}
	return $entries;
}

$notfound_domain  = $argv[1];
$notfound_entries = array();
foreach ( array_slice( $argv, 2 ) as $notfound_file ) {
	array_push( $notfound_entries, ...extract_file( $notfound_file, $notfound_domain ) );
}
echo json_encode( $notfound_entries, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR ); // phpcs:ignore WordPress.WP.AlternativeFunctions.json_encode_json_encode, WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON for dev/i18n, WordPress is not loaded.
