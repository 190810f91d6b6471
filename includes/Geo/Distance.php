<?php
/**
 * Great-circle distance.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Geo;

/**
 * Haversine on a spherical Earth: accurate to well under 1 % at the scale of "which poster is nearer".
 */
final class Distance {

	private const EARTH_RADIUS_KM = 6371.0;

	public static function km( float $lat1, float $lon1, float $lat2, float $lon2 ): float {
		$d_lat = deg2rad( $lat2 - $lat1 );
		$d_lon = deg2rad( $lon2 - $lon1 );
		$a     = sin( $d_lat / 2 ) ** 2 + cos( deg2rad( $lat1 ) ) * cos( deg2rad( $lat2 ) ) * sin( $d_lon / 2 ) ** 2;
		return 2 * self::EARTH_RADIUS_KM * asin( min( 1.0, sqrt( $a ) ) );
	}
}
