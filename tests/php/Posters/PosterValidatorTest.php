<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Posters;

use NotFound\Posters\PosterValidator;
use NotFound\Tests\TestCase;

/**
 * The rules every poster passes, on the hub and on display sites.
 */
final class PosterValidatorTest extends TestCase {

	public function test_a_valid_poster_passes_unchanged(): void {
		$this->assertSame( self::poster(), ( new PosterValidator() )->validate( self::poster() ) );
	}

	public function test_markup_in_text_is_stripped(): void {
		$result = ( new PosterValidator() )->validate( self::poster( array( 'first_name' => 'Testa<script>alert(1)</script>' ) ) );

		$this->assertIsArray( $result );
		$this->assertSame( 'Testa', $result['first_name'] );
	}

	public function test_every_invalid_field_is_reported_at_once(): void {
		$poster                     = self::poster(
			array(
				'case_url'      => 'javascript:alert(1)',
				'missing_since' => '2999-01-01',
				'photos'        => array(),
			)
		);
		$poster['last_seen']['lat'] = 91;
		$result                     = ( new PosterValidator() )->validate( $poster );

		$this->assertInstanceOf( \WP_Error::class, $result );
		$errors = $result->get_error_data()['errors'];
		$this->assertSame( array( 'case_url', 'last_seen.lat', 'missing_since', 'photos' ), array_values( array_intersect( array( 'case_url', 'last_seen.lat', 'missing_since', 'photos' ), array_keys( $errors ) ) ) );
		$this->assertCount( 4, $errors );
	}

	public function test_an_unknown_country_and_a_subdivision_of_another_country_are_rejected(): void {
		$poster              = self::poster();
		$poster['last_seen'] = array_merge(
			$poster['last_seen'],
			array(
				'country'     => 'ZZ',
				'subdivision' => 'FR-59',
			)
		);

		$result = ( new PosterValidator() )->validate( $poster );

		$this->assertInstanceOf( \WP_Error::class, $result );
		$this->assertArrayHasKey( 'last_seen.country', $result->get_error_data()['errors'] );
		$this->assertArrayHasKey( 'last_seen.subdivision', $result->get_error_data()['errors'] );
	}

	/**
	 * @return array<string, array{0: string}>
	 */
	public static function invisible_characters(): array {
		return array(
			'right-to-left override'   => array( "\u{202E}" ),
			'left-to-right embedding'  => array( "\u{202A}" ),
			'right-to-left isolate'    => array( "\u{2067}" ),
			'right-to-left mark'       => array( "\u{200F}" ),
			'arabic letter mark'       => array( "\u{061C}" ),
			'zero-width space'         => array( "\u{200B}" ),
			'word joiner'              => array( "\u{2060}" ),
			'byte order mark'          => array( "\u{FEFF}" ),
			'tag character'            => array( "\u{E0041}" ),
			'escape control character' => array( "\u{1B}" ),
		);
	}

	/**
	 * @dataProvider invisible_characters
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'invisible_characters' )]
	public function test_invisible_and_direction_characters_are_refused_in_every_name_text_and_url( string $character ): void {
		$poster                       = self::poster(
			array(
				'first_name'  => 'Tes' . $character . 'ta',
				'last_name'   => $character . 'Example',
				'description' => array( 'en' => 'Fictional ' . $character . 'gpj.exe' ),
				'case_url'    => 'https://partner.example.org/cases/' . $character . 'test',
			)
		);
		$poster['last_seen']['place'] = 'Ghent' . $character;
		$poster['photos'][0]['alt']   = 'Portrait' . $character;
		$poster['photos'][0]['url']   = 'https://example.org/' . rawurlencode( $character ) . 'test.png';
		$poster['partner']['name']    = $character . 'Test partner';

		$result = ( new PosterValidator() )->validate( $poster );

		$this->assertInstanceOf( \WP_Error::class, $result );
		$errors = $result->get_error_data()['errors'];
		foreach ( array( 'first_name', 'last_name', 'description.en', 'case_url', 'last_seen.place', 'photos.0.alt', 'photos.0.url', 'partner.name' ) as $field ) {
			$this->assertArrayHasKey( $field, $errors );
		}
		$this->assertStringContainsString( 'invisible', $errors['first_name'] );
	}

	public function test_joiners_between_letters_stay_allowed_for_the_scripts_that_need_them(): void {
		$poster = self::poster( array( 'description' => array( 'fa' => "\u{0645}\u{06CC}\u{200C}\u{0634}\u{0648}\u{062F}" ) ) );

		$this->assertIsArray( ( new PosterValidator() )->validate( $poster ) );

		$poster = self::poster( array( 'first_name' => "\u{200D}Testa" ) );

		$this->assertInstanceOf( \WP_Error::class, ( new PosterValidator() )->validate( $poster ), 'A joiner that joins nothing is only hiding.' );
	}
}
