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
}
