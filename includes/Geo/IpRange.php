<?php
/**
 * An IPv4 or IPv6 address range in CIDR notation.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Geo;

/**
 * Compares packed (binary) addresses, so `10.0.0.0/8`, `2001:db8::/32` and a single address all work
 * the same way and no string form of an address is ever trusted.
 */
final class IpRange {

	private function __construct(
		private readonly string $network,
		private readonly int $prefix
	) {}

	/**
	 * @param string $range An address (`192.0.2.1`) or a CIDR range (`192.0.2.0/24`, `2001:db8::/32`).
	 * @return self|null Null when $range is not an address or range.
	 */
	public static function parse( string $range ): ?self {
		$parts  = explode( '/', trim( $range ), 2 );
		$packed = self::pack( $parts[0] );
		if ( null === $packed ) {
			return null;
		}
		$bits = 8 * strlen( $packed );
		if ( ! isset( $parts[1] ) ) {
			return new self( $packed, $bits );
		}
		if ( 1 !== preg_match( '/^\d{1,3}$/', $parts[1] ) ) {
			return null;
		}
		$prefix = (int) $parts[1];
		return $prefix <= $bits ? new self( $packed, $prefix ) : null;
	}

	/**
	 * The binary form of an address: 4 bytes for IPv4, 16 for IPv6.
	 *
	 * IPv4-mapped IPv6 addresses (`::ffff:192.0.2.1`, what a dual-stack socket reports for an IPv4
	 * client) become the IPv4 address they carry, so they match IPv4 ranges and database entries.
	 */
	public static function pack( string $ip ): ?string {
		if ( false === filter_var( $ip, FILTER_VALIDATE_IP ) ) {
			return null;
		}
		$packed = (string) inet_pton( $ip );
		if ( 16 === strlen( $packed ) && str_starts_with( $packed, str_repeat( "\0", 10 ) . "\xff\xff" ) ) {
			return substr( $packed, 12 );
		}
		return $packed;
	}

	/**
	 * @param string $packed An address as returned by pack().
	 */
	public function contains( string $packed ): bool {
		if ( strlen( $packed ) !== strlen( $this->network ) ) {
			return false;
		}
		$bytes = intdiv( $this->prefix, 8 );
		if ( substr( $packed, 0, $bytes ) !== substr( $this->network, 0, $bytes ) ) {
			return false;
		}
		$rest = $this->prefix % 8;
		if ( 0 === $rest ) {
			return true;
		}
		$mask = ( 0xff << ( 8 - $rest ) ) & 0xff;
		return ( ord( $packed[ $bytes ] ) & $mask ) === ( ord( $this->network[ $bytes ] ) & $mask );
	}
}
