<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests;

use NotFound\Display\PhotoCache;
use NotFound\Hub\Capabilities;
use NotFound\Hub\RawBodyResponse;
use NotFound\Plugin;

/**
 * After a withdrawal, nothing of the child is left anywhere: not in any table, option or transient of
 * the site (hub and display at once), not in any upload.
 *
 * The site is its own hub: the display's sync requests go to the feed route in this process, because the
 * test's writes are not committed and the test web server could not see them.
 */
final class ErasureTest extends TestCase {

	private const CHILD = array( 'Xylomenta', 'Brackwhistle', '2014-07-19', 'Fictional violet kite drawn on the right wrist', 'Vorstmeerhaven' );

	protected function setUp(): void {
		parent::setUp();
		Capabilities::add_role();
		Plugin::instance()->settings->update(
			array(
				'hub_mode'       => true,
				'hub_url'        => home_url(),
				'hub_public_key' => Plugin::instance()->hub_keys->public_key(),
			)
		);
		add_filter( 'pre_http_request', array( $this, 'answer_from_this_site' ), 10, 3 );
	}

	protected function tearDown(): void {
		remove_filter( 'pre_http_request', array( $this, 'answer_from_this_site' ) );
		parent::tearDown();
	}

	public function test_after_withdrawal_no_table_option_transient_or_upload_holds_the_child(): void {
		$partner = self::create_partner( 'grep-erasure', 'Grep erasure partner' );
		$user    = $this->create_user( Capabilities::ROLE, $partner );
		$photo   = self::generated_photo( 'grep erasure portrait', $user );
		$hashes  = array_map( 'sha1_file', self::attachment_files( $photo ) );
		wp_set_current_user( $user );
		$created = $this->rest( 'POST', '/notfound/v1/posters', $this->poster_input( $photo ) );
		$this->assertSame( 201, $created->get_status(), (string) wp_json_encode( $created->get_data() ) );
		$id = $created->get_data()['id'];
		$this->assertIsArray( Plugin::instance()->sync->run( true ) );
		$this->assertContains( $id, Plugin::instance()->local_posters->ids() );
		$local = glob( PhotoCache::dir() . '/' . $id . '-*' );
		$this->assertNotEmpty( $local, 'The display copied the photo.' );
		$hashes = array_merge( $hashes, array_map( 'sha1_file', (array) $local ) );
		Plugin::instance()->hub_display_counts->replace_day(
			1,
			gmdate( 'Y-m-d' ),
			array(
				array(
					'poster_id' => $id,
					'country'   => 'BE',
					'displays'  => 7,
				),
			)
		);
		$this->assertNotSame( array(), $this->database_holding( self::CHILD ), 'The dump sees the test\'s writes.' );

		$withdrawn = $this->rest( 'POST', "/notfound/v1/posters/{$id}/withdraw", array( 'reason' => 'found' ) );
		$this->assertSame( 200, $withdrawn->get_status() );
		wp_set_current_user( 0 );
		$this->assertIsArray( Plugin::instance()->sync->run( true ) );

		$this->assertSame( array(), $this->database_holding( self::CHILD ) );
		$this->assertSame( array(), $this->uploads_holding( $hashes ) );
		$this->assertNotContains( $id, Plugin::instance()->local_posters->ids() );
	}

	/**
	 * Every table's rows that contain one of the strings, as "table: string".
	 *
	 * @param list<string> $needles
	 * @return list<string>
	 */
	private function database_holding( array $needles ): array {
		global $wpdb;
		$found = array();
		foreach ( $wpdb->get_col( 'SHOW TABLES' ) as $table ) {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- every table, through the test's own connection.
			foreach ( (array) $wpdb->get_results( "SELECT * FROM `{$table}`", ARRAY_A ) as $row ) {
				$text = implode( "\n", array_map( 'strval', (array) $row ) );
				foreach ( $needles as $needle ) {
					if ( str_contains( $text, $needle ) || str_contains( $text, (string) wp_json_encode( $needle ) ) ) {
						$found[] = "{$table}: {$needle}";
					}
				}
			}
		}
		return array_values( array_unique( $found ) );
	}

	/**
	 * Every upload whose bytes are one of the photo's versions.
	 *
	 * @param list<string|false> $hashes
	 * @return list<string>
	 */
	private function uploads_holding( array $hashes ): array {
		$found = array();
		$files = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( wp_upload_dir()['basedir'], \FilesystemIterator::SKIP_DOTS ) );
		foreach ( $files as $file ) {
			if ( $file->isFile() && in_array( sha1_file( $file->getPathname() ), $hashes, true ) ) {
				$found[] = $file->getPathname();
			}
		}
		return $found;
	}

	/**
	 * Answers the site's own URLs from this process: REST routes through the REST server, uploads from disk.
	 *
	 * @param false|array<string, mixed>|\WP_Error $pre
	 * @param array<string, mixed>                 $args
	 * @return false|array<string, mixed>
	 */
	public function answer_from_this_site( $pre, array $args, string $url ): false|array {
		if ( ! str_starts_with( $url, home_url( '/' ) ) ) {
			return $pre;
		}
		$path    = (string) wp_parse_url( $url, PHP_URL_PATH );
		$uploads = wp_upload_dir();
		if ( str_starts_with( $url, $uploads['baseurl'] ) ) {
			$file = $uploads['basedir'] . substr( $path, strlen( (string) wp_parse_url( $uploads['baseurl'], PHP_URL_PATH ) ) );
			return self::http( is_file( $file ) ? 200 : 404, is_file( $file ) ? (string) file_get_contents( $file ) : '', array() ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local upload.
		}
		$request = new \WP_REST_Request( 'GET', substr( $path, strlen( '/wp-json' ) ) );
		parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
		$request->set_query_params( $query );
		$response = rest_do_request( $request );
		$body     = $response instanceof RawBodyResponse ? $response->body : (string) wp_json_encode( $response->get_data() );
		return self::http( $response->get_status(), $body, $response->get_headers() );
	}

	/**
	 * @param array<string, string> $headers
	 * @return array<string, mixed>
	 */
	private static function http( int $status, string $body, array $headers ): array {
		return array(
			'headers'  => new \WpOrg\Requests\Utility\CaseInsensitiveDictionary( $headers ),
			'body'     => $body,
			'response' => array(
				'code'    => $status,
				'message' => get_status_header_desc( $status ),
			),
			'cookies'  => array(),
			'filename' => null,
		);
	}

	/**
	 * @param array<string, mixed> $body
	 */
	private function rest( string $method, string $route, array $body ): \WP_REST_Response {
		$request = new \WP_REST_Request( $method, $route );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( (string) wp_json_encode( $body ) );
		return rest_do_request( $request );
	}

	/**
	 * @return array<string, mixed>
	 */
	private function poster_input( int $photo ): array {
		$poster                       = self::poster(
			array(
				'first_name'    => self::CHILD[0],
				'last_name'     => self::CHILD[1],
				'date_of_birth' => self::CHILD[2],
				'description'   => array( 'en' => self::CHILD[3] ),
				'case_url'      => 'https://partner.example.org/cases/' . self::CHILD[1],
				'photos'        => array(
					array(
						'attachment_id' => $photo,
						'alt'           => 'Illustrated portrait of ' . self::CHILD[0],
					),
				),
			)
		);
		$poster['last_seen']['place'] = self::CHILD[4];
		unset( $poster['id'], $poster['partner'], $poster['expires'] );
		return $poster;
	}
}
