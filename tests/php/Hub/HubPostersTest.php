<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * The hub's poster store: withdrawals are final and take the photos with them.
 */
final class HubPostersTest extends TestCase {

	private int $partner;

	protected function setUp(): void {
		parent::setUp();
		$this->partner = Plugin::instance()->partners->save(
			array(
				'slug'      => 'store-test',
				'name'      => 'Store test partner',
				'countries' => array( 'BE' ),
				'hotline'   => '116 000',
				'website'   => 'https://store.example.org',
				'contact'   => 'cases@store.example.org',
			)
		);
	}

	public function test_a_save_racing_a_withdrawal_never_undoes_it(): void {
		$posters = Plugin::instance()->hub_posters;
		$this->assertIsArray( $posters->save( $this->input( 'race-1' ), $this->partner ) );
		$edited = $posters->prepare( array_merge( $this->input( 'race-1' ), array( 'first_name' => 'Edited' ) ), $this->partner );
		$this->assertIsArray( $edited );

		$posters->withdraw( 'race-1' ); // Lands between the edit's check and its write.
		$result = $posters->store( $edited, $this->partner );

		$this->assertInstanceOf( \WP_Error::class, $result );
		$this->assertSame( 409, $result->get_error_data()['status'] );
		$this->assertSame( 'withdrawn', $posters->find( 'race-1' )['status'] ?? null );
		$this->assertSame( array(), $posters->active() );
	}

	public function test_an_identical_save_succeeds(): void {
		$posters = Plugin::instance()->hub_posters;
		$this->assertIsArray( $posters->save( $this->input( 'same-1' ), $this->partner ) );

		$this->assertIsArray( $posters->save( $this->input( 'same-1' ), $this->partner ) );
	}

	public function test_a_withdrawal_deletes_the_photos_no_other_active_poster_shows(): void {
		$shared  = $this->attachment();
		$own     = $this->attachment();
		$posters = Plugin::instance()->hub_posters;
		$posters->save( $this->input( 'photo-1' ), $this->partner, array( $own, $shared ) );
		$posters->save( $this->input( 'photo-2' ), $this->partner, array( $shared ) );

		$posters->withdraw( 'photo-1' );

		$this->assertNull( get_post( $own ) );
		$this->assertNotNull( get_post( $shared ) );
	}

	/**
	 * @return array<string, mixed>
	 */
	private function input( string $id ): array {
		$poster = self::poster( array( 'id' => $id ) );
		unset( $poster['partner'], $poster['expires'] );
		return $poster;
	}

	private function attachment(): int {
		return wp_insert_attachment(
			array(
				'post_mime_type' => 'image/png',
				'post_title'     => 'Store test photo',
				'post_status'    => 'inherit',
			)
		);
	}
}
