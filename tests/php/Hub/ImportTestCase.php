<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * A partner whose feed the test site serves over real HTTP (files in its uploads folder), with a photo.
 */
abstract class ImportTestCase extends TestCase {

	protected string $dir;
	protected string $base_url;
	protected int $partner;

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

	/**
	 * @return array{at: int, imported: int, unchanged: int, withdrawn: int, held: int, errors: array<string, string>}
	 */
	protected function run_import(): array {
		return Plugin::instance()->feed_import->run()[ $this->partner ];
	}

	/**
	 * @param list<array<string, mixed>> $items
	 */
	protected function write_feed( array $items ): void {
		file_put_contents( $this->dir . '/feed.json', (string) wp_json_encode( array( 'posters' => $items ) ) );
	}

	/**
	 * @return array<string, mixed>
	 */
	protected function item( string $id ): array {
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
