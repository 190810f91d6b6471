<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Geo;

use NotFound\Geo\VisitorCountry;
use NotFound\Plugin;
use NotFound\Tests\TestCase;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * The visitor's country: a CDN or server header first, then the local database; never the IP kept.
 */
final class VisitorCountryTest extends TestCase {

	public static function setUpBeforeClass(): void {
		BundledDatabase::ensure();
	}

	/**
	 * @return array<string, array{string}>
	 */
	public static function headers(): array {
		return array(
			'Cloudflare'       => array( 'HTTP_CF_IPCOUNTRY' ),
			'CloudFront'       => array( 'HTTP_CLOUDFRONT_VIEWER_COUNTRY' ),
			'X-Country-Code'   => array( 'HTTP_X_COUNTRY_CODE' ),
			'mod_geoip, nginx' => array( 'GEOIP_COUNTRY_CODE' ),
		);
	}

	#[DataProvider( 'headers' )]
	public function test_each_country_header_is_a_source( string $header ): void {
		$this->assertSame( 'PT', ( new VisitorCountry( use_headers: true ) )->detect( array( $header => ' pt ' ) ) );
	}

	#[DataProvider( 'headers' )]
	public function test_xx_and_t1_mean_unknown( string $header ): void {
		$detector = new VisitorCountry( use_headers: true, use_database: false );

		$this->assertNull( $detector->detect( array( $header => 'XX' ) ) );
		$this->assertNull( $detector->detect( array( $header => 'T1' ) ) );
		$this->assertNull( $detector->detect( array( $header => 'ZZ' ) ) );
	}

	public function test_an_unknown_header_gives_way_to_the_next_source(): void {
		$server = array(
			'HTTP_CF_IPCOUNTRY'   => 'XX',
			'HTTP_X_COUNTRY_CODE' => 'SE',
			'REMOTE_ADDR'         => '193.0.6.139',
		);

		$this->assertSame( 'SE', ( new VisitorCountry( use_headers: true ) )->detect( $server ) );
		unset( $server['HTTP_X_COUNTRY_CODE'] );
		$this->assertSame( 'NL', ( new VisitorCountry( use_headers: true ) )->detect( $server ) );
	}

	public function test_a_header_beats_the_database_where_the_site_believes_headers_and_not_by_default(): void {
		$server = array(
			'HTTP_CF_IPCOUNTRY' => 'BE',
			'REMOTE_ADDR'       => '193.0.6.139',
		);

		$this->assertSame( 'BE', ( new VisitorCountry( use_headers: true ) )->detect( $server ) );
		$this->assertSame( 'NL', ( new VisitorCountry() )->detect( $server ) );
	}

	/**
	 * @return array<string, array{string, string}>
	 */
	public static function addresses(): array {
		return array(
			'IPv4, RIPE NCC' => array( '193.0.6.139', 'NL' ),
			'IPv4, Free'     => array( '212.27.48.10', 'FR' ),
			'IPv6, RIPE NCC' => array( '2001:67c:2e8:22::c100:68b', 'NL' ),
			'IPv6, Free'     => array( '2a01:e0c:1::1', 'FR' ),
		);
	}

	#[DataProvider( 'addresses' )]
	public function test_without_a_header_the_address_is_looked_up_locally( string $ip, string $country ): void {
		$this->assertSame( $country, ( new VisitorCountry() )->detect( array( 'REMOTE_ADDR' => $ip ) ) );
	}

	/**
	 * @return array<string, array{string}>
	 */
	public static function not_public(): array {
		return array(
			'private'            => array( '192.168.0.20' ),
			'loopback'           => array( '127.0.0.1' ),
			'loopback IPv6'      => array( '::1' ),
			'unique local IPv6'  => array( 'fd00::20' ),
			'documentation IPv4' => array( '198.51.100.20' ),
		);
	}

	#[DataProvider( 'not_public' )]
	public function test_private_loopback_and_reserved_addresses_are_unknown( string $ip ): void {
		$this->assertNull( ( new VisitorCountry() )->detect( array( 'REMOTE_ADDR' => $ip ) ) );
	}

	public function test_the_database_can_be_turned_off(): void {
		$this->assertNull( ( new VisitorCountry( use_database: false ) )->detect( array( 'REMOTE_ADDR' => '193.0.6.139' ) ) );
	}

	public function test_forwarded_for_counts_only_behind_a_trusted_proxy(): void {
		$server      = array(
			'REMOTE_ADDR'          => '10.0.0.5',
			'HTTP_X_FORWARDED_FOR' => '212.27.48.10',
		);
		$spoofed     = array(
			'REMOTE_ADDR'          => '193.0.6.139',
			'HTTP_X_FORWARDED_FOR' => '212.27.48.10',
		);
		$behind_ipv6 = array(
			'REMOTE_ADDR'          => '2001:db8:1::5',
			'HTTP_X_FORWARDED_FOR' => '2a01:e0c:1::1',
		);

		$detector = new VisitorCountry( trusted_proxies: array( '10.0.0.0/8', '2001:db8:1::/48' ) );

		$this->assertSame( 'FR', $detector->detect( $server ) );
		$this->assertSame( 'NL', $detector->detect( $spoofed ) );
		$this->assertSame( 'FR', $detector->detect( $behind_ipv6 ) );
		$this->assertNull( ( new VisitorCountry() )->detect( $server ) );
	}

	public function test_a_missing_database_means_unknown_without_warnings(): void {
		$detector = new VisitorCountry( use_headers: true, database: sys_get_temp_dir() . '/notfound-no-such-file.mmdb' );

		$this->assertNull( $detector->detect( array( 'REMOTE_ADDR' => '193.0.6.139' ) ) );
		$this->assertSame( 'DE', $detector->detect( array( 'HTTP_CF_IPCOUNTRY' => 'DE' ) ) );
	}

	public function test_a_corrupt_database_means_unknown_without_warnings(): void {
		$path = (string) tempnam( sys_get_temp_dir(), 'notfound-corrupt-' );
		file_put_contents( $path, "\xAB\xCD\xEFMaxMind.com" . str_repeat( "\xff", 64 ) );

		$country = ( new VisitorCountry( database: $path ) )->detect( array( 'REMOTE_ADDR' => '193.0.6.139' ) );
		unlink( $path );

		$this->assertNull( $country );
	}

	public function test_detection_stores_nothing_about_the_visitor(): void {
		global $wpdb;
		$ip      = '8.8.8.8';
		$chicago = self::poster(
			array(
				'id'        => 'test-us-001',
				'last_seen' => array(
					'place'       => 'Chicago',
					'country'     => 'US',
					'subdivision' => null,
					'lat'         => 41.88,
					'lon'         => -87.63,
				),
			)
		);
		self::store_local_copy( array( self::poster(), $chicago ) );
		$tables = array(
			$wpdb->options  => 'option_value',
			$wpdb->usermeta => 'meta_value',
			$wpdb->postmeta => 'meta_value',
		);
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- core table names from code.
		$rows   = static fn(): array => array_map( static fn( string $table ): string => (string) $wpdb->get_var( "SELECT COUNT(*) FROM {$table}" ), array_keys( $tables ) );
		$before = $rows();

		$_SERVER['REMOTE_ADDR'] = $ip;

		$posters = Plugin::instance()->selector->for_visitor( 2 );
		unset( $_SERVER['REMOTE_ADDR'] );

		// The database placed the visitor in the US: the site's default region (BE) would put Ghent first.
		$this->assertSame( array( 'test-us-001', 'test-be-001' ), array_column( $posters, 'id' ) );
		$this->assertSame( $before, $rows() );
		foreach ( $tables as $table => $column ) {
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- core table and column names from code.
			$stored = $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE {$column} LIKE %s", '%' . $wpdb->esc_like( $ip ) . '%' ) );
			$this->assertSame( '0', $stored, $table );
		}
	}
}
