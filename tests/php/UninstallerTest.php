<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests;

use NotFound\Activation;
use NotFound\Database\Tables;
use NotFound\Display\PhotoCache;
use NotFound\Display\Sync;
use NotFound\Hub\Capabilities;
use NotFound\Plugin;
use NotFound\Uninstaller;

/**
 * Deleting the plugin leaves nothing of it behind. (Dropping tables ends the test's transaction, so this
 * test sets everything up again afterwards.)
 */
final class UninstallerTest extends TestCase {

	protected function tearDown(): void {
		parent::tearDown();
		Activation::activate();
	}

	public function test_options_tables_photos_cron_events_and_the_role_are_removed(): void {
		global $wpdb;
		Plugin::instance()->settings->update( array( 'poster_count' => 3 ) );
		Plugin::instance()->hub_keys->public_key();
		set_transient( 'notfound_feed_test', 'body', 60 );
		wp_mkdir_p( PhotoCache::dir() );
		file_put_contents( PhotoCache::dir() . '/uninstall-test.png', 'x' );
		Activation::activate();

		Uninstaller::uninstall();

		wp_cache_flush();
		$this->assertFalse( get_transient( 'notfound_feed_test' ) );
		foreach ( array_keys( Tables::definitions() ) as $table ) {
			$this->assertNull( $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', Tables::name( $table ) ) ) );
		}
		$this->assertFalse( wp_next_scheduled( Sync::CRON_HOOK ) );
		$this->assertDirectoryDoesNotExist( PhotoCache::dir() );
		$this->assertNull( get_role( Capabilities::ROLE ) );
		$this->assertSame( 0, (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE 'notfound%'" ) );
	}

	public function test_partner_accounts_stay_without_the_partner_role_or_capability(): void {
		Activation::activate();
		$partner = self::create_partner( 'uninstall-partner' );
		$member  = $this->create_user( Capabilities::ROLE, $partner );
		$granted = $this->create_user( 'editor' );
		( new \WP_User( $granted ) )->add_cap( Capabilities::OWN_POSTERS );

		Uninstaller::uninstall();

		foreach ( array( $member, $granted ) as $id ) {
			clean_user_cache( $id );
			$user = new \WP_User( $id );
			$this->assertTrue( $user->exists() );
			$this->assertNotContains( Capabilities::ROLE, $user->roles );
			$this->assertArrayNotHasKey( Capabilities::ROLE, $user->caps );
			$this->assertArrayNotHasKey( Capabilities::OWN_POSTERS, $user->caps );
		}
		$this->assertContains( 'editor', ( new \WP_User( $granted ) )->roles );
	}
}
