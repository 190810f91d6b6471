<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Hub\FeedImport;
use NotFound\Plugin;
use NotFound\Tests\StandInHub;
use NotFound\Tests\TestCase;

/**
 * Partner feeds are revalidated every 5 minutes with conditional requests, against the stand-in hub playing
 * a partner's server (tests/fixtures/stand-in-hub.php, mode "partner").
 */
final class FeedImportConditionalTest extends TestCase {

	private static StandInHub $server;
	private int $partner;

	public static function setUpBeforeClass(): void {
		parent::setUpBeforeClass();
		self::$server = new StandInHub( 20000 + ( getmypid() + 5000 ) % 10000 );
	}

	public static function tearDownAfterClass(): void {
		self::$server->stop();
		parent::tearDownAfterClass();
	}

	protected function setUp(): void {
		parent::setUp();
		$this->partner = self::create_partner( 'conditional' );
		add_filter( 'http_request_host_is_external', '__return_true' );
		add_filter( 'http_allowed_safe_ports', array( $this, 'allow_port' ) );
		array_map( 'wp_delete_file', array( self::$server->dir . '/requests.log', self::$server->dir . '/etag' ) );
	}

	protected function tearDown(): void {
		foreach ( array( 'cond-one', 'cond-two' ) as $id ) {
			$copies = glob( wp_upload_dir()['basedir'] . '/*/*/notfound-' . md5( $this->photo_url( $id ) ) . '*' );
			array_map( 'wp_delete_file', false === $copies ? array() : $copies );
		}
		remove_filter( 'http_request_host_is_external', '__return_true' );
		remove_filter( 'http_allowed_safe_ports', array( $this, 'allow_port' ) );
		parent::tearDown();
	}

	/**
	 * @param list<int> $ports
	 * @return list<int>
	 */
	public function allow_port( array $ports ): array {
		$ports[] = self::$server->port;
		return $ports;
	}

	public function test_an_unchanged_feed_is_answered_304_and_changes_nothing(): void {
		$this->serve( array( 'cond-one', 'cond-two' ), 'v1' );
		$this->assertSame( 2, $this->import()['imported'] );

		$this->serve( array( 'cond-one' ), 'v1' ); // Changed, but the partner's server says "not modified".
		$report = $this->import();

		$this->assertSame( array( '"v1"', 'Tue, 01 Dec 2026 10:00:00 GMT' ), $this->last_request() );
		$this->assertSame( 0, $report['imported'] );
		$this->assertSame( 0, $report['withdrawn'] );
		$this->assertSame( 2, $report['unchanged'] );
		$this->assertSame( array(), $report['errors'] );
		$this->assertSame( array( 'cond-one', 'cond-two' ), $this->imported() );

		$this->serve( array( 'cond-one' ), 'v2' );
		$this->assertSame( 1, $this->import()['withdrawn'] );
		$this->assertSame( array( 'cond-one' ), $this->imported() );
	}

	public function test_after_an_item_error_the_next_import_reads_the_whole_feed_again(): void {
		$this->serve( array( 'cond-one', 'Not A Valid Id' ), 'v1' );
		$this->assertNotSame( array(), $this->import()['errors'] );

		$this->import();

		$this->assertSame( array( '', '' ), $this->last_request() );
	}

	public function test_the_import_runs_every_five_minutes_and_replaces_an_hourly_event(): void {
		wp_clear_scheduled_hook( FeedImport::CRON_HOOK );
		wp_schedule_event( time(), 'hourly', FeedImport::CRON_HOOK );

		Plugin::instance()->feed_import->schedule();

		$this->assertSame( FeedImport::SCHEDULE, wp_get_schedule( FeedImport::CRON_HOOK ) );
		$this->assertSame( 5 * MINUTE_IN_SECONDS, wp_get_schedules()[ FeedImport::SCHEDULE ]['interval'] );
	}

	private function photo_url( string $id ): string {
		return 'http://localhost:' . self::$server->port . '/partner/' . $id . '.png';
	}

	private function url(): string {
		return 'http://localhost:' . self::$server->port . '/partner/feed.json';
	}

	/**
	 * @param list<string> $ids
	 */
	private function serve( array $ids, string $etag ): void {
		$items = array();
		foreach ( $ids as $id ) {
			$item = self::poster(
				array(
					'id'     => $id,
					'photos' => array(
						array(
							'url' => $this->photo_url( $id ),
							'alt' => 'Illustrated portrait',
						),
					),
				)
			);
			unset( $item['partner'] );
			$items[] = $item;
		}
		self::$server->write_feed( $items );
		file_put_contents( self::$server->dir . '/etag', $etag );
	}

	/**
	 * @return array{at: int, imported: int, unchanged: int, withdrawn: int, errors: array<string, string>}
	 */
	private function import(): array {
		return Plugin::instance()->feed_import->import( $this->partner, $this->url() );
	}

	/**
	 * @return list<string> The conditional headers of the last request: If-None-Match, If-Modified-Since.
	 */
	private function last_request(): array {
		$lines = file( self::$server->dir . '/requests.log', FILE_IGNORE_NEW_LINES );
		$this->assertIsArray( $lines );
		return json_decode( (string) end( $lines ), true );
	}

	/**
	 * @return list<string>
	 */
	private function imported(): array {
		$ids = Plugin::instance()->hub_posters->imported_ids( $this->partner );
		sort( $ids );
		return $ids;
	}
}
