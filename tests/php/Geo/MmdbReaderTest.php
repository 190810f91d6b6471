<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Geo;

use NotFound\Geo\CountryDatabase;
use NotFound\Geo\MmdbReader;
use NotFound\Tests\TestCase;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * The pure-PHP MaxMind DB reader, on the bundled DB-IP database and on hand-built files. Expected
 * countries were checked against the npm package mmdb-lib reading the same file.
 */
final class MmdbReaderTest extends TestCase {

	private static string $dir;

	public static function setUpBeforeClass(): void {
		BundledDatabase::ensure();
		self::$dir = sys_get_temp_dir() . '/notfound-mmdb-' . getmypid();
		if ( ! is_dir( self::$dir ) ) {
			mkdir( self::$dir );
		}
	}

	public static function tearDownAfterClass(): void {
		array_map( 'unlink', (array) glob( self::$dir . '/*' ) );
		rmdir( self::$dir );
	}

	/**
	 * @return array<string, array{string, string}>
	 */
	public static function public_addresses(): array {
		return array(
			'RIPE NCC, Amsterdam'       => array( '193.0.6.139', 'NL' ),
			'Free, France'              => array( '212.27.48.10', 'FR' ),
			'Google Public DNS'         => array( '8.8.8.8', 'US' ),
			'RIPE NCC over IPv6'        => array( '2001:67c:2e8:22::c100:68b', 'NL' ),
			'Free over IPv6'            => array( '2a01:e0c:1::1', 'FR' ),
			'SURF, the Netherlands'     => array( '2001:610:508:110:192:87:106:161', 'NL' ),
			'IPv4-mapped IPv6 (socket)' => array( '::ffff:193.0.6.139', 'NL' ),
		);
	}

	#[DataProvider( 'public_addresses' )]
	public function test_finds_the_country_of_public_ipv4_and_ipv6_addresses( string $ip, string $country ): void {
		$reader = new MmdbReader( CountryDatabase::bundled_path() );

		$this->assertSame( array( 'country_code' => $country ), $reader->get( $ip ) );
	}

	/**
	 * @return array<string, array{string}>
	 */
	public static function addresses_without_a_country(): array {
		return array(
			'private IPv4'       => array( '10.1.2.3' ),
			'loopback IPv4'      => array( '127.0.0.1' ),
			'loopback IPv6'      => array( '::1' ),
			'unique local IPv6'  => array( 'fd00::1' ),
			'documentation IPv6' => array( '2001:db8::1' ),
		);
	}

	#[DataProvider( 'addresses_without_a_country' )]
	public function test_has_no_record_for_private_and_reserved_addresses( string $ip ): void {
		$this->assertNull( ( new MmdbReader( CountryDatabase::bundled_path() ) )->get( $ip ) );
	}

	public function test_reads_the_bundled_databases_metadata(): void {
		$metadata = ( new MmdbReader( CountryDatabase::bundled_path() ) )->metadata();

		$this->assertSame( 6, $metadata['ip_version'] );
		$this->assertSame( 24, $metadata['record_size'] );
		$this->assertSame( 2, $metadata['binary_format_major_version'] );
		$this->assertIsInt( $metadata['build_epoch'] );
		$this->assertGreaterThan( 1_000_000, $metadata['node_count'] );
	}

	public function test_finds_metadata_anywhere_in_the_last_128_kib(): void {
		$near = self::$dir . '/near.mmdb';
		$far  = self::$dir . '/far.mmdb';
		file_put_contents( $near, file_get_contents( CountryDatabase::bundled_path() ) . str_repeat( "\0", 100_000 ) );
		file_put_contents( $far, file_get_contents( CountryDatabase::bundled_path() ) . str_repeat( "\0", 140_000 ) );

		$this->assertSame( array( 'country_code' => 'NL' ), ( new MmdbReader( $near ) )->get( '193.0.6.139' ) );
		$this->expectException( \UnexpectedValueException::class );
		new MmdbReader( $far );
	}

	public function test_rejects_what_is_not_an_ip_address(): void {
		$this->expectException( \InvalidArgumentException::class );

		( new MmdbReader( CountryDatabase::bundled_path() ) )->get( 'example.org' );
	}

	/**
	 * @return array<string, array{int}>
	 */
	public static function record_sizes(): array {
		return array(
			'24-bit records' => array( 24 ),
			'28-bit records' => array( 28 ),
			'32-bit records' => array( 32 ),
		);
	}

	#[DataProvider( 'record_sizes' )]
	public function test_decodes_every_data_type_and_pointer_form( int $record_size ): void {
		$path = self::$dir . "/types-$record_size.mmdb";
		MmdbFixture::write( $path, $record_size );
		$reader = new MmdbReader( $path );

		$record = $reader->get( '1.2.3.4' );

		$this->assertIsArray( $record );
		$this->assertSame( 530000, strlen( $record['string_31'] ) );
		unset( $record['string_31'] );
		$this->assertSame(
			array(
				'country_code'  => 'BE',
				'double'        => -1234.5,
				'float'         => 0.25,
				'bytes'         => "\x00\xff",
				'uint16'        => 513,
				'uint32'        => 4294967295,
				'uint64'        => '18446744073709551615',
				'uint128'       => '340282366920938463463374607431768211455',
				'uint128_small' => 256,
				'int32'         => -2,
				'int32_short'   => 258,
				'true'          => true,
				'false'         => false,
				'array'         => array( true, 'x' ),
				'empty_string'  => '',
				'string_29'     => str_repeat( 's', 100 ),
				'string_30'     => str_repeat( 't', 1000 ),
				'pointer_1'     => 'country_code',
				'pointer_2'     => 'two-byte pointer',
				'pointer_3'     => 'three-byte pointer',
				'pointer_4'     => 'country_code',
				'nested'        => array( 'inner' => array( 'deep' => 'yes' ) ),
			),
			$record
		);
		$this->assertSame( array( 'country_code' => 'FR' ), $reader->get( '200.0.0.1' ) );
		$this->assertNull( $reader->get( '100.0.0.1' ) );
		$this->assertSame( $record_size, $reader->metadata()['record_size'] );
		$this->assertSame( array( 'en' => 'Test fixture' ), $reader->metadata()['description'] );
	}

	public function test_an_ipv4_only_database_has_nothing_for_ipv6(): void {
		$path = self::$dir . '/ipv4.mmdb';
		MmdbFixture::write( $path );

		$this->assertNull( ( new MmdbReader( $path ) )->get( '2a01:e0c:1::1' ) );
	}

	public function test_a_missing_file_cannot_be_opened(): void {
		$this->expectException( \UnexpectedValueException::class );

		new MmdbReader( self::$dir . '/missing.mmdb' );
	}

	/**
	 * @return array<string, array{string}>
	 */
	public static function files_without_metadata(): array {
		return array(
			'empty'        => array( '' ),
			'not a mmdb'   => array( str_repeat( "GIF89a\0", 1000 ) ),
			'no node size' => array( "\xAB\xCD\xEFMaxMind.com\xe0" ),
		);
	}

	#[DataProvider( 'files_without_metadata' )]
	public function test_a_file_without_usable_metadata_cannot_be_opened( string $contents ): void {
		$path = self::$dir . '/bad.mmdb';
		file_put_contents( $path, $contents );

		$this->expectException( \UnexpectedValueException::class );

		new MmdbReader( $path );
	}

	public function test_the_beginning_of_a_database_without_its_end_cannot_be_opened(): void {
		$path = self::$dir . '/head.mmdb';
		file_put_contents( $path, (string) file_get_contents( CountryDatabase::bundled_path(), false, null, 0, 1_000_000 ) );

		$this->expectException( \UnexpectedValueException::class );

		new MmdbReader( $path );
	}

	public function test_a_database_cut_in_the_middle_cannot_be_opened(): void {
		$source = CountryDatabase::bundled_path();
		$path   = self::$dir . '/cut.mmdb';
		// The tree's first 64 KiB, then the real metadata: too short for the tree the metadata describes.
		file_put_contents( $path, file_get_contents( $source, false, null, 0, 65536 ) . file_get_contents( $source, false, null, (int) filesize( $source ) - 4096 ) );

		$this->expectException( \UnexpectedValueException::class );

		new MmdbReader( $path );
	}

	public function test_a_corrupt_search_tree_fails_on_lookup_without_warnings(): void {
		$source   = (string) file_get_contents( CountryDatabase::bundled_path() );
		$path     = self::$dir . '/corrupt.mmdb';
		$metadata = ( new MmdbReader( CountryDatabase::bundled_path() ) )->metadata();
		$tree     = 6 * $metadata['node_count'];
		// Past the first 64 KiB every record reads 0xffffff: a data pointer far beyond the file's end.
		file_put_contents( $path, substr( $source, 0, 65536 ) . str_repeat( "\xff", $tree - 65536 ) . substr( $source, $tree ) );
		$reader = new MmdbReader( $path );

		$this->expectException( \UnexpectedValueException::class );

		$reader->get( '193.0.6.139' );
	}

	public function test_a_record_that_points_back_at_itself_fails_instead_of_looping(): void {
		$path = self::$dir . '/loop.mmdb';
		MmdbFixture::write( $path, 24, true );
		$reader = new MmdbReader( $path );

		$this->expectException( \UnexpectedValueException::class );

		$reader->get( '1.2.3.4' );
	}
}
