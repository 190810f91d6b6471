<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Display;

use NotFound\Plugin;
use NotFound\Tests\StandInHub;
use NotFound\Tests\TestCase;

/**
 * Whatever a hub does — down, slow, 500, truncated, forged, 50 MB — the site keeps its last valid copy and
 * its 404 page keeps showing it. A stand-in hub (tests/fixtures/stand-in-hub.php, served by php -S) plays
 * each fault.
 */
final class SyncFaultsTest extends TestCase {

	private static StandInHub $hub;
	private static int $port;

	public static function setUpBeforeClass(): void {
		parent::setUpBeforeClass();
		self::$port = 20000 + getmypid() % 10000;
		self::$hub  = new StandInHub( self::$port );
	}

	public static function tearDownAfterClass(): void {
		self::$hub->stop();
		parent::tearDownAfterClass();
	}

	protected function setUp(): void {
		parent::setUp();
		$this->write_feed( array( 'one', 'two' ) );
		self::store_local_copy( array( self::poster( array( 'id' => 'last-good' ) ) ) );
		Plugin::instance()->settings->update( array( 'hub_public_key' => self::$hub->public_key ) );
		add_filter( 'http_request_host_is_external', array( $this, 'allow_localhost' ), 10, 2 );
		add_filter( 'http_allowed_safe_ports', array( $this, 'allow_port' ) );
		add_filter( 'http_request_args', array( $this, 'short_timeout' ) );
	}

	protected function tearDown(): void {
		remove_filter( 'http_request_host_is_external', array( $this, 'allow_localhost' ) );
		remove_filter( 'http_allowed_safe_ports', array( $this, 'allow_port' ) );
		remove_filter( 'http_request_args', array( $this, 'short_timeout' ) );
		parent::tearDown();
	}

	/**
	 * The stand-in hub is on this machine; nothing else inside the network is allowed.
	 */
	public function allow_localhost( bool $external, string $host ): bool {
		return 'localhost' === $host || $external;
	}

	/**
	 * @param list<int> $ports
	 * @return list<int>
	 */
	public function allow_port( array $ports ): array {
		return array_merge( $ports, array( self::$port, self::$port + 1 ) );
	}

	/**
	 * The stand-in's slow mode answers after three seconds; the test waits two (time enough for 50 MB from
	 * this machine, even a busy one).
	 *
	 * @param array<string, mixed> $args
	 * @return array<string, mixed>
	 */
	public function short_timeout( array $args ): array {
		$args['timeout'] = 2;
		return $args;
	}

	/**
	 * @return array<string, array{0: string, 1: string}>
	 */
	public static function faults(): array {
		return array(
			'down'      => array( 'http://localhost:%d/ok', 'notfound_sync_unreachable' ),
			'slow'      => array( 'http://localhost:%d/slow', 'notfound_sync_unreachable' ),
			'HTTP 500'  => array( 'http://localhost:%d/error', 'notfound_sync_http' ),
			'truncated' => array( 'http://localhost:%d/truncated', 'notfound_sync_malformed' ),
			'forged'    => array( 'http://localhost:%d/forged', 'notfound_sync_signature' ),
			'50 MB'     => array( 'http://localhost:%d/huge', 'notfound_sync_too_large' ),
			'redirect'  => array( 'http://localhost:%d/redirect', 'notfound_sync_unreachable' ),
			'replayed'  => array( 'http://localhost:%d/old', 'notfound_sync_replayed' ),
			'future'    => array( 'http://localhost:%d/future', 'notfound_sync_future' ),
			'expired'   => array( 'http://localhost:%d/expired', 'notfound_sync_expired' ),
			'other hub' => array( 'http://localhost:%d/other-hub', 'notfound_sync_wrong_hub' ),
			'swapped'   => array( 'http://localhost:%d/wrong-query', 'notfound_sync_wrong_query' ),
		);
	}

	/**
	 * @dataProvider faults
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'faults' )]
	public function test_a_faulty_hub_leaves_the_last_valid_copy_in_place( string $url, string $error ): void {
		$port = 'http://localhost:%d/ok' === $url && 'notfound_sync_unreachable' === $error ? self::$port + 1 : self::$port;
		Plugin::instance()->settings->update( array( 'hub_url' => sprintf( $url, $port ) ) );

		$result = Plugin::instance()->sync->run( true );

		$this->assertInstanceOf( \WP_Error::class, $result );
		$this->assertSame( $error, $result->get_error_code() );
		$this->assertSame( array( 'last-good' ), Plugin::instance()->local_posters->ids() );
		$this->assertSame( array( 'last-good' ), array_column( Plugin::instance()->selector->for_visitor( 5, 'BE' ), 'id' ) );
	}

	public function test_an_answer_too_large_to_read_says_so_not_that_the_signature_failed(): void {
		Plugin::instance()->settings->update( array( 'hub_url' => sprintf( 'http://localhost:%d/large', self::$port ) ) );

		$result = Plugin::instance()->sync->run( true );

		$this->assertInstanceOf( \WP_Error::class, $result );
		$this->assertStringContainsString( 'larger than 5 MB', $result->get_error_message() );
		$this->assertSame( 'notfound_sync_too_large', Plugin::instance()->sync->state()->get()['last_error_code'] );
	}

	public function test_a_proxy_that_swaps_the_query_leaves_the_copy_and_its_freshness_alone(): void {
		Plugin::instance()->settings->update( array( 'hub_url' => sprintf( 'http://localhost:%d/ok', self::$port ) ) );
		$this->assertIsArray( Plugin::instance()->sync->run( true ) );
		$confirmed = time() - 20 * MINUTE_IN_SECONDS;
		Plugin::instance()->sync->state()->update( array( 'confirmed_at' => $confirmed ) );
		Plugin::instance()->settings->update( array( 'hub_url' => sprintf( 'http://localhost:%d/wrong-query', self::$port ) ) );

		$this->assertInstanceOf( \WP_Error::class, Plugin::instance()->sync->run( true ) );

		$this->assertSame( array( 'one', 'two' ), $this->sorted_ids() );
		$this->assertSame( $confirmed, Plugin::instance()->sync->state()->get()['confirmed_at'] );
	}

	public function test_a_valid_feed_without_a_withdrawn_poster_removes_it(): void {
		Plugin::instance()->settings->update( array( 'hub_url' => sprintf( 'http://localhost:%d/ok', self::$port ) ) );
		$this->assertIsArray( Plugin::instance()->sync->run( true ) );
		$this->assertSame( array( 'one', 'two' ), $this->sorted_ids() );

		$this->write_feed( array( 'two' ) );
		$result = Plugin::instance()->sync->run( true );

		$this->assertIsArray( $result );
		$this->assertSame( array( 'two' ), $this->sorted_ids() );
	}

	public function test_an_unsigned_not_modified_confirms_nothing_once_the_signed_copy_is_old(): void {
		Plugin::instance()->settings->update( array( 'hub_url' => sprintf( 'http://localhost:%d/ok', self::$port ) ) );
		$this->assertIsArray( Plugin::instance()->sync->run( true ) );
		$state = Plugin::instance()->sync->state();
		Plugin::instance()->settings->update( array( 'hub_url' => sprintf( 'http://localhost:%d/unchanged', self::$port ) ) );
		$state->update( array( 'confirmed_at' => time() - 40 * MINUTE_IN_SECONDS ) );

		$this->assertInstanceOf( \WP_Error::class, Plugin::instance()->sync->run( true ), 'Another hub address: no conditional request, so a 304 is an error.' );

		Plugin::instance()->settings->update( array( 'hub_url' => sprintf( 'http://localhost:%d/ok', self::$port ) ) );
		$this->assertIsArray( Plugin::instance()->sync->run( true ) );
		$state->update( array( 'generated_at' => time() - 31 * MINUTE_IN_SECONDS ) );
		$this->assertSame( 'updated', Plugin::instance()->sync->run( true )['status'] ?? null, 'A signed copy older than half the max-age is fetched again whole.' );
	}

	/**
	 * @return list<string>
	 */
	private function sorted_ids(): array {
		$ids = Plugin::instance()->local_posters->ids();
		sort( $ids );
		return $ids;
	}

	/**
	 * @param list<string> $ids
	 */
	private function write_feed( array $ids ): void {
		$posters = array();
		foreach ( $ids as $id ) {
			$poster                     = self::poster( array( 'id' => $id ) );
			$poster['photos'][0]['url'] = sprintf( 'http://localhost:%d/ok/%s.png', self::$port, $id );
			$posters[]                  = $poster;
		}
		self::$hub->write_feed( $posters );
	}
}
