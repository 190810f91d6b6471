<?php
/**
 * The visitor's public address, as far as the request can be believed.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Geo;

/**
 * REMOTE_ADDR is the client unless it is a trusted proxy; only then is X-Forwarded-For read, from the
 * right, because every hop appends the address it received from and only trusted hops tell the truth.
 * The address is only ever held in memory: it is neither stored nor sent anywhere.
 */
final class ClientIp {

	/**
	 * Private, loopback, link-local, documentation, multicast and other special-purpose ranges
	 * (RFC 6890): no country to find. Listed here so the answer does not depend on the PHP version's
	 * FILTER_FLAG_* coverage.
	 */
	private const NOT_PUBLIC = array(
		'0.0.0.0/8',
		'10.0.0.0/8',
		'100.64.0.0/10',
		'127.0.0.0/8',
		'169.254.0.0/16',
		'172.16.0.0/12',
		'192.0.0.0/24',
		'192.0.2.0/24',
		'192.168.0.0/16',
		'198.18.0.0/15',
		'198.51.100.0/24',
		'203.0.113.0/24',
		'224.0.0.0/3',
		'::/127',
		'64:ff9b:1::/48',
		'100::/64',
		'2001::/23',
		'2001:db8::/32',
		'fc00::/7',
		'fe80::/10',
		'ff00::/8',
	);

	/** @var list<IpRange> */
	private readonly array $trusted;

	/**
	 * @param list<string> $trusted_proxies Addresses or CIDR ranges of the site's own proxies; invalid entries are ignored.
	 */
	public function __construct( array $trusted_proxies = array() ) {
		$this->trusted = self::ranges( $trusted_proxies );
	}

	/**
	 * @param array<string, mixed> $server The request's server variables.
	 * @return string|null The client's address, or null when unknown or not public.
	 */
	public function resolve( array $server ): ?string {
		$client = $this->client( $server );
		if ( null === $client ) {
			return null;
		}
		foreach ( self::ranges( self::NOT_PUBLIC ) as $range ) {
			if ( $range->contains( $client ) ) {
				return null;
			}
		}
		return (string) inet_ntop( $client );
	}

	/**
	 * @param array<string, mixed> $server
	 */
	private function client( array $server ): ?string {
		$client = self::packed( $server['REMOTE_ADDR'] ?? null );
		if ( null === $client || ! $this->is_trusted( $client ) ) {
			return $client;
		}
		$forwarded = isset( $server['HTTP_X_FORWARDED_FOR'] ) && is_string( $server['HTTP_X_FORWARDED_FOR'] ) ? $server['HTTP_X_FORWARDED_FOR'] : '';
		$hops      = '' === trim( $forwarded ) ? array() : array_reverse( explode( ',', $forwarded ) );
		foreach ( $hops as $hop ) {
			$client = self::packed( trim( $hop ) );
			// A hop our own proxy reported but that is no address: nothing to its left can be believed.
			if ( null === $client || ! $this->is_trusted( $client ) ) {
				return $client;
			}
		}
		// Every hop is one of our proxies: the request came from the proxies themselves.
		return $client;
	}

	private function is_trusted( string $packed ): bool {
		foreach ( $this->trusted as $range ) {
			if ( $range->contains( $packed ) ) {
				return true;
			}
		}
		return false;
	}

	private static function packed( mixed $ip ): ?string {
		return is_string( $ip ) ? IpRange::pack( $ip ) : null;
	}

	/**
	 * @param list<string> $specs
	 * @return list<IpRange>
	 */
	private static function ranges( array $specs ): array {
		return array_values( array_filter( array_map( array( IpRange::class, 'parse' ), $specs ) ) );
	}
}
