<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Hub\ImportAlerts;
use NotFound\Hub\ImportHolds;
use NotFound\Plugin;

/**
 * Imports that cannot destroy: a circuit breaker on withdrawals, photos only for valid items, https only.
 */
final class FeedImportSafetyTest extends ImportTestCase {

	/** @var list<string> URLs the hub requested, in order. */
	private array $requested = array();

	protected function setUp(): void {
		parent::setUp();
		add_action( 'http_api_debug', array( $this, 'record_request' ), 10, 5 );
	}

	protected function tearDown(): void {
		remove_action( 'http_api_debug', array( $this, 'record_request' ) );
		$copies = glob( wp_upload_dir()['basedir'] . '/*/*/notfound-*' );
		foreach ( false === $copies ? array() : $copies as $copy ) {
			if ( str_contains( $copy, md5( $this->base_url . '/small.png' ) ) || str_contains( $copy, md5( $this->base_url . '/fresh.png' ) ) ) {
				wp_delete_file( $copy );
			}
		}
		parent::tearDown();
	}

	/**
	 * @param mixed                $response Unused.
	 * @param string               $context  Unused.
	 * @param string               $transport Unused.
	 * @param array<string, mixed> $args    Unused.
	 */
	public function record_request( mixed $response, string $context, string $transport, array $args, string $url ): void {
		$this->requested[] = $url;
	}

	public function test_an_empty_feed_withdraws_nothing_and_waits_for_an_administrators_confirmation(): void {
		$this->write_feed( array( $this->item( 'imp-001' ), $this->item( 'imp-002' ) ) );
		$this->assertSame( 2, $this->run_import()['imported'] );
		$this->write_feed( array() );

		$report = $this->run_import();

		$this->assertSame( array( 0, 2 ), array( $report['withdrawn'], $report['held'] ) );
		$this->assertSame( array( 'active', 'active' ), $this->statuses( 'imp-001', 'imp-002' ) );
		$alerts = new ImportAlerts( Plugin::instance()->settings, Plugin::instance()->partners );
		$this->assertCount( 1, $alerts->messages() );
		$this->assertStringContainsString( 'Importing partner', $alerts->messages()[0] );
		$this->assertStringContainsString( 'wp notfound import --confirm=importer', $alerts->messages()[0] );
		$this->assertSame( 'critical', $alerts->health()['status'] );

		$this->assertSame( 2, Plugin::instance()->feed_import->confirm( $this->partner ) );

		$this->assertSame( array( 'withdrawn', 'withdrawn' ), $this->statuses( 'imp-001', 'imp-002' ) );
		$this->assertSame( array(), $alerts->messages() );
		$this->assertSame( 'good', $alerts->health()['status'] );
		$this->assertInstanceOf( \WP_Error::class, Plugin::instance()->feed_import->confirm( $this->partner ), 'Nothing is left to confirm.' );
	}

	public function test_an_administrator_confirms_a_held_run_over_rest_and_a_partner_cannot(): void {
		$this->write_feed( array( $this->item( 'imp-001' ) ) );
		$this->run_import();
		$this->write_feed( array() );
		$this->run_import();
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		$confirm = function ( int $user ): \WP_REST_Response {
			wp_set_current_user( $user );
			$request = new \WP_REST_Request( 'POST', '/notfound/v1/imports/confirm' );
			$request->set_body_params( array( 'partner' => 'importer' ) );
			return rest_do_request( $request );
		};

		$this->assertSame( 403, $confirm( $this->create_user( \NotFound\Hub\Capabilities::ROLE, $this->partner ) )->get_status() );
		$this->assertSame( array( 'active' ), $this->statuses( 'imp-001' ) );

		$admin  = $this->create_user( 'administrator' );
		$answer = $confirm( $admin );

		$this->assertSame( array( 200, array( 'withdrawn' => 1 ) ), array( $answer->get_status(), $answer->get_data() ) );
		$this->assertSame( array( 'withdrawn' ), $this->statuses( 'imp-001' ) );
		$this->assertSame( 409, $confirm( $admin )->get_status(), 'Nothing is left to confirm.' );
	}

	public function test_a_run_withdrawing_more_than_half_is_held_and_a_smaller_one_applies_and_releases_the_hold(): void {
		$items = array_map( array( $this, 'item' ), array( 'imp-001', 'imp-002', 'imp-003', 'imp-004' ) );
		$this->write_feed( $items );
		$this->run_import();
		$this->write_feed( array( $items[0] ) );

		$held = $this->run_import();

		$this->assertSame( array( 0, 3 ), array( $held['withdrawn'], $held['held'] ) );
		$this->assertSame( array( 'imp-002', 'imp-003', 'imp-004' ), ( new ImportHolds() )->get( $this->partner )['ids'] ?? null );
		$this->write_feed( array_slice( $items, 0, 3 ) );

		$applied = $this->run_import();

		$this->assertSame( array( 1, 0 ), array( $applied['withdrawn'], $applied['held'] ) );
		$this->assertSame( array( 'active', 'withdrawn' ), $this->statuses( 'imp-003', 'imp-004' ) );
		$this->assertNull( ( new ImportHolds() )->get( $this->partner ), 'The feed recovered: nothing waits any more.' );
	}

	public function test_administrators_see_the_held_run_on_the_dashboard_and_in_site_health(): void {
		$this->write_feed( array( $this->item( 'imp-001' ) ) );
		$this->run_import();
		$this->write_feed( array() );
		$this->run_import();
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		wp_set_current_user( $this->create_user( 'administrator' ) );
		require_once ABSPATH . 'wp-admin/includes/class-wp-screen.php';
		require_once ABSPATH . 'wp-admin/includes/screen.php';
		set_current_screen( 'dashboard' );

		ob_start();
		do_action( 'admin_notices' );
		$notices = (string) ob_get_clean();

		$this->assertStringContainsString( 'would withdraw 1 of its 1 imported posters', $notices );
		$tests = apply_filters( 'site_status_tests', array() );
		$this->assertSame( 'critical', call_user_func( $tests['direct']['notfound_import_held']['test'] )['status'] );
	}

	public function test_photos_are_downloaded_only_for_valid_items(): void {
		$invalid                         = $this->item( 'imp-001' );
		$invalid['last_seen']['country'] = 'ZZ';
		$invalid['photos'][0]['url']     = $this->base_url . '/fresh.png';
		copy( $this->dir . '/photo.png', $this->dir . '/fresh.png' );
		$this->write_feed( array( $invalid ) );

		$report = $this->run_import();

		$this->assertArrayHasKey( 'imp-001', $report['errors'] );
		$this->assertNotContains( $this->base_url . '/fresh.png', $this->requested );
		$this->assertSame( array(), $this->copies_of( 'fresh.png' ) );
	}

	public function test_an_item_refused_once_its_photos_are_downloaded_leaves_no_attachment(): void {
		imagepng( imagecreatetruecolor( 100, 100 ), $this->dir . '/small.png' );
		$too_small           = $this->item( 'imp-001' );
		$too_small['photos'] = array(
			array(
				'url' => $this->base_url . '/fresh.png',
				'alt' => 'Illustrated portrait',
			),
			array(
				'url' => $this->base_url . '/small.png',
				'alt' => 'Illustrated portrait, too small',
			),
		);
		copy( $this->dir . '/photo.png', $this->dir . '/fresh.png' );
		$this->write_feed( array( $too_small ) );

		$report = $this->run_import();

		$this->assertArrayHasKey( 'imp-001', $report['errors'] );
		$this->assertContains( $this->base_url . '/small.png', $this->requested );
		$this->assertSame( array(), $this->copies_of( 'fresh.png' ), 'The first photo, downloaded, went with the refused item.' );
		$this->assertSame( array(), $this->copies_of( 'small.png' ) );
	}

	public function test_an_http_import_url_is_refused_when_the_partner_is_saved_and_when_imported(): void {
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$request = new \WP_REST_Request( 'POST', '/notfound/v1/partners' );
		$request->set_body_params(
			array(
				'slug'       => 'plain-http',
				'name'       => 'Plain http partner',
				'countries'  => array( 'BE' ),
				'hotline'    => '116 000',
				'website'    => 'https://plain-http.example.org',
				'contact'    => 'cases@plain-http.example.org',
				'import_url' => 'http://plain-http.example.org/feed.json',
			)
		);

		$this->assertSame( 400, rest_do_request( $request )->get_status() );
		$this->assertNull( Plugin::instance()->partners->by_slug( 'plain-http' ) );

		$report = Plugin::instance()->feed_import->import( $this->partner, 'http://importer.example.org/feed.json' );

		$this->assertStringContainsString( 'https://', $report['errors']['feed'] ?? '' );
		$this->assertSame( array(), $this->requested );
	}

	public function test_an_image_bomb_is_refused_from_its_header_before_anything_decodes_it(): void {
		// 7000 × 7000 pixels of one colour: a few kilobytes of PNG, about 200 MB once decoded.
		self::write_blank_png( $this->dir . '/bomb.png', 7000, 7000 );
		$this->assertLessThan( 200 * KB_IN_BYTES, (int) filesize( $this->dir . '/bomb.png' ) );
		$item                     = $this->item( 'imp-001' );
		$item['photos'][0]['url'] = $this->base_url . '/bomb.png';
		$this->write_feed( array( $item ) );
		$sideloaded = 0;
		$count      = static function ( array $file ) use ( &$sideloaded ): array {
			++$sideloaded;
			return $file;
		};
		add_filter( 'wp_handle_sideload_prefilter', $count );

		$report = $this->run_import();

		remove_filter( 'wp_handle_sideload_prefilter', $count );
		$this->assertStringContainsString( '7000 × 7000', $report['errors']['imp-001'] ?? '' );
		$this->assertSame( 0, $sideloaded, 'Never written to the media library, so never decoded.' );
		$this->assertSame( array(), $this->copies_of( 'bomb.png' ) );
	}

	public function test_the_download_display_sites_share_refuses_too_many_pixels_within_the_side_limit(): void {
		self::write_blank_png( $this->dir . '/wide.png', 5000, 5000 ); // 25 megapixels, each side under 6000.

		$image = \NotFound\Posters\ImageDownload::fetch( $this->base_url . '/wide.png' );

		$this->assertInstanceOf( \WP_Error::class, $image );
		$this->assertSame( 'notfound_photo_too_large', $image->get_error_code() );
	}

	/**
	 * One colour, so a few kilobytes however large it claims to be.
	 */
	private static function write_blank_png( string $path, int $width, int $height ): void {
		$image = imagecreate( $width, $height );
		imagecolorallocate( $image, 240, 240, 240 );
		imagepng( $image, $path, 9 );
		imagedestroy( $image );
	}

	/**
	 * @return list<string|null>
	 */
	private function statuses( string ...$ids ): array {
		return array_map( static fn( string $id ): ?string => Plugin::instance()->hub_posters->find( $id )['status'] ?? null, $ids );
	}

	/**
	 * @return list<int> Attachments copied from this test's file.
	 */
	private function copies_of( string $file ): array {
		return array_map(
			'intval',
			get_posts(
				array(
					'post_type'      => 'attachment',
					'post_status'    => 'inherit',
					'meta_key'       => '_notfound_source_url', // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key -- a test's few rows.
					'meta_value'     => $this->base_url . '/' . $file, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_value -- as above.
					'fields'         => 'ids',
					'posts_per_page' => -1,
				)
			)
		);
	}
}
