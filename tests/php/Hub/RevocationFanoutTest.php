<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Hub\HubKeys;
use NotFound\Hub\Revocations\RevocationFanout;
use NotFound\Hub\Stats\ReportingSites;
use NotFound\Plugin;
use NotFound\Posters\Revocation;
use NotFound\Tests\TestCase;

/**
 * Push withdrawal over real HTTP: this process is the hub (signing with the test site's own hub key, which
 * the test site pins), the test site a display site registered with it, beside a site that accepts the
 * connection and never answers and a loopback port where nothing listens.
 */
final class RevocationFanoutTest extends TestCase {

	private const POSTER = 'demo-de-002';

	/** @var resource A listening socket nobody ever answers on. */
	private $silent;
	private int $silent_port;
	private int $dead_port;
	private int $partner;
	private int $test_site_id = 0;

	protected function setUp(): void {
		parent::setUp();
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		update_option( HubKeys::OPTION, json_decode( $this->test_site_cli( 'option get ' . HubKeys::OPTION . ' --format=json' ), true ), false );
		$this->partner = self::create_partner( 'fanout' );
		$this->assertIsArray( Plugin::instance()->hub_posters->save( self::poster( array( 'id' => self::POSTER ) ), $this->partner ) );
		$silent = stream_socket_server( 'tcp://127.0.0.1:0' );
		$this->assertIsResource( $silent );
		$this->silent      = $silent;
		$this->silent_port = (int) wp_parse_url( 'tcp://' . stream_socket_get_name( $silent, false ), PHP_URL_PORT );
		$closed            = stream_socket_server( 'tcp://127.0.0.1:0' );
		$this->assertIsResource( $closed );
		$this->dead_port = (int) wp_parse_url( 'tcp://' . stream_socket_get_name( $closed, false ), PHP_URL_PORT );
		fclose( $closed );
		// The sites are on loopback and high ports, which the fan-out refuses by default.
		add_filter( 'http_request_host_is_external', '__return_true' );
		add_filter( 'http_allowed_safe_ports', array( $this, 'allow_ports' ) );
	}

	protected function tearDown(): void {
		fclose( $this->silent );
		remove_filter( 'http_request_host_is_external', '__return_true' );
		remove_filter( 'http_allowed_safe_ports', array( $this, 'allow_ports' ) );
		parent::tearDown();
	}

	/**
	 * @param list<int> $ports
	 * @return list<int>
	 */
	public function allow_ports( array $ports ): array {
		return array_merge( $ports, array( self::test_site_port(), $this->silent_port, $this->dead_port ) );
	}

	public function test_a_withdrawal_queues_a_signed_revocation_per_site_and_contacts_none_of_them_itself(): void {
		$sites = $this->register_sites();

		$this->assertTrue( Plugin::instance()->hub_posters->withdraw( self::POSTER ) );

		$pending = Plugin::instance()->fanout->queue()->pending( self::POSTER );
		$this->assertSame( array_values( $sites ), array_column( $pending, 'site_id' ) );
		$this->assertSame( array( 0, 0, 0 ), array_column( $pending, 'attempts' ) );
		$this->assertNotFalse( wp_next_scheduled( RevocationFanout::CRON_HOOK ), 'The sending is left to WP-Cron.' );
		$this->assertFalse( @stream_socket_accept( $this->silent, 0 ), 'No site was contacted during the withdrawal.' ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- a timeout is the expected outcome.
		$due = Plugin::instance()->fanout->queue()->due( 10 );
		$this->assertNotNull( Revocation::verify( $due[0]['body'], $due[0]['signature'], Plugin::instance()->hub_keys->public_key(), time() ) );
	}

	public function test_the_reachable_site_forgets_the_poster_while_a_silent_and_a_dead_one_wait_for_a_retry(): void {
		$sites  = $this->register_sites();
		$stored = $this->stored_on_test_site();
		Plugin::instance()->hub_posters->withdraw( self::POSTER );

		try {
			$delivered = Plugin::instance()->fanout->send();

			$this->assertSame( 1, $delivered );
			$this->assertSame( $stored - 1, $this->stored_on_test_site(), 'The test site forgot ' . self::POSTER . '.' );
		} finally {
			// The test site's own hub still publishes the poster: its next full sync brings it back.
			$this->test_site_cli( 'option delete notfound_sync_state' );
			$this->test_site_cli( 'notfound sync' );
		}
		$pending = Plugin::instance()->fanout->queue()->pending( self::POSTER );
		$this->assertSame( array( $sites['silent'], $sites['dead'] ), array_column( $pending, 'site_id' ) );
		$this->assertSame( array( 1, 1 ), array_column( $pending, 'attempts' ) );
		$this->assertGreaterThan( time(), Plugin::instance()->fanout->queue()->next_due(), 'Retried later, not at once.' );
		$this->assertNotFalse( wp_next_scheduled( RevocationFanout::CRON_HOOK ), 'The retry is scheduled.' );
	}

	public function test_a_site_that_stays_unreachable_is_left_to_its_own_sync(): void {
		$this->register_sites();
		Plugin::instance()->hub_posters->withdraw( self::POSTER );
		global $wpdb;
		$deliveries = $wpdb->prefix . 'notfound_hub_deliveries';
		// The test site took it; the two others failed every attempt but the last.
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$deliveries} WHERE site_id = %d", $this->test_site_id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the test's setting of the queue.
		$wpdb->query( $wpdb->prepare( "UPDATE {$deliveries} SET attempts = %d", RevocationFanout::MAX_ATTEMPTS - 1 ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- as above.

		Plugin::instance()->fanout->send();

		$this->assertSame( array(), Plugin::instance()->fanout->queue()->pending( self::POSTER ) );
		$this->assertNotContains( self::POSTER, array_column( Plugin::instance()->hub_posters->active(), 'id' ), 'The feed every site syncs from no longer has it.' );
	}

	public function test_a_poster_that_expired_is_revoked_once(): void {
		$this->register_sites();
		global $wpdb;
		$wpdb->update( $wpdb->prefix . 'notfound_hub_posters', array( 'expires_on' => gmdate( 'Y-m-d', time() - DAY_IN_SECONDS ) ), array( 'id' => self::POSTER ) );

		Plugin::instance()->fanout->revoke_expired();
		Plugin::instance()->fanout->revoke_expired();

		$this->assertCount( 3, Plugin::instance()->fanout->queue()->pending( self::POSTER ) );
	}

	public function test_sites_registered_at_non_public_addresses_are_never_contacted(): void {
		remove_filter( 'http_request_host_is_external', '__return_true' );
		$this->register_sites();
		Plugin::instance()->hub_posters->withdraw( self::POSTER );

		$this->assertSame( 0, Plugin::instance()->fanout->send() );

		$this->assertSame( array(), Plugin::instance()->fanout->queue()->pending( self::POSTER ) );
		$this->assertFalse( @stream_socket_accept( $this->silent, 0 ) ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- a timeout is the expected outcome.
	}

	/**
	 * @return array{test_site: int, silent: int, dead: int} Site ids.
	 */
	private function register_sites(): array {
		$registry           = new ReportingSites();
		$sites              = array(
			'test_site' => $registry->register( (string) getenv( 'NOTFOUND_TEST_HUB_URL' ) . '/' ),
			'silent'    => $registry->register( 'http://127.0.0.1:' . $this->silent_port . '/' ),
			'dead'      => $registry->register( 'http://127.0.0.1:' . $this->dead_port . '/' ),
		);
		$ids                = array_map(
			static function ( ?array $site ): int {
				return null === $site ? 0 : $site['site_id'];
			},
			$sites
		);
		$this->test_site_id = $ids['test_site'];
		return $ids;
	}

	private static function test_site_port(): int {
		return (int) wp_parse_url( (string) getenv( 'NOTFOUND_TEST_HUB_URL' ), PHP_URL_PORT );
	}

	private function stored_on_test_site(): int {
		$this->assertSame( 1, preg_match( '/Posters stored: (\d+)/', $this->test_site_cli( 'notfound status' ), $match ) );
		return (int) $match[1];
	}
}
