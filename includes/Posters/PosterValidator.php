<?php
/**
 * Validates a poster in the feed's shape: the hub checks what partners send, display sites check what the
 * hub sends. One set of rules for both.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Posters;

use NotFound\Geo\Countries;

/**
 * Returns the poster normalised (text stripped of markup, numbers typed), or every field's error at once.
 *
 * Every field that can grow has a limit (characters; bytes for addresses), so a poster has a largest
 * possible size and the feed, at most FeedQuery::MAX_LIMIT posters, a largest possible answer: docs/hub.md
 * ("How large an answer can be") has the arithmetic, tests/php/Hub/FeedBudgetTest.php checks it.
 */
final class PosterValidator {

	public const ID_PATTERN       = '/^[a-z0-9][a-z0-9-]{0,63}$/';
	public const MAX_NAME         = 100;
	public const MAX_PLACE        = 120;
	public const MAX_DESCRIPTION  = 400; // Per language: a poster's few sentences.
	public const MAX_LANGUAGES    = 10; // A country's languages, its neighbours' and English.
	public const MAX_ALT          = 150;
	public const MAX_URL          = 500;
	public const MAX_PHOTOS       = 5;
	public const MAX_PARTNER_NAME = 191;

	/**
	 * Characters that change how text reads without being seen: format characters (bidi embeddings,
	 * overrides, isolates and marks, zero-width spaces, word joiners, tag characters…), control characters
	 * other than line breaks and tabs, and Hangul fillers. Zero-width (non-)joiners are kept between two
	 * letters, where Persian, Indic scripts and others need them.
	 */
	private const INVISIBLE = '/[\p{Cf}\x{115F}\x{1160}\x{3164}\x{FFA0}](?<![\x{200C}\x{200D}])|[^\P{Cc}\t\n\r]|(?<![\p{L}\p{M}])[\x{200C}\x{200D}]|[\x{200C}\x{200D}](?![\p{L}\p{M}])/u';

	/** @var array<string, string> Field path => error message. */
	private array $errors = array();

	/**
	 * @param mixed $input Decoded JSON.
	 * @return array<string, mixed>|\WP_Error The clean poster, or a WP_Error whose data holds `errors` per field.
	 */
	public function validate( mixed $input ): array|\WP_Error {
		$this->errors = array();
		if ( ! is_array( $input ) ) {
			return self::invalid( array( '' => __( 'A poster must be an object.', 'notfound' ) ) );
		}
		$last_seen = is_array( $input['last_seen'] ?? null ) ? $input['last_seen'] : array();
		$country   = $this->country( $last_seen['country'] ?? null, 'last_seen.country' );
		$poster    = array(
			'id'                   => $this->matching( $input['id'] ?? null, 'id', self::ID_PATTERN, __( 'Use 1–64 lowercase letters, digits and hyphens.', 'notfound' ) ),
			'first_name'           => $this->text( $input['first_name'] ?? null, 'first_name', self::MAX_NAME ),
			'last_name'            => $this->optional_text( $input['last_name'] ?? null, 'last_name', self::MAX_NAME ),
			'date_of_birth'        => $this->optional_date( $input['date_of_birth'] ?? null, 'date_of_birth' ),
			'age_at_disappearance' => $this->integer( $input['age_at_disappearance'] ?? null, 'age_at_disappearance', 0, 25 ),
			'missing_since'        => $this->date( $input['missing_since'] ?? null, 'missing_since' ),
			'last_seen'            => array(
				'place'       => $this->text( $last_seen['place'] ?? null, 'last_seen.place', self::MAX_PLACE ),
				'country'     => $country,
				'subdivision' => $this->subdivision( $last_seen['subdivision'] ?? null, $country ),
				'lat'         => $this->coordinate( $last_seen['lat'] ?? null, 'last_seen.lat', 90 ),
				'lon'         => $this->coordinate( $last_seen['lon'] ?? null, 'last_seen.lon', 180 ),
			),
			'description'          => $this->translations( $input['description'] ?? array(), 'description' ),
			'photos'               => $this->photos( $input['photos'] ?? null ),
			'case_url'             => $this->url( $input['case_url'] ?? null, 'case_url' ),
			'hotline'              => $this->matching( $input['hotline'] ?? null, 'hotline', '/^\+?[0-9][0-9 ]{1,18}[0-9]$/', __( 'Use digits and spaces, optionally starting with +.', 'notfound' ) ),
			'partner'              => $this->partner( $input['partner'] ?? null ),
			'expires'              => $this->date( $input['expires'] ?? null, 'expires', false ),
		);
		if ( $poster['missing_since'] > gmdate( 'Y-m-d' ) ) {
			$this->errors['missing_since'] = __( 'The date cannot be in the future.', 'notfound' );
		}
		return $this->errors ? self::invalid( $this->errors ) : $poster;
	}

	/**
	 * The answer for invalid fields: a WP_Error with status 400 and a message per field.
	 *
	 * @param array<string, string> $errors Field path => message.
	 */
	public static function invalid( array $errors ): \WP_Error {
		ksort( $errors );
		return new \WP_Error(
			'notfound_invalid_poster',
			/* translators: %s: comma-separated list of field names. */
			sprintf( __( 'Invalid poster fields: %s', 'notfound' ), implode( ', ', array_keys( $errors ) ) ),
			array(
				'status' => 400,
				'errors' => $errors,
			)
		);
	}

	private function text( mixed $value, string $field, int $max ): string {
		$clean = is_string( $value ) ? $this->clean_text( $value, $field, $max ) : '';
		if ( '' === trim( $clean ) && ! isset( $this->errors[ $field ] ) ) {
			// Also when nothing is left once markup is stripped: "<script>…</script>" is no name.
			$this->errors[ $field ] = __( 'Required text is missing.', 'notfound' );
		}
		return $clean;
	}

	private function optional_text( mixed $value, string $field, int $max ): ?string {
		if ( null === $value || '' === $value ) {
			return null;
		}
		return $this->text( $value, $field, $max );
	}

	private function clean_text( string $value, string $field, int $max ): string {
		if ( ! wp_check_invalid_utf8( $value ) ) {
			$this->errors[ $field ] = __( 'The text is not valid UTF-8.', 'notfound' );
			return '';
		}
		// Measured after cleaning too: cleaning may grow a text (a lone "<" becomes "&lt;").
		$clean = sanitize_textarea_field( $value );
		if ( mb_strlen( $value ) > $max || mb_strlen( $clean ) > $max ) {
			/* translators: %d: maximum number of characters. */
			$this->errors[ $field ] = sprintf( __( 'At most %d characters.', 'notfound' ), $max );
			return '';
		}
		if ( $this->is_spoofing( $value, $field ) ) {
			return '';
		}
		return $clean;
	}

	private function matching( mixed $value, string $field, string $pattern, string $message ): string {
		if ( ! is_string( $value ) || 1 !== preg_match( $pattern, $value ) ) {
			$this->errors[ $field ] = $message;
			return '';
		}
		return $value;
	}

	private function integer( mixed $value, string $field, int $min, int $max ): int {
		if ( ! is_int( $value ) || $value < $min || $value > $max ) {
			/* translators: 1: minimum, 2: maximum. */
			$this->errors[ $field ] = sprintf( __( 'A whole number from %1$d to %2$d.', 'notfound' ), $min, $max );
			return 0;
		}
		return $value;
	}

	private function date( mixed $value, string $field, bool $required = true ): string {
		if ( is_string( $value ) && 1 === preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $parts ) && checkdate( (int) $parts[2], (int) $parts[3], (int) $parts[1] ) ) {
			return $value;
		}
		if ( $required || null !== $value ) {
			$this->errors[ $field ] = __( 'A date as YYYY-MM-DD.', 'notfound' );
		}
		return '';
	}

	private function optional_date( mixed $value, string $field ): ?string {
		return null === $value ? null : $this->date( $value, $field );
	}

	private function country( mixed $value, string $field ): string {
		if ( ! is_string( $value ) || ! Countries::is_valid( $value ) ) {
			$this->errors[ $field ] = __( 'An ISO 3166-1 country code such as BE.', 'notfound' );
			return '';
		}
		return $value;
	}

	private function subdivision( mixed $value, string $country ): ?string {
		if ( null === $value || '' === $value ) {
			return null;
		}
		if ( ! is_string( $value ) || 1 !== preg_match( '/^([A-Z]{2})-[A-Z0-9]{1,3}$/', $value, $parts ) || $parts[1] !== $country ) {
			$this->errors['last_seen.subdivision'] = __( 'An ISO 3166-2 code of the same country, such as BE-VOV.', 'notfound' );
			return null;
		}
		return $value;
	}

	private function coordinate( mixed $value, string $field, int $limit ): float {
		if ( ( ! is_float( $value ) && ! is_int( $value ) ) || abs( (float) $value ) > $limit ) {
			/* translators: %d: largest allowed absolute value. */
			$this->errors[ $field ] = sprintf( __( 'A number from -%1$d to %1$d.', 'notfound' ), $limit );
			return 0.0;
		}
		return (float) $value;
	}

	private function url( mixed $value, string $field ): string {
		$scheme = is_string( $value ) ? wp_parse_url( $value, PHP_URL_SCHEME ) : null;
		if ( is_string( $value ) && strlen( $value ) > self::MAX_URL ) {
			/* translators: %d: maximum length in bytes. */
			$this->errors[ $field ] = sprintf( __( 'An address of at most %d characters.', 'notfound' ), self::MAX_URL );
			return '';
		}
		if ( ! is_string( $value ) || ! in_array( $scheme, array( 'http', 'https' ), true ) || esc_url_raw( $value, array( 'http', 'https' ) ) !== $value ) {
			$this->errors[ $field ] = __( 'An http or https address.', 'notfound' );
			return '';
		}
		// Percent-encoded too: browsers show a decoded U+202E in the address bar and status line.
		return $this->is_spoofing( $value, $field ) || $this->is_spoofing( rawurldecode( $value ), $field ) ? '' : $value;
	}

	/**
	 * Records the field's error when the text holds an invisible or direction-changing character.
	 */
	private function is_spoofing( string $value, string $field ): bool {
		if ( 1 !== preg_match( self::INVISIBLE, $value, $match ) ) {
			return false;
		}
		$this->errors[ $field ] = sprintf(
			/* translators: %s: a Unicode code point such as U+202E. */
			__( 'Remove the invisible or direction-changing character %s: it can make text read differently from what it is.', 'notfound' ),
			sprintf( 'U+%04X', mb_ord( $match[0], 'UTF-8' ) )
		);
		return true;
	}

	/**
	 * @return array<string, string> Language code => text.
	 */
	private function translations( mixed $value, string $field ): array {
		$clean = array();
		if ( ! is_array( $value ) || count( $value ) > self::MAX_LANGUAGES ) {
			/* translators: %d: the most languages a poster may have. */
			$this->errors[ $field ] = sprintf( __( 'An object of language code => text, at most %d languages.', 'notfound' ), self::MAX_LANGUAGES );
			return $clean;
		}
		foreach ( $value as $lang => $text ) {
			if ( ! is_string( $lang ) || 1 !== preg_match( '/^[a-z]{2,3}(_[A-Z]{2})?$/', $lang ) || ! is_string( $text ) ) {
				$this->errors[ $field ] = __( 'An object of language code => text.', 'notfound' );
				continue;
			}
			$clean[ $lang ] = $this->clean_text( $text, "{$field}.{$lang}", self::MAX_DESCRIPTION );
		}
		return $clean;
	}

	/**
	 * @return list<array{url: string, width: int, height: int, alt: string}>
	 */
	private function photos( mixed $value ): array {
		if ( ! is_array( $value ) || ! array_is_list( $value ) || array() === $value || count( $value ) > self::MAX_PHOTOS ) {
			/* translators: %d: the most photos a poster may have. */
			$this->errors['photos'] = sprintf( __( 'One to %d photos.', 'notfound' ), self::MAX_PHOTOS );
			return array();
		}
		$photos = array();
		foreach ( $value as $index => $photo ) {
			$photo    = is_array( $photo ) ? $photo : array();
			$photos[] = array(
				'url'    => $this->url( $photo['url'] ?? null, "photos.{$index}.url" ),
				'width'  => $this->integer( $photo['width'] ?? null, "photos.{$index}.width", 64, 6000 ),
				'height' => $this->integer( $photo['height'] ?? null, "photos.{$index}.height", 64, 6000 ),
				'alt'    => $this->text( $photo['alt'] ?? null, "photos.{$index}.alt", self::MAX_ALT ),
			);
		}
		return $photos;
	}

	/**
	 * @return array{name: string, website: string}
	 */
	private function partner( mixed $value ): array {
		$value = is_array( $value ) ? $value : array();
		return array(
			'name'    => $this->text( $value['name'] ?? null, 'partner.name', self::MAX_PARTNER_NAME ),
			'website' => $this->url( $value['website'] ?? null, 'partner.website' ),
		);
	}
}
