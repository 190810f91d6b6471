<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Geo;

use NotFound\Geo\IpRange;
use NotFound\Tests\TestCase;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * Addresses and CIDR ranges, IPv4 and IPv6.
 */
final class IpRangeTest extends TestCase {

	/**
	 * @return array<string, array{string, string, bool}>
	 */
	public static function cases(): array {
		return array(
			'IPv4 /24, inside'             => array( '192.0.2.0/24', '192.0.2.200', true ),
			'IPv4 /24, outside'            => array( '192.0.2.0/24', '192.0.3.1', false ),
			'IPv4 /12, odd prefix, inside' => array( '172.16.0.0/12', '172.31.255.255', true ),
			'IPv4 /12, just outside'       => array( '172.16.0.0/12', '172.32.0.0', false ),
			'IPv4 single address'          => array( '203.0.113.7', '203.0.113.7', true ),
			'IPv4 single, neighbour'       => array( '203.0.113.7', '203.0.113.8', false ),
			'IPv4 /0 holds all IPv4'       => array( '0.0.0.0/0', '198.51.100.1', true ),
			'IPv6 /32, inside'             => array( '2001:db8::/32', '2001:db8:ffff::1', true ),
			'IPv6 /32, outside'            => array( '2001:db8::/32', '2001:db9::1', false ),
			'IPv6 /57, odd prefix, inside' => array( '2001:db8:0:80::/57', '2001:db8:0:ff::1', true ),
			'IPv6 /57, just outside'       => array( '2001:db8:0:80::/57', '2001:db8:0:7f::1', false ),
			'IPv6 single, other notation'  => array( '2001:db8::1', '2001:0db8:0000::0001', true ),
			'IPv4 range, IPv6 address'     => array( '0.0.0.0/0', '2001:db8::1', false ),
			'IPv4-mapped matches IPv4'     => array( '192.0.2.0/24', '::ffff:192.0.2.9', true ),
		);
	}

	#[DataProvider( 'cases' )]
	public function test_matches_addresses_inside_the_range( string $range, string $ip, bool $inside ): void {
		$parsed = IpRange::parse( $range );
		$packed = IpRange::pack( $ip );

		$this->assertNotNull( $parsed );
		$this->assertNotNull( $packed );
		$this->assertSame( $inside, $parsed->contains( $packed ) );
	}

	/**
	 * @return array<string, array{string}>
	 */
	public static function invalid(): array {
		return array(
			'a host name'      => array( 'proxy.example.org' ),
			'IPv4 prefix > 32' => array( '192.0.2.0/33' ),
			'IPv6 prefix'      => array( '2001:db8::/129' ),
			'signed prefix'    => array( '192.0.2.0/-1' ),
			'empty prefix'     => array( '192.0.2.0/' ),
			'empty'            => array( '' ),
		);
	}

	#[DataProvider( 'invalid' )]
	public function test_rejects_what_is_not_an_address_or_range( string $range ): void {
		$this->assertNull( IpRange::parse( $range ) );
	}

	public function test_packs_ipv4_mapped_ipv6_as_ipv4(): void {
		$this->assertSame( "\xc0\x00\x02\x01", IpRange::pack( '::ffff:192.0.2.1' ) );
		$this->assertSame( 16, strlen( (string) IpRange::pack( '2001:db8::1' ) ) );
		$this->assertNull( IpRange::pack( '192.0.2.256' ) );
	}
}
