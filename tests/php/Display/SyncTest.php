<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Display;

use NotFound\Display\PhotoCache;
use NotFound\Hub\HubPosters;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * Syncs from the test environment's real demo hub (dev/test.sh starts it and sets NOTFOUND_TEST_HUB_URL).
 */
final class SyncTest extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		$hub = (string) getenv( 'NOTFOUND_TEST_HUB_URL' );
		$this->assertNotSame( '', $hub, 'NOTFOUND_TEST_HUB_URL names the test hub.' );
		// The test hub listens on loopback and a high port, which wp_safe_remote_get refuses by default.
		add_filter( 'http_request_host_is_external', '__return_true' );
		add_filter( 'http_allowed_safe_ports', array( $this, 'allow_hub_port' ) );
		$key = json_decode( wp_remote_retrieve_body( wp_safe_remote_get( $hub . '/wp-json/notfound/v1/key' ) ), true );
		$this->assertIsArray( $key );
		Plugin::instance()->settings->update(
			array(
				'hub_url'        => $hub,
				'hub_public_key' => $key['public_key'],
			)
		);
	}

	protected function tearDown(): void {
		remove_filter( 'http_request_host_is_external', '__return_true' );
		remove_filter( 'http_allowed_safe_ports', array( $this, 'allow_hub_port' ) );
		parent::tearDown();
	}

	/**
	 * @param list<int> $ports
	 * @return list<int>
	 */
	public function allow_hub_port( array $ports ): array {
		$ports[] = (int) wp_parse_url( (string) getenv( 'NOTFOUND_TEST_HUB_URL' ), PHP_URL_PORT );
		return $ports;
	}

	public function test_a_first_sync_stores_the_hubs_posters_and_a_second_is_answered_304(): void {
		$sync = Plugin::instance()->sync;

		$first = $sync->run();

		$this->assertIsArray( $first );
		$this->assertSame( 'updated', $first['status'] );
		$this->assertGreaterThanOrEqual( 30, $first['stored'] );
		$this->assertSame( array(), $first['dropped'] );
		$this->assertContains( 'demo-be-001', Plugin::instance()->local_posters->ids() );
		$this->assertTrue( $sync->state()->is_fresh( 60 ) );

		$second = $sync->run();
		$this->assertIsArray( $second );
		$this->assertSame( 'unchanged', $second['status'] );
	}

	public function test_photos_are_copied_to_this_site_and_a_withdrawn_posters_copy_is_deleted(): void {
		Plugin::instance()->sync->run();
		$uploads = wp_upload_dir()['baseurl'] . '/' . PhotoCache::FOLDER . '/';
		foreach ( Plugin::instance()->local_posters->all() as $poster ) {
			$this->assertStringStartsWith( $uploads, $poster['photos'][0]['url'] );
			$this->assertFileExists( PhotoCache::dir() . '/' . basename( $poster['photos'][0]['url'] ) );
			$this->assertLessThanOrEqual( PhotoCache::MAX_WIDTH, $poster['photos'][0]['width'] );
		}
		$withdrawn = PhotoCache::dir() . '/' . basename( $this->local_photo( 'demo-cy-001' ) );

		$this->test_site_cli( 'notfound poster withdraw demo-cy-001' );
		Plugin::instance()->sync->run();

		$this->assertNotContains( 'demo-cy-001', Plugin::instance()->local_posters->ids() );
		$this->assertFileDoesNotExist( $withdrawn );
	}

	public function test_thirty_of_the_largest_posters_from_one_partner_still_sync(): void {
		$prefix  = 'largest' . wp_rand( 1000, 9999 );
		$fixture = dirname( __DIR__, 2 ) . '/fixtures/publish-largest-posters.php';
		$this->hub_php( $fixture, $prefix, '30' );
		try {
			$result = Plugin::instance()->sync->run( true );
		} finally {
			$this->hub_php( $fixture, $prefix, 'withdraw' );
		}

		$this->assertIsArray( $result, is_wp_error( $result ) ? $result->get_error_message() : '' );
		$this->assertSame( 'updated', $result['status'] );
		$stored = array_filter( Plugin::instance()->local_posters->ids(), static fn( string $id ): bool => str_starts_with( $id, $prefix . '-' ) );
		$this->assertCount( 30, $stored );
		$this->assertContains( 'demo-be-001', Plugin::instance()->local_posters->ids(), 'The other partners\' posters are still there.' );
	}

	public function test_an_unreachable_hub_keeps_the_last_copy_and_records_why(): void {
		self::store_local_copy( array( self::poster() ) );
		Plugin::instance()->settings->update( array( 'hub_url' => 'http://localhost:9' ) );
		add_filter( 'http_allowed_safe_ports', static fn( array $ports ): array => array_merge( $ports, array( 9 ) ) );

		$result = Plugin::instance()->sync->run();

		$this->assertWPError( $result );
		$this->assertSame( array( 'test-be-001' ), Plugin::instance()->local_posters->ids() );
		$this->assertStringContainsString( 'could not be reached', Plugin::instance()->sync->state()->get()['last_error'] );
	}

	public function test_a_feed_signed_by_another_key_is_refused_and_the_last_copy_kept(): void {
		self::store_local_copy( array( self::poster() ) );
		$other_key = base64_encode( sodium_crypto_sign_publickey( sodium_crypto_sign_keypair() ) );
		Plugin::instance()->settings->update( array( 'hub_public_key' => $other_key ) );

		$result = Plugin::instance()->sync->run();

		$this->assertWPError( $result );
		$this->assertSame( 'notfound_sync_signature', $result->get_error_code() );
		$this->assertSame( array( 'test-be-001' ), Plugin::instance()->local_posters->ids() );
	}

	public function test_one_partner_with_the_most_posters_dated_today_crowds_out_no_other_organisation(): void {
		$hub    = (string) getenv( 'NOTFOUND_TEST_HUB_URL' );
		$before = json_decode( wp_remote_retrieve_body( wp_safe_remote_get( $hub . '/wp-json/notfound/v1/posters?limit=' . HubPosters::MAX_LIMIT ) ), true );
		$this->assertIsArray( $before );
		$organisations = self::organisations( $before['posters'] );
		$this->assertGreaterThan( 5, count( $organisations ) );
		// As many as the largest limit a display may ask for, so they would fill any display's copy.
		$command = 'notfound crowding-test %s --require=' . escapeshellarg( dirname( __DIR__, 2 ) . '/fixtures/crowding-partner.php' );
		$this->test_site_cli( sprintf( $command, 'seed ' . HubPosters::MAX_LIMIT ) );
		try {
			$result = Plugin::instance()->sync->run();
		} finally {
			$this->test_site_cli( sprintf( $command, 'remove' ) );
		}

		$this->assertIsArray( $result );
		$held = self::organisations( Plugin::instance()->local_posters->all() );
		$this->assertContains( 'Crowding test partner', $held );
		$this->assertSame( array(), array_values( array_diff( $organisations, $held ) ), 'Every organisation active on the hub reaches the display.' );
	}

	/**
	 * @param list<array<string, mixed>> $posters
	 * @return list<string> The organisations' names.
	 */
	private static function organisations( array $posters ): array {
		return array_values( array_unique( array_map( static fn( array $poster ): string => (string) $poster['partner']['name'], $posters ) ) );
	}

	private function local_photo( string $id ): string {
		foreach ( Plugin::instance()->local_posters->all() as $poster ) {
			if ( $id === $poster['id'] ) {
				return $poster['photos'][0]['url'];
			}
		}
		$this->fail( "{$id} is not in the local copy." );
	}

	/**
	 * Runs a PHP script on the test hub, the site dev/test.sh started, with its WordPress path first.
	 */
	private function hub_php( string $script, string ...$args ): void {
		$arguments = implode( ' ', array_map( 'escapeshellarg', array( $script, ABSPATH, ...$args ) ) );
		exec( sprintf( 'NOTFOUND_DB_NAME= NOTFOUND_URL= %s %s 2>&1', escapeshellarg( PHP_BINARY ), $arguments ), $output, $status );
		$this->assertSame( 0, $status, implode( "\n", $output ) );
	}

	private function assertWPError( mixed $value ): void {
		$this->assertInstanceOf( \WP_Error::class, $value );
	}
}
