<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Hub\FeedImport;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * Imports a partner's feed served over real HTTP by the test site (files in its uploads folder).
 */
final class FeedImportTest extends TestCase {

	private string $dir;
	private string $base_url;
	private int $partner;

	protected function setUp(): void {
		parent::setUp();
		$hub            = (string) getenv( 'NOTFOUND_TEST_HUB_URL' );
		$this->dir      = wp_upload_dir()['basedir'] . '/notfound-import-test-' . wp_generate_password( 6, false );
		$this->base_url = $hub . '/' . substr( $this->dir, strlen( ABSPATH ) );
		wp_mkdir_p( $this->dir );
		$canvas = imagecreatetruecolor( 480, 600 );
		imagepng( $canvas, $this->dir . '/photo.png' );
		file_put_contents( $this->dir . '/not-an-image.png', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' );
		$this->partner = Plugin::instance()->partners->save(
			array(
				'slug'       => 'importer',
				'name'       => 'Importing partner',
				'countries'  => array( 'BE' ),
				'hotline'    => '116 000',
				'website'    => 'https://importer.example.org',
				'contact'    => 'cases@importer.example.org',
				'import_url' => $this->base_url . '/feed.json',
			)
		);
		// The feed is on loopback and a high port, which wp_safe_remote_get refuses by default.
		add_filter( 'http_request_host_is_external', '__return_true' );
		add_filter( 'http_allowed_safe_ports', array( $this, 'allow_port' ) );
	}

	protected function tearDown(): void {
		remove_filter( 'http_request_host_is_external', '__return_true' );
		remove_filter( 'http_allowed_safe_ports', array( $this, 'allow_port' ) );
		$copies = glob( wp_upload_dir()['basedir'] . '/*/*/notfound-' . md5( $this->base_url . '/photo.png' ) . '*' );
		array_map( 'wp_delete_file', false === $copies ? array() : $copies );
		$files = glob( $this->dir . '/*' );
		array_map( 'wp_delete_file', false === $files ? array() : $files );
		rmdir( $this->dir );
		parent::tearDown();
	}

	/**
	 * @param list<int> $ports
	 * @return list<int>
	 */
	public function allow_port( array $ports ): array {
		$ports[] = (int) wp_parse_url( (string) getenv( 'NOTFOUND_TEST_HUB_URL' ), PHP_URL_PORT );
		return $ports;
	}

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

	/**
	 * @return array{at: int, imported: int, unchanged: int, withdrawn: int, errors: array<string, string>}
	 */
	private function run_import(): array {
		return Plugin::instance()->feed_import->run()[ $this->partner ];
	}

	/**
	 * @param list<array<string, mixed>> $items
	 */
	private function write_feed( array $items ): void {
		file_put_contents( $this->dir . '/feed.json', (string) wp_json_encode( array( 'posters' => $items ) ) );
	}

	/**
	 * @return array<string, mixed>
	 */
	private function item( string $id ): array {
		$item = self::poster( array( 'id' => $id ) );
		unset( $item['partner'], $item['expires'] );
		$item['photos'] = array(
			array(
				'url' => $this->base_url . '/photo.png',
				'alt' => 'Illustrated portrait of Testa',
			),
		);
		return $item;
	}
}
