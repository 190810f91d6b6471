<?php
/**
 * Base for the plugin's tests: each test runs in a database transaction that is rolled back.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests;

use NotFound\Display\SyncState;
use NotFound\Hub\Capabilities;
use NotFound\Plugin;

/**
 * Real WordPress, real MariaDB; nothing a test writes survives it, in the database or in WordPress's hooks
 * and script queues.
 */
abstract class TestCase extends \PHPUnit\Framework\TestCase {

	private GlobalState $globals;

	protected function setUp(): void {
		parent::setUp();
		$this->globals = GlobalState::capture();
		global $wpdb;
		$wpdb->query( 'START TRANSACTION' );
		wp_cache_flush();
	}

	protected function tearDown(): void {
		global $wpdb;
		$wpdb->query( 'ROLLBACK' );
		wp_cache_flush();
		$GLOBALS['wp_rest_server'] = null;
		wp_set_current_user( 0 );
		$this->globals->restore();
		parent::tearDown();
	}

	/**
	 * A valid poster in the feed's shape; $changes override its fields.
	 *
	 * @param array<string, mixed> $changes
	 * @return array<string, mixed>
	 */
	protected static function poster( array $changes = array() ): array {
		return array_replace(
			array(
				'id'                   => 'test-be-001',
				'first_name'           => 'Testa',
				'last_name'            => null,
				'date_of_birth'        => '2012-05-01',
				'age_at_disappearance' => 13,
				'missing_since'        => '2025-09-01',
				'last_seen'            => array(
					'place'       => 'Ghent',
					'country'     => 'BE',
					'subdivision' => 'BE-VOV',
					'lat'         => 51.0543,
					'lon'         => 3.7174,
				),
				'description'          => array(
					'en' => 'Fictional test poster.',
					'nl' => 'Fictieve testaffiche.',
				),
				'photos'               => array(
					array(
						'url'    => 'http://example.org/wp-content/uploads/test.png',
						'width'  => 480,
						'height' => 600,
						'alt'    => 'Illustrated portrait of Testa',
					),
				),
				'case_url'             => 'https://partner.example.org/cases/test-be-001',
				'hotline'              => '116 000',
				'partner'              => array(
					'name'    => 'Test partner',
					'website' => 'https://partner.example.org',
				),
				'expires'              => gmdate( 'Y-m-d', time() + 30 * DAY_IN_SECONDS ),
			),
			$changes
		);
	}

	/**
	 * Stores posters as the display's local copy, confirmed by the hub just now.
	 *
	 * @param list<array<string, mixed>> $posters
	 */
	protected static function store_local_copy( array $posters ): void {
		Plugin::instance()->local_posters->replace_all( $posters );
		( new SyncState() )->update( array( 'confirmed_at' => time() ) );
	}

	/**
	 * Runs WP-CLI on the test site (dev/test.sh's real site, with its own database), not on this process's.
	 *
	 * @return string What it printed.
	 */
	protected function test_site_cli( string $command ): string {
		$wp = dirname( __DIR__, 2 ) . '/vendor/bin/wp';
		exec( sprintf( 'NOTFOUND_DB_NAME= NOTFOUND_URL= %s --allow-root --path=%s %s 2>&1', escapeshellarg( $wp ), escapeshellarg( ABSPATH ), $command ), $output, $status );
		$this->assertSame( 0, $status, implode( "\n", $output ) );
		return implode( "\n", $output );
	}

	/**
	 * A partner organisation on the hub, named after its slug.
	 */
	protected static function create_partner( string $slug, string $name = '' ): int {
		return Plugin::instance()->partners->save(
			array(
				'slug'      => $slug,
				'name'      => '' === $name ? 'Partner ' . $slug : $name,
				'countries' => array( 'BE' ),
				'hotline'   => '116 000',
				'website'   => 'https://' . $slug . '.example.org',
				'contact'   => 'cases@' . $slug . '.example.org',
			)
		);
	}

	/**
	 * A media library image drawn with GD (never a photo of anyone), with its generated sizes.
	 */
	protected static function generated_photo( string $label, int $author = 0 ): int {
		require_once ABSPATH . 'wp-admin/includes/file.php';
		require_once ABSPATH . 'wp-admin/includes/media.php';
		require_once ABSPATH . 'wp-admin/includes/image.php';
		$image = imagecreatetruecolor( 480, 600 );
		imagefill( $image, 0, 0, (int) imagecolorallocate( $image, wp_rand( 0, 255 ), wp_rand( 0, 255 ), wp_rand( 0, 255 ) ) );
		imagestring( $image, 5, 20, 20, $label, (int) imagecolorallocate( $image, 0, 0, 0 ) );
		$temp = wp_tempnam( 'notfound-test-photo' );
		imagepng( $image, $temp );
		$id = media_handle_sideload(
			array(
				'name'     => sanitize_file_name( $label ) . '.png',
				'tmp_name' => $temp,
			)
		);
		if ( is_wp_error( $id ) ) {
			throw new \RuntimeException( esc_html( $id->get_error_message() ) );
		}
		wp_update_post(
			array(
				'ID'          => $id,
				'post_author' => $author,
			)
		);
		update_post_meta( $id, '_wp_attachment_image_alt', 'Illustrated portrait, ' . $label );
		return $id;
	}

	/**
	 * Every file of an attachment: the original and its generated sizes.
	 *
	 * @return list<string>
	 */
	protected static function attachment_files( int $id ): array {
		$file  = (string) get_attached_file( $id );
		$files = array( $file );
		$meta  = wp_get_attachment_metadata( $id );
		foreach ( is_array( $meta ) ? (array) ( $meta['sizes'] ?? array() ) : array() as $size ) {
			$files[] = dirname( $file ) . '/' . $size['file'];
		}
		return $files;
	}

	/**
	 * A user with this role, linked to a partner organisation if given.
	 */
	protected function create_user( string $role, ?int $partner = null ): int {
		$login = static::class . '-' . $role . '-' . ( $partner ?? 0 );
		$login = substr( sanitize_user( str_replace( '\\', '-', strtolower( $login ) ), true ), -60 );
		$id    = wp_insert_user(
			array(
				'user_login' => $login,
				'user_pass'  => 'password',
				'user_email' => md5( $login ) . '@example.org',
				'role'       => $role,
			)
		);
		$this->assertIsInt( $id );
		if ( null !== $partner ) {
			update_user_meta( $id, Capabilities::PARTNER_META, $partner );
		}
		return $id;
	}
}
