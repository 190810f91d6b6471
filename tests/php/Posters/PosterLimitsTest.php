<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Posters;

use NotFound\Posters\PosterValidator;
use NotFound\Tests\TestCase;

require_once dirname( __DIR__, 2 ) . '/fixtures/largest-posters.php';

/**
 * Every field that can grow has a limit, so a feed of posters has a largest possible size.
 */
final class PosterLimitsTest extends TestCase {

	public function test_the_largest_poster_is_valid_in_a_wide_script(): void {
		$largest = notfound_largest_poster( 'largest', 'ა', 'https://hub.example.org/photo.png' );

		$this->assertSame( $largest, ( new PosterValidator() )->validate( $largest ) );
	}

	/**
	 * @return array<string, array{0: string, 1: int}>
	 */
	public static function text_fields(): array {
		return array(
			'first name'          => array( 'first_name', PosterValidator::MAX_NAME ),
			'last name'           => array( 'last_name', PosterValidator::MAX_NAME ),
			'place'               => array( 'last_seen.place', PosterValidator::MAX_PLACE ),
			'description'         => array( 'description.fr', PosterValidator::MAX_DESCRIPTION ),
			'alternative text'    => array( 'photos.0.alt', PosterValidator::MAX_ALT ),
			'partner name'        => array( 'partner.name', PosterValidator::MAX_PARTNER_NAME ),
			'case address'        => array( 'case_url', PosterValidator::MAX_URL ),
			'photo address'       => array( 'photos.0.url', PosterValidator::MAX_URL ),
			'partner web address' => array( 'partner.website', PosterValidator::MAX_URL ),
		);
	}

	/**
	 * @dataProvider text_fields
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'text_fields' )]
	public function test_one_character_more_than_a_fields_limit_is_refused_with_that_limit( string $path, int $limit ): void {
		$poster = notfound_largest_poster( 'largest', 'a', 'https://hub.example.org/photo.png' );
		$this->assertIsArray( ( new PosterValidator() )->validate( $poster ), 'At the limit it passes.' );
		$keys   = explode( '.', $path );
		$target = &$poster;
		foreach ( $keys as $key ) {
			$target = &$target[ $key ];
		}
		$target .= 'a';

		$result = ( new PosterValidator() )->validate( $poster );

		$this->assertInstanceOf( \WP_Error::class, $result );
		$this->assertSame( array( $path ), array_keys( $result->get_error_data()['errors'] ) );
		$this->assertStringContainsString( (string) $limit, $result->get_error_data()['errors'][ $path ] );
	}

	public function test_markup_cannot_grow_a_text_past_its_limit_once_cleaned(): void {
		$poster = self::poster( array( 'first_name' => str_repeat( '< ', 45 ) . 'Testa' ) );

		$result = ( new PosterValidator() )->validate( $poster );

		$this->assertInstanceOf( \WP_Error::class, $result, 'Each "<" would become "&lt;" in the stored text.' );
		$this->assertArrayHasKey( 'first_name', $result->get_error_data()['errors'] );
	}

	public function test_more_languages_or_photos_than_allowed_are_refused(): void {
		$poster                = self::poster();
		$languages             = array( 'en', 'fr', 'nl', 'de', 'it', 'es', 'pt', 'pl', 'ro', 'el', 'cs', 'hu', 'sv', 'bg', 'da', 'fi', 'sk', 'hr', 'lt', 'sl', 'lv', 'et', 'ga', 'mt', 'lb', 'uk', 'tr', 'ar', 'ka', 'sq', 'eu' );
		$poster['description'] = array_fill_keys( array_slice( $languages, 0, PosterValidator::MAX_LANGUAGES + 1 ), 'Fictional.' );
		$poster['photos']      = array_fill( 0, PosterValidator::MAX_PHOTOS + 1, $poster['photos'][0] );

		$result = ( new PosterValidator() )->validate( $poster );

		$this->assertInstanceOf( \WP_Error::class, $result );
		$errors = $result->get_error_data()['errors'];
		$this->assertStringContainsString( (string) PosterValidator::MAX_LANGUAGES, $errors['description'] );
		$this->assertStringContainsString( (string) PosterValidator::MAX_PHOTOS, $errors['photos'] );
	}
}
