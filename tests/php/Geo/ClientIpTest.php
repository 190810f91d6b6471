<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Geo;

use NotFound\Geo\ClientIp;
use NotFound\Tests\TestCase;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * Which address is the visitor's: X-Forwarded-For is believed only as far as trusted proxies vouch for it.
 */
final class ClientIpTest extends TestCase {

	private const PROXIES = array( '10.0.0.0/8', '2001:db8:cafe::/48', '198.51.100.7' );

	public function test_remote_addr_is_the_client_when_no_proxy_is_trusted(): void {
		$this->assertSame( '193.0.6.139', ( new ClientIp() )->resolve( array( 'REMOTE_ADDR' => '193.0.6.139' ) ) );
	}

	public function test_a_spoofed_forwarded_for_from_an_untrusted_address_is_ignored(): void {
		$server = array(
			'REMOTE_ADDR'          => '212.27.48.10',
			'HTTP_X_FORWARDED_FOR' => '193.0.6.139',
		);

		$this->assertSame( '212.27.48.10', ( new ClientIp( self::PROXIES ) )->resolve( $server ) );
		$this->assertSame( '212.27.48.10', ( new ClientIp() )->resolve( $server ) );
	}

	/**
	 * @return array<string, array{string, string, string}>
	 */
	public static function chains(): array {
		return array(
			'IPv4 CIDR proxy'                  => array( '10.1.2.3', '212.27.48.10', '212.27.48.10' ),
			'IPv6 CIDR proxy'                  => array( '2001:db8:cafe:1::2', '2a01:e0c:1::1', '2a01:e0c:1::1' ),
			'single-address proxy'             => array( '198.51.100.7', '8.8.8.8', '8.8.8.8' ),
			'a client-written left part loses' => array( '10.0.0.1', '8.8.8.8, 212.27.48.10', '212.27.48.10' ),
			'trusted hops are skipped'         => array( '10.0.0.1', '193.0.6.139, 10.9.9.9, 2001:db8:cafe::9', '193.0.6.139' ),
			'spaces and IPv4-mapped hops'      => array( '::ffff:10.0.0.1', ' 8.8.8.8 ,  ::ffff:10.0.0.2 ', '8.8.8.8' ),
		);
	}

	#[DataProvider( 'chains' )]
	public function test_a_trusted_proxy_forwarded_for_chain_is_read_from_the_right( string $remote, string $forwarded, string $client ): void {
		$server = array(
			'REMOTE_ADDR'          => $remote,
			'HTTP_X_FORWARDED_FOR' => $forwarded,
		);

		$this->assertSame( $client, ( new ClientIp( self::PROXIES ) )->resolve( $server ) );
	}

	public function test_a_hop_that_is_no_address_makes_the_client_unknown(): void {
		$server = array(
			'REMOTE_ADDR'          => '10.0.0.1',
			'HTTP_X_FORWARDED_FOR' => '8.8.8.8, unknown',
		);

		$this->assertNull( ( new ClientIp( self::PROXIES ) )->resolve( $server ) );
	}

	public function test_requests_from_the_proxies_themselves_have_no_public_client(): void {
		$proxies = new ClientIp( self::PROXIES );
		$chain   = array(
			'REMOTE_ADDR'          => '10.0.0.1',
			'HTTP_X_FORWARDED_FOR' => '10.0.0.2',
		);

		$this->assertNull( $proxies->resolve( array( 'REMOTE_ADDR' => '10.0.0.1' ) ) );
		$this->assertNull( $proxies->resolve( $chain ) );
	}

	public function test_invalid_trusted_proxy_entries_are_ignored(): void {
		$server = array(
			'REMOTE_ADDR'          => '212.27.48.10',
			'HTTP_X_FORWARDED_FOR' => '193.0.6.139',
		);

		$this->assertSame( '212.27.48.10', ( new ClientIp( array( 'proxy.example.org', '212.27.48.0/99' ) ) )->resolve( $server ) );
	}

	/**
	 * @return array<string, array{mixed}>
	 */
	public static function not_public(): array {
		return array(
			'private IPv4'         => array( '192.168.1.10' ),
			'loopback IPv4'        => array( '127.0.0.1' ),
			'carrier-grade NAT'    => array( '100.64.0.1' ),
			'link-local IPv4'      => array( '169.254.1.1' ),
			'documentation IPv4'   => array( '203.0.113.5' ),
			'multicast IPv4'       => array( '224.0.0.1' ),
			'broadcast'            => array( '255.255.255.255' ),
			'unspecified IPv4'     => array( '0.0.0.0' ),
			'loopback IPv6'        => array( '::1' ),
			'unspecified IPv6'     => array( '::' ),
			'unique local IPv6'    => array( 'fd12:3456::1' ),
			'link-local IPv6'      => array( 'fe80::1' ),
			'documentation IPv6'   => array( '2001:db8::1' ),
			'multicast IPv6'       => array( 'ff02::1' ),
			'IPv4-mapped loopback' => array( '::ffff:127.0.0.1' ),
			'not an address'       => array( 'localhost' ),
			'missing'              => array( null ),
			'not a string'         => array( array( '8.8.8.8' ) ),
		);
	}

	#[DataProvider( 'not_public' )]
	public function test_private_loopback_and_reserved_addresses_are_unknown( mixed $remote ): void {
		$this->assertNull( ( new ClientIp() )->resolve( array( 'REMOTE_ADDR' => $remote ) ) );
	}
}
