<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Plugin;

/**
 * Imports a partner's feed served over real HTTP by the test site (files in its uploads folder).
 */
final class FeedImportTest extends ImportTestCase {

	public function test_items_are_imported_with_local_photos_and_those_that_leave_the_feed_are_withdrawn(): void {
		$this->write_feed( array( $this->item( 'imp-001' ), $this->item( 'imp-002' ) ) );

		$first = $this->run_import();

		$this->assertSame( 2, $first['imported'], (string) wp_json_encode( $first['errors'] ) );
		$stored = Plugin::instance()->hub_posters->find( 'imp-001' );
		$this->assertNotNull( $stored );
		$this->assertSame( 'Importing partner', $stored['poster']['partner']['name'] );
		$this->assertStringStartsWith( 'http://example.org/wp-content/uploads-phpunit/', $stored['poster']['photos'][0]['url'] );
		$this->assertSame( array( 480, 600 ), array( $stored['poster']['photos'][0]['width'], $stored['poster']['photos'][0]['height'] ) );

		$this->write_feed( array( $this->item( 'imp-002' ) ) );
		$second = $this->run_import();

		$this->assertSame( array( 0, 1, 1 ), array( $second['imported'], $second['unchanged'], $second['withdrawn'] ) );
		$this->assertSame( 'withdrawn', Plugin::instance()->hub_posters->find( 'imp-001' )['status'] ?? null );
		$this->assertSame( $stored['photo_ids'], Plugin::instance()->hub_posters->find( 'imp-002' )['photo_ids'] ?? null, 'The photo is downloaded once.' );
	}

	public function test_a_broken_feed_changes_nothing(): void {
		$this->write_feed( array( $this->item( 'imp-001' ) ) );
		$this->run_import();
		file_put_contents( $this->dir . '/feed.json', '{"posters": [ {"id": "imp-0' );

		$report = $this->run_import();

		$this->assertArrayHasKey( 'feed', $report['errors'] );
		$this->assertSame( 0, $report['withdrawn'] );
		$this->assertSame( 'active', Plugin::instance()->hub_posters->find( 'imp-001' )['status'] ?? null );
	}

	public function test_invalid_items_and_non_images_are_reported_and_the_valid_ones_kept(): void {
		$bad_photo                           = $this->item( 'imp-002' );
		$bad_photo['photos'][0]['url']       = $this->base_url . '/not-an-image.png';
		$bad_country                         = $this->item( 'imp-003' );
		$bad_country['last_seen']['country'] = 'ZZ';
		$this->write_feed( array( $this->item( 'imp-001' ), $bad_photo, $bad_country ) );

		$report = $this->run_import();

		$this->assertSame( 1, $report['imported'] );
		$this->assertSame( array( 'imp-002', 'imp-003' ), array_keys( $report['errors'] ) );
		$this->assertNull( Plugin::instance()->hub_posters->find( 'imp-002' ) );
	}

	public function test_items_outside_the_partners_countries_or_with_a_made_up_hotline_are_refused(): void {
		$french                     = $this->item( 'imp-fr-001' );
		$french['last_seen']        = array_merge(
			$french['last_seen'],
			array(
				'country'     => 'FR',
				'subdivision' => null,
				'place'       => 'Lille',
			)
		);
		$made_up_hotline            = $this->item( 'imp-002' );
		$made_up_hotline['hotline'] = '0800 555 010';
		$this->write_feed( array( $this->item( 'imp-001' ), $french, $made_up_hotline ) );

		$report = $this->run_import();

		$this->assertSame( 1, $report['imported'] );
		$this->assertSame( array( 'imp-fr-001', 'imp-002' ), array_keys( $report['errors'] ) );
		$this->assertSame( array(), Plugin::instance()->hub_posters->existing_ids( array( 'imp-fr-001', 'imp-002' ) ) );
	}

}
