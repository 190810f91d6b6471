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

	public function test_every_organisation_reaches_a_small_limit_and_the_answer_keeps_its_order(): void {
		$posters = Plugin::instance()->hub_posters;
		$crowd   = self::create_partner( 'crowding' );
		for ( $i = 1; $i <= 6; $i++ ) {
			$this->assertIsArray( $posters->save( $this->input( "crowd-{$i}", gmdate( 'Y-m-d' ) ), $crowd ) );
		}
		$this->assertIsArray( $posters->save( $this->input( 'quiet-1', '2024-01-10' ), $this->partner ) );
		$this->assertIsArray( $posters->save( $this->input( 'other-1', '2023-05-20' ), self::create_partner( 'other' ) ) );

		$newest  = $posters->active( array(), null, 4 );
		$nearest = $posters->active( array(), array( 51.05, 3.72 ), 4 );

		$this->assertSame( array( 'crowd-1', 'crowd-2', 'quiet-1', 'other-1' ), array_column( $newest, 'id' ), 'Each organisation in turn; newest first within the answer.' );
		$this->assertCount( 3, array_unique( array_column( array_column( $nearest, 'partner' ), 'name' ) ) );
	}

	/**
	 * @return array<string, mixed>
	 */
	private function input( string $id, string $missing_since = '2025-09-01' ): array {
		$poster = self::poster(
			array(
				'id'            => $id,
				'missing_since' => $missing_since,
			)
		);
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
