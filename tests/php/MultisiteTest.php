<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests;

use NotFound\Database\Schema;
use NotFound\Database\Tables;
use NotFound\Display\Sync;
use NotFound\Hub\Capabilities;
use NotFound\Hub\FeedImport;
use NotFound\Settings\Settings;
use PHPUnit\Framework\Attributes\Depends;

/**
 * A real network, built with WP-CLI in a database of its own (the tests' database name + "_multisite", on the
 * same MariaDB) from the test environment's WordPress files: network activation sets up every site, settings
 * belong to one site, a site added later is set up, and uninstalling removes everything on every site.
 * Not a TestCase: nothing here runs in the tests' database or its transaction. What is asserted is read from
 * the network's database directly, not through the plugin's code.
 */
final class MultisiteTest extends \PHPUnit\Framework\TestCase {

	private const URL = 'http://example.org/';

	private static string $db_name;
	private static string $debug_log;
	private static \wpdb $db;

	public static function setUpBeforeClass(): void {
		global $wpdb;
		self::$db_name   = DB_NAME . '_multisite';
		self::$debug_log = (string) tempnam( sys_get_temp_dir(), 'notfound-multisite-' );
		self::drop_database();
		$wpdb->query( $wpdb->prepare( 'CREATE DATABASE %i', self::$db_name ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQLPlaceholders.UnsupportedPlaceholder, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- the network's own database; %i (an identifier) is WordPress 6.2's, newer than WPCS 2.3.
		self::$db = new \wpdb( DB_USER, DB_PASSWORD, self::$db_name, DB_HOST );

		self::wp( array( 'notfound-fixture', 'multisite-install' ), self::URL, array( 'NOTFOUND_MULTISITE_INSTALLING' => '1' ) );
		self::wp( array( 'site', 'create', '--slug=two' ) );
		self::wp( array( 'site', 'create', '--slug=three' ) );
		self::wp( array( 'notfound-fixture', 'network-activate' ) );
	}

	public static function tearDownAfterClass(): void {
		self::$db->close();
		self::drop_database();
		wp_delete_file( self::$debug_log );
		parent::tearDownAfterClass();
	}

	public function test_network_activation_sets_up_every_site(): void {
		$sites = $this->site_ids();
		$this->assertCount( 3, $sites );
		foreach ( $sites as $site ) {
			$this->assertSiteIsSetUp( $site );
		}
	}

	#[Depends( 'test_network_activation_sets_up_every_site' )]
	public function test_settings_belong_to_one_site(): void {
		$default = Settings::defaults()['poster_count'];
		$this->assertNotSame( 3, $default );

		self::wp( array( 'notfound', 'settings', 'set', 'poster_count', '3' ), self::URL . 'two/' );

		$this->assertSame( 3, $this->stored_settings( 2 )['poster_count'] ?? null );
		foreach ( array( 1, 3 ) as $other ) {
			$this->assertSame( $default, $this->stored_settings( $other )['poster_count'] ?? $default, "Site {$other} changed too." );
		}
		// And through the plugin, as each site reads it.
		$this->assertSame( '3', self::wp( array( 'notfound', 'settings', 'get', 'poster_count' ), self::URL . 'two/' ) );
		$this->assertSame( (string) $default, self::wp( array( 'notfound', 'settings', 'get', 'poster_count' ), self::URL . 'three/' ) );
	}

	#[Depends( 'test_network_activation_sets_up_every_site' )]
	public function test_a_site_added_after_network_activation_is_set_up_when_created(): void {
		$site = (int) self::wp( array( 'site', 'create', '--slug=later', '--porcelain' ) );

		// Checked before any request reaches the new site: its first visitor or sync must find the tables.
		$this->assertSiteIsSetUp( $site );
	}

	/**
	 * Uninstalling only reaches the sites that still exist: a deleted site's tables must go with it.
	 */
	#[Depends( 'test_network_activation_sets_up_every_site' )]
	public function test_deleting_a_site_drops_its_tables(): void {
		$site = (int) self::wp( array( 'site', 'create', '--slug=gone', '--porcelain' ) );
		self::wp( array( 'notfound', 'settings', 'get', 'poster_count' ), self::URL . 'gone/' ); // A first request.
		$this->assertNotSame( array(), $this->plugin_tables( $site ) );

		self::wp( array( 'site', 'delete', (string) $site, '--yes' ) );

		$this->assertSame( array(), $this->plugin_tables( $site ) );
	}

	public function test_uninstall_removes_everything_on_every_site(): void {
		self::wp( array( 'notfound', 'settings', 'set', 'poster_count', '4' ), self::URL . 'three/' );
		$partner = (int) self::wp( array( 'user', 'create', 'networkpartner', 'networkpartner@example.org', '--role=' . Capabilities::ROLE, '--porcelain' ), self::URL . 'three/' );
		self::wp( array( 'user', 'add-cap', (string) $partner, Capabilities::OWN_POSTERS ), self::URL . 'three/' );
		$sites = $this->site_ids();

		self::wp( array( 'notfound-fixture', 'uninstall' ) );

		$this->assertNotEmpty( $sites );
		foreach ( $sites as $site ) {
			$prefix = $this->prefix( $site );
			$this->assertSame( array(), $this->plugin_tables( $site ), "Site {$site} kept tables." );
			$this->assertSame(
				array(),
				self::$db->get_col( self::$db->prepare( "SELECT option_name FROM {$prefix}options WHERE option_name LIKE %s", '%notfound%' ) ), // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- a table prefix.
				"Site {$site} kept options."
			);
			$this->assertSame( array(), $this->plugin_cron_hooks( $site ), "Site {$site} kept cron events." );
			$this->assertArrayNotHasKey( Capabilities::ROLE, $this->roles( $site ), "Site {$site} kept the role." );
		}
		$this->assertSame(
			array(),
			self::$db->get_col( self::$db->prepare( 'SELECT meta_key FROM wp_usermeta WHERE user_id = %d AND meta_value LIKE %s', $partner, '%notfound%' ) ),
			'The partner account kept a role or capability.'
		);
		$this->assertSame( 'networkpartner', self::$db->get_var( self::$db->prepare( 'SELECT user_login FROM wp_users WHERE ID = %d', $partner ) ), 'The account itself stays.' );
	}

	/**
	 * Last: every WP-CLI run above logged its PHP notices; none may come from the plugin's files.
	 */
	public function test_no_php_notice_from_the_plugin_on_a_network(): void {
		$log    = (string) file_get_contents( self::$debug_log );
		$plugin = dirname( __DIR__, 2 );
		$ours   = array_filter(
			explode( "\n", $log ),
			static fn ( string $line ): bool => str_contains( $line, $plugin . '/includes/' ) || str_contains( $line, $plugin . '/notfound.php' ) || str_contains( $line, $plugin . '/uninstall.php' )
		);
		$this->assertSame( array(), array_values( $ours ) );
	}

	private function assertSiteIsSetUp( int $site ): void {
		$expected = array_map( fn ( string $table ): string => $this->prefix( $site ) . $table, array_keys( Tables::definitions() ) );
		sort( $expected );
		$this->assertSame( $expected, $this->plugin_tables( $site ), "Site {$site}'s tables." );
		$this->assertSame( (string) Schema::VERSION, $this->option( $site, Schema::VERSION_OPTION ), "Site {$site}'s schema version." );
		$hooks = $this->plugin_cron_hooks( $site );
		$this->assertContains( Sync::CRON_HOOK, $hooks, "Site {$site}'s sync is not scheduled." );
		$this->assertContains( FeedImport::CRON_HOOK, $hooks, "Site {$site}'s feed import is not scheduled." );
		$this->assertArrayHasKey( Capabilities::ROLE, $this->roles( $site ), "Site {$site} has no partner role." );
	}

	/**
	 * @return list<int>
	 */
	private function site_ids(): array {
		return array_map( 'intval', self::$db->get_col( 'SELECT blog_id FROM wp_blogs ORDER BY blog_id' ) );
	}

	private function prefix( int $site ): string {
		return 1 === $site ? 'wp_' : "wp_{$site}_";
	}

	/**
	 * @return list<string>
	 */
	private function plugin_tables( int $site ): array {
		$tables = self::$db->get_col( self::$db->prepare( 'SHOW TABLES LIKE %s', self::$db->esc_like( $this->prefix( $site ) . 'notfound_' ) . '%' ) );
		sort( $tables );
		return $tables;
	}

	private function option( int $site, string $name ): ?string {
		$prefix = $this->prefix( $site );
		return self::$db->get_var( self::$db->prepare( "SELECT option_value FROM {$prefix}options WHERE option_name = %s", $name ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- a table prefix.
	}

	/**
	 * @return array<string, mixed>
	 */
	private function stored_settings( int $site ): array {
		$value = maybe_unserialize( (string) $this->option( $site, Settings::OPTION ) );
		return is_array( $value ) ? $value : array();
	}

	/**
	 * @return array<string, mixed>
	 */
	private function roles( int $site ): array {
		$value = maybe_unserialize( (string) $this->option( $site, $this->prefix( $site ) . 'user_roles' ) );
		return is_array( $value ) ? $value : array();
	}

	/**
	 * @return list<string> The plugin's hooks in the site's WP-Cron schedule.
	 */
	private function plugin_cron_hooks( int $site ): array {
		$cron  = maybe_unserialize( (string) $this->option( $site, 'cron' ) );
		$hooks = array();
		foreach ( is_array( $cron ) ? $cron : array() as $events ) {
			foreach ( is_array( $events ) ? array_keys( $events ) : array() as $hook ) {
				if ( str_starts_with( (string) $hook, 'notfound' ) ) {
					$hooks[] = (string) $hook;
				}
			}
		}
		return $hooks;
	}

	/**
	 * Runs WP-CLI on the network with its own wp-config (tests/fixtures/multisite), and returns its output.
	 * The environment is given to the child only: other tests' WP-CLI runs keep the test site's config.
	 *
	 * @param list<string>          $args
	 * @param array<string, string> $env
	 */
	private static function wp( array $args, string $url = self::URL, array $env = array() ): string {
		$root     = dirname( __DIR__, 2 );
		$fixtures = $root . '/tests/fixtures/multisite';
		$command  = array_merge(
			array( $root . '/vendor/bin/wp', '--allow-root', '--path=' . ABSPATH, '--url=' . $url, '--require=' . $fixtures . '/commands.php' ),
			$args
		);
		$env      = array_merge(
			getenv(),
			array(
				'WP_CONFIG_PATH'               => $fixtures . '/wp-config.php',
				'NOTFOUND_MULTISITE_DB_NAME'   => self::$db_name,
				'NOTFOUND_MULTISITE_DB_HOST'   => DB_HOST,
				'NOTFOUND_MULTISITE_DEBUG_LOG' => self::$debug_log,
			),
			$env
		);
		$process  = proc_open(
			$command,
			array(
				1 => array( 'pipe', 'w' ),
				2 => array(
					'redirect',
					1,
				),
			),
			$pipes,
			null,
			$env
		);
		self::assertIsResource( $process );
		$output = (string) stream_get_contents( $pipes[1] );
		fclose( $pipes[1] ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose -- a process pipe.
		$status = proc_close( $process );
		self::assertSame( 0, $status, 'wp ' . implode( ' ', $args ) . ":\n" . $output );
		// The last line is the answer; WP-CLI may print deprecation notices of its own before it.
		$lines = explode( "\n", trim( $output ) );
		return trim( (string) end( $lines ) );
	}

	private static function drop_database(): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'DROP DATABASE IF EXISTS %i', self::$db_name ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQLPlaceholders.UnsupportedPlaceholder, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- the network's own database; %i (an identifier) is WordPress 6.2's, newer than WPCS 2.3.
	}
}
